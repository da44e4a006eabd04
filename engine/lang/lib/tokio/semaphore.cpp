// tokio::sync::Semaphore: permits that limit concurrency; dropping a permit
// gives it back.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kAcquire{"acquire"};

struct SemaphoreObj final : HandleObj {
  explicit SemaphoreObj(size_t n) : HandleObj(HandleKind::Semaphore), sem(std::make_shared<Semaphore>(n)) {}
  std::shared_ptr<Semaphore> sem;
};

struct PermitObj final : HandleObj {
  explicit PermitObj(SemaphorePermit p) : HandleObj(HandleKind::Permit), permit(std::move(p)) {}
  SemaphorePermit permit;
};

bool semaphore_new(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is_int() || a[0].as_int() < 0) return in.fail("`Semaphore::new` takes a number of permits");
  out = Value::adopt(new SemaphoreObj(static_cast<size_t>(a[0].as_int())));
  return true;
}

bool sem_acquire(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.label(kAcquire), Acquire(a[0].as<SemaphoreObj>()->sem, 1),
                      [keep](std::optional<SemaphorePermit> p) {
                        if (!p)
                          return err(Value::adopt(new ErrorObj("acquire", "semaphore closed", "AcquireError(())")));
                        return ok(Value::adopt(new PermitObj(std::move(*p))));
                      });
  return true;
}

bool sem_try_acquire(Interp&, Value* a, uint32_t, Value& out) {
  auto& sem = a[0].as<SemaphoreObj>()->sem;
  if (sem->try_acquire(1)) {
    out = ok(Value::adopt(new PermitObj(SemaphorePermit(sem, 1))));
  } else {
    out = err(Value::adopt(new ErrorObj("try_acquire", "no permits available", "NoPermits")));
  }
  return true;
}

bool sem_add_permits(Interp& in, Value* a, uint32_t n, Value& out) {
  if (n < 2 || !a[1].is_int() || a[1].as_int() < 0) return in.fail("`add_permits` takes a number");
  a[0].as<SemaphoreObj>()->sem->release(static_cast<size_t>(a[1].as_int()));
  out = Value();
  return true;
}

bool sem_available(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(static_cast<int64_t>(a[0].as<SemaphoreObj>()->sem->available_permits()));
  return true;
}

bool permit_forget(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<PermitObj>()->permit.forget();
  out = Value();
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::sync::Semaphore::new",
     semaphore_new,
     1,
     1,
     {"Semaphore::new(permits)",
      "Limits concurrency: `acquire().await` waits for a permit, dropping the permit gives it back.",
      "tokio::sync::Semaphore::new(${1:2})", "tokio::sync::Semaphore", DocKind::Type}},
};

const MethodDef kSemaphoreMethods[] = {
    {"acquire",
     sem_acquire,
     {"async fn acquire(&self) -> Result<Permit, _>", "Waits for a permit of the semaphore.", "acquire().await"}},
    {"acquire_owned", sem_acquire},
    {"try_acquire", sem_try_acquire},
    {"add_permits", sem_add_permits},
    {"available_permits", sem_available},
};

const MethodDef kPermitMethods[] = {
    {"forget", permit_forget},
};

const MethodGroup kMethods[] = {
    {HandleKind::Semaphore, kSemaphoreMethods},
    {HandleKind::Permit, kPermitMethods},
};

FutureLabel* const kLabels[] = {&kAcquire};

}  // namespace

namespace family {

const ApiFamily& tokio_semaphore() {
  static const ApiFamily f{
      .name = "tokio::sync::Semaphore",
      .summary = "Semaphore and its permits: acquire().await, try_acquire, add_permits, forget",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
