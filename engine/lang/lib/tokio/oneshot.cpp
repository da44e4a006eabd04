// tokio::sync::oneshot: a channel for exactly one value, whose receiver is a
// future.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kReceiver{"oneshot::Receiver"};

struct OneshotSenderObj final : HandleObj {
  explicit OneshotSenderObj(oneshot::Sender<Value> s) : HandleObj(HandleKind::OneshotSender), tx(std::move(s)) {}
  std::optional<oneshot::Sender<Value>> tx;
};

bool oneshot_channel(Interp& in, Value*, uint32_t, Value& out) {
  auto [tx, rx] = oneshot::channel<Value>();
  Value rxv = engine_future(in.label(kReceiver), std::move(rx), [](Result<Value, oneshot::RecvError> r) {
    return r.is_ok() ? ok(std::move(r.value())) : err(error_value("recv", "channel closed", "RecvError(())"));
  });
  out = make_tuple({Value::adopt(new OneshotSenderObj(std::move(tx))), std::move(rxv)});
  return true;
}

bool oneshot_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<OneshotSenderObj>();
  if (!s->tx) return in.fail("this oneshot sender was already used");
  auto r = s->tx->send(n > 1 ? std::move(a[1]) : Value());
  s->tx.reset();
  out = r.is_ok() ? ok(Value()) : err(std::move(r.error()));
  return true;
}

bool oneshot_is_closed(Interp&, Value* a, uint32_t, Value& out) {
  auto* s = a[0].as<OneshotSenderObj>();
  out = Value::boolean(!s->tx || s->tx->is_closed());
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::sync::oneshot::channel",
     oneshot_channel,
     0,
     0,
     {"fn channel() -> (Sender<T>, Receiver<T>)",
      "A channel for exactly one value; the receiver is a future. Dropping the sender wakes the receiver with an "
      "error.",
      "tokio::sync::oneshot::channel()"}},
};

const MethodDef kSenderMethods[] = {
    {"send", oneshot_send},
    {"is_closed", oneshot_is_closed},
};

const MethodGroup kMethods[] = {{HandleKind::OneshotSender, kSenderMethods}};
FutureLabel* const kLabels[] = {&kReceiver};

}  // namespace

namespace family {

const ApiFamily& tokio_oneshot() {
  static const ApiFamily f{
      .name = "tokio::sync::oneshot",
      .summary = "A channel for one value: Sender::send, and a Receiver that is a future",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
