// tokio::sync::Notify: wakes waiting tasks; `notified().await` waits.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kNotified{"notified"};

struct NotifyObj final : HandleObj {
  NotifyObj() : HandleObj(HandleKind::Notify) {}
  Notify notify;
};

bool notify_new(Interp&, Value*, uint32_t, Value& out) {
  out = Value::adopt(new NotifyObj());
  return true;
}

bool notify_one(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<NotifyObj>()->notify.notify_one();
  out = Value();
  return true;
}

bool notify_waiters(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<NotifyObj>()->notify.notify_waiters();
  out = Value();
  return true;
}

bool notified(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.label(kNotified), a[0].as<NotifyObj>()->notify.notified(), [keep](Unit) { return Value(); });
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::sync::Notify::new",
     notify_new,
     0,
     0,
     {"Notify::new()", "Wakes waiting tasks: `notified().await` waits, `notify_one()` / `notify_waiters()` wake.",
      "tokio::sync::Notify::new()", "tokio::sync::Notify", DocKind::Type}},
};

const MethodDef kNotifyMethods[] = {
    {"notify_one",
     notify_one,
     {"fn notify_one(&self)", "Wakes one waiter, or stores a permit if nobody waits yet.", "notify_one()"}},
    {"notify_waiters",
     notify_waiters,
     {"fn notify_waiters(&self)", "Wakes every task waiting now; stores no permit for later ones.",
      "notify_waiters()"}},
    {"notified", notified, {"async fn notified(&self)", "Waits for a notification.", "notified().await"}},
};

const MethodGroup kMethods[] = {{HandleKind::Notify, kNotifyMethods}};
FutureLabel* const kLabels[] = {&kNotified};

}  // namespace

namespace family {

const ApiFamily& tokio_notify() {
  static const ApiFamily f{
      .name = "tokio::sync::Notify",
      .summary = "Notify: notify_one, notify_waiters, notified().await",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
