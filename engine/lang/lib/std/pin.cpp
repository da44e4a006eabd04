// Pinning: `Box::pin` puts a future on the heap, and moving a future out of
// its place after it was polled is refused with the reason (the check the
// compiler puts before mem::swap / replace / take).
#include "lang/lib/family.h"

namespace ps::lang {

namespace {

FutureLabel kJoinHandle{"JoinHandle"};

// Box::pin(fut): the future moves to the heap; the Box may be moved freely.
struct PinnedBoxObj final : FutureObj {
  PinnedBoxObj(uint32_t label, Value inner) : FutureObj(label), inner(std::move(inner)) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override { return in.poll_direct(inner, cx, out); }
  Value inner;
};

bool box_pin(Interp& in, Value* a, uint32_t, Value& out) {
  if (!in.is_awaitable(a[0]) || a[0].is(ObjKind::Future)) {
    if (a[0].is(ObjKind::Future)) {
      auto* f = a[0].as<FutureObj>();
      out = Value::adopt(new PinnedBoxObj(f->label, std::move(a[0])));
    } else {
      out = std::move(a[0]);
    }
    return true;
  }
  uint32_t label = a[0].is(ObjKind::Struct) ? in.label(a[0].as<StructObj>()->type->name) : in.label(kJoinHandle);
  out = Value::adopt(new PinnedBoxObj(label, std::move(a[0])));
  return true;
}

// Moving a value out of its place (mem::swap/replace/take): a future that
// was polled in place is pinned, and moving it is refused with the reason.
bool check_unpinned(Interp& in, Value* a, uint32_t, Value& out) {
  bool pinned = false;
  if (a[0].is(ObjKind::Future)) {
    auto* f = a[0].as<FutureObj>();
    pinned = f->polled && !f->done && !dynamic_cast<PinnedBoxObj*>(f);
  } else if (a[0].is(ObjKind::Struct)) {
    pinned = a[0].as<StructObj>()->polled;
  }
  if (pinned)
    return in.fail(
        "cannot move this future out of its place: it was already polled, so it is pinned "
        "(`Pin<&mut Self>`). An async state machine may hold references into itself; moving it "
        "would leave them pointing at the old address. Pin it on the heap with `Box::pin` and move "
        "the Box instead");
  out = std::move(a[0]);
  return true;
}

const FnDef kFunctions[] = {
    {"std::boxed::Box::pin",
     box_pin,
     1,
     1,
     {"Box::pin(T) -> Pin<Box<T>>",
      "Puts a future on the heap and pins it there, so it can be polled through a handle.", "Box::pin(${1})",
      "Box::pin"}},
    {"pollscope::check_unpinned", check_unpinned, 1, 1},
};

FutureLabel* const kLabels[] = {&kJoinHandle};

}  // namespace

namespace family {

const ApiFamily& std_pin() {
  static const ApiFamily f{
      .name = "std::pin",
      .summary = "Box::pin, and the rule that a polled future stays in its place",
      .functions = kFunctions,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
