// tokio::sync::Mutex: an async lock whose `lock().await` waits its turn
// (FIFO) instead of blocking the thread.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kLock{"lock"};

bool tokio_mutex_new(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::adopt(new MutexObj(HandleKind::TokioMutex, std::move(a[0])));
  return true;
}

// lock(): waits for the mutex's one permit, then gives a guard.
bool tokio_lock(Interp& in, Value* a, uint32_t, Value& out) {
  auto* m = a[0].as<MutexObj>();
  Value mutex = a[0];
  out = engine_future(in.label(kLock), Acquire(m->sem, 1), [mutex](std::optional<SemaphorePermit> p) {
    return Value::adopt(new GuardObj(mutex, p ? std::move(*p) : SemaphorePermit()));
  });
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::sync::Mutex::new",
     tokio_mutex_new,
     1,
     1,
     {"Mutex::new(value)", "An async lock: `lock().await` waits (Pending) instead of blocking the thread.",
      "tokio::sync::Mutex::new(${1})", "tokio::sync::Mutex", DocKind::Type}},
};

const MethodDef kMutexMethods[] = {
    {"lock",
     tokio_lock,
     {"async fn lock(&self) -> MutexGuard<T>", "Waits for the lock; the guard unlocks when dropped.", "lock().await"}},
};

const MethodGroup kMethods[] = {{HandleKind::TokioMutex, kMutexMethods}};
FutureLabel* const kLabels[] = {&kLock};

}  // namespace

namespace family {

const ApiFamily& tokio_mutex() {
  static const ApiFamily f{
      .name = "tokio::sync::Mutex",
      .summary = "The async Mutex: lock().await and its guard",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
