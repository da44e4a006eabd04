// tokio::sync::mpsc: bounded and unbounded queues with many senders and one
// receiver.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kSend{"send"};
FutureLabel kRecv{"recv"};

struct MpscSenderObj final : HandleObj {
  MpscSenderObj(mpsc::Sender<Value> s, bool bounded)
      : HandleObj(HandleKind::MpscSender), tx(std::move(s)), bounded(bounded) {}
  std::optional<mpsc::Sender<Value>> tx;
  bool bounded;
};

struct MpscReceiverObj final : HandleObj {
  explicit MpscReceiverObj(mpsc::Receiver<Value> r) : HandleObj(HandleKind::MpscReceiver), rx(std::move(r)) {}
  std::optional<mpsc::Receiver<Value>> rx;
};

bool mpsc_channel(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is_int() || a[0].as_int() <= 0) return in.fail("mpsc bounded channel requires buffer > 0");
  auto [tx, rx] = mpsc::channel<Value>(static_cast<size_t>(a[0].as_int()));
  out = make_tuple(
      {Value::adopt(new MpscSenderObj(std::move(tx), true)), Value::adopt(new MpscReceiverObj(std::move(rx)))});
  return true;
}

bool mpsc_unbounded(Interp&, Value*, uint32_t, Value& out) {
  auto [tx, rx] = mpsc::unbounded_channel<Value>();
  out = make_tuple(
      {Value::adopt(new MpscSenderObj(std::move(tx), false)), Value::adopt(new MpscReceiverObj(std::move(rx)))});
  return true;
}

Value send_error(Value v) {
  return err(Value::adopt(new ErrorObj("send", "channel closed", "SendError { .. }", std::move(v))));
}

bool mpsc_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  if (!s->tx) return in.fail("this sender was dropped");
  Value v = n > 1 ? std::move(a[1]) : Value();
  if (!s->bounded) {
    auto r = s->tx->send_now(std::move(v));
    out = r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
    return true;
  }
  Value keep = a[0];
  out = engine_future(in.label(kSend), s->tx->send(std::move(v)), [keep](Result<Unit, mpsc::SendError<Value>> r) {
    return r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
  });
  return true;
}

bool mpsc_try_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  if (!s->tx) return in.fail("this sender was dropped");
  auto r = s->tx->send_now(n > 1 ? std::move(a[1]) : Value());
  out = r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
  return true;
}

bool mpsc_is_closed(Interp&, Value* a, uint32_t, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  out = Value::boolean(!s->tx || s->tx->is_closed());
  return true;
}

bool mpsc_recv(Interp& in, Value* a, uint32_t, Value& out) {
  auto* r = a[0].as<MpscReceiverObj>();
  if (!r->rx) return in.fail("this receiver was dropped");
  Value keep = a[0];
  out = engine_future(in.label(kRecv), r->rx->recv(),
                      [keep](std::optional<Value> v) { return v ? some(std::move(*v)) : none(); });
  return true;
}

// A cloned Sender is one more sender of the same channel: the receiver sees
// the end only when every one is gone.
bool clone_sender(Interp&, const Value& v, Value& out) {
  auto* s = v.as<MpscSenderObj>();
  out = s->tx ? Value::adopt(new MpscSenderObj(mpsc::Sender<Value>(*s->tx), s->bounded)) : v;
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::sync::mpsc::channel",
     mpsc_channel,
     1,
     1,
     {"fn channel(capacity: usize) -> (Sender<T>, Receiver<T>)",
      "A bounded queue: `send(v).await` waits while it is full, `recv().await` while it is empty.",
      "tokio::sync::mpsc::channel(${1:8})"}},
    {"tokio::sync::mpsc::unbounded_channel",
     mpsc_unbounded,
     0,
     0,
     {"fn unbounded_channel() -> (UnboundedSender<T>, UnboundedReceiver<T>)",
      "A queue without a limit; `send` never waits.", "tokio::sync::mpsc::unbounded_channel()"}},
};

const MethodDef kSenderMethods[] = {
    {"send",
     mpsc_send,
     {"send(value)",
      "Sends on a channel (awaited on bounded mpsc; immediate on oneshot and unbounded). The receiver is woken from "
      "inside send.",
      "send(${1})"}},
    {"try_send", mpsc_try_send},
    {"is_closed", mpsc_is_closed},
};

const MethodDef kReceiverMethods[] = {
    {"recv",
     mpsc_recv,
     {"async fn recv(&mut self) -> Option<T>", "Receives the next value, or None once every sender is gone.",
      "recv().await"}},
};

const MethodGroup kMethods[] = {
    {HandleKind::MpscSender, kSenderMethods},
    {HandleKind::MpscReceiver, kReceiverMethods},
};

FutureLabel* const kLabels[] = {&kSend, &kRecv};
const CloneRule kClones[] = {{HandleKind::MpscSender, clone_sender}};

}  // namespace

namespace family {

const ApiFamily& tokio_mpsc() {
  static const ApiFamily f{
      .name = "tokio::sync::mpsc",
      .summary = "Bounded and unbounded queues: Sender (cloneable), Receiver::recv",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
      .clones = kClones,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
