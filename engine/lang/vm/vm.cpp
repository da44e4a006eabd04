// The bytecode loop: runs a coroutine until it returns, suspends at an
// `.await` that is Pending, or fails.
#include <utility>

#include "lang/vm/interp.h"
#include "lang/vm/natives.h"

namespace ps::lang {

namespace {

// A local's value: through its shared slot when something refers to it.
inline Value& local_value(Value& local) { return local.is(ObjKind::Slot) ? local.as<SlotObj>()->value : local; }

// A value on top replaced by the value it refers to.
inline void deref_top(Value& v) {
  if (v.is(ObjKind::Ref)) {
    Value target = deref_all(v);
    v = std::move(target);
  }
}

// A pattern that looks into a value through `&mut` binds references to its
// parts (Rust's default binding mode): pushes `&mut part[index]` of the
// enum, struct or tuple behind the reference on top.
bool project(std::vector<Value>& stack, uint32_t index) {
  Value obj = through_guard(deref_all(stack.back()));
  size_t n = obj.is(ObjKind::Enum)     ? obj.as<EnumObj>()->payload.size()
             : obj.is(ObjKind::Struct) ? obj.as<StructObj>()->fields.size()
             : obj.is(ObjKind::Tuple)  ? obj.as<TupleObj>()->items.size()
                                       : 0;
  if (index >= n) return false;
  stack.push_back(Value::adopt(new RefObj(std::move(obj), index)));
  return true;
}

// Takes the top n values off the stack (in order).
std::vector<Value> take(std::vector<Value>& stack, uint32_t n) {
  std::vector<Value> out(std::make_move_iterator(stack.end() - n), std::make_move_iterator(stack.end()));
  stack.resize(stack.size() - n);
  return out;
}

}  // namespace

void Interp::enter(Coroutine& co, uint32_t fn, Value* args, uint32_t nargs, const std::vector<Value>* captures) {
  const FnProto& p = prog.fns[fn];
  auto base = static_cast<uint32_t>(co.locals.size());
  co.locals.resize(base + p.locals);
  for (uint32_t i = 0; i < nargs && i < p.locals; ++i) co.locals[base + i] = std::move(args[i]);
  if (captures)
    for (size_t i = 0; i < captures->size() && i < p.capture_slots.size(); ++i)
      co.locals[base + p.capture_slots[i]] = (*captures)[i];
  co.frames.push_back(CallFrame{&p, 0, base, static_cast<uint32_t>(co.stack.size())});
}

// Drops the frame's locals newest first, as Rust drops a function's locals.
void Interp::pop_frame(Coroutine& co) {
  CallFrame f = co.frames.back();
  for (uint32_t i = f.fn->locals; i > 0; --i) {
    Value dead = std::move(co.locals[f.base + i - 1]);
  }
  co.locals.resize(f.base);
  while (co.stack.size() > f.stack_base) co.stack.pop_back();
  co.frames.pop_back();
}

void Interp::unwind(Coroutine& co) {
  bool saved = panicking_;
  while (!co.frames.empty()) pop_frame(co);
  co.stack.clear();
  Value dead = std::move(co.awaiting);
  co.awaiting_active = false;
  panicking_ = saved || panicking_;
}

RunOutcome Interp::run(Coroutine& co, Context* cx, Value& result) {
  Coroutine* saved_co = current_co_;
  current_co_ = &co;
  struct Restore {
    Interp* in;
    Coroutine* co;
    ~Restore() { in->current_co_ = co; }
  } restore{this, saved_co};

  auto& stack = co.stack;
  for (;;) {
    if (panicking_) {
      unwind(co);
      return RunOutcome::Error;
    }
    CallFrame& f = co.frames.back();
    const Instr& ins = f.fn->code[f.pc++];
    if (ins.span) {
      span_ = ins.span;
      rt.set_span(ins.span);
    }
    if (++steps_ > limits_.max_steps_per_poll) {
      step_limit(prog.main_is_async ? "a loop that never reaches an `.await`?" : "an endless loop?");
      continue;
    }
    if ((steps_ & 4095) == 0 && Obj::live_objects > limits_.max_objects) {
      limit("heap limit reached: more than " + std::to_string(limits_.max_objects) + " values are alive");
      continue;
    }
    Value* locals = co.locals.data() + f.base;
    switch (ins.op) {
      case Op::Unit: stack.emplace_back(); break;
      case Op::Bool: stack.push_back(Value::boolean(ins.a != 0)); break;
      case Op::Int: stack.push_back(Value::integer(prog.ints[ins.a], static_cast<NumKind>(ins.b))); break;
      case Op::Float: stack.push_back(Value::floating(prog.floats[ins.a], static_cast<NumKind>(ins.b))); break;
      case Op::Char: stack.push_back(Value::character(static_cast<char32_t>(ins.a))); break;
      case Op::Str: stack.push_back(str_consts_[ins.a]); break;
      case Op::LoadLocal: {
        const Value& v = local_value(locals[ins.a]);
        if (v.is_moved()) {
          unsupported("use of moved value `" + f.fn->local_names[ins.a] + "`");
          break;
        }
        stack.push_back(v);
        break;
      }
      case Op::MoveLocal: {
        Value& v = local_value(locals[ins.a]);
        if (v.is_moved()) {
          unsupported("use of moved value `" + f.fn->local_names[ins.a] + "`");
          break;
        }
        if (!v.is_obj()) {
          stack.push_back(v);
        } else if (is_copy(v)) {
          stack.push_back(copy_value(v));
        } else {
          stack.push_back(std::move(v));
          v = Value::moved();
        }
        break;
      }
      case Op::StoreLocal: {
        Value& dst = local_value(locals[ins.a]);
        Value old = std::move(dst);
        dst = std::move(stack.back());
        stack.pop_back();
        break;
      }
      case Op::ClearLocal: {
        Value old = std::move(locals[ins.a]);
        break;
      }
      case Op::Pop: stack.pop_back(); break;
      case Op::Dup: stack.push_back(stack.back()); break;
      case Op::Swap: std::swap(stack[stack.size() - 1], stack[stack.size() - 2]); break;
      case Op::Dup2: {
        Value a = stack[stack.size() - 2], b = stack.back();
        stack.push_back(std::move(a));
        stack.push_back(std::move(b));
        break;
      }
      case Op::StackMark: locals[ins.a] = Value::integer(static_cast<int64_t>(stack.size())); break;
      case Op::StackReset: {
        auto h = static_cast<size_t>(locals[ins.a].as_int());
        while (stack.size() > h) stack.pop_back();
        break;
      }
      case Op::Binary: {
        Value b = std::move(stack.back());
        stack.pop_back();
        deref_top(b);
        deref_top(stack.back());
        bool handled = false;
        if (stack.back().is_obj() && user_binary(static_cast<BinaryOp>(ins.a), ins.b == 1, stack.back(), b, handled))
          break;
        if (!handled) binary(ins.a, stack.back(), b);
        break;
      }
      case Op::Unary: {
        deref_top(stack.back());
        bool handled = false;
        if (stack.back().is_obj() && ins.a < static_cast<uint32_t>(Cast::ToKind) &&
            user_unary(static_cast<UnaryOp>(ins.a), stack.back(), handled))
          break;
        if (!handled) unary(ins.a, stack.back());
        break;
      }
      case Op::Jump: f.pc = ins.a; break;
      case Op::JumpIfFalse:
      case Op::JumpIfTrue: {
        Value c = std::move(stack.back());
        stack.pop_back();
        if (!c.is_bool()) {
          unsupported("expected a `bool` condition");
          break;
        }
        if (c.as_bool() == (ins.op == Op::JumpIfTrue)) f.pc = ins.a;
        break;
      }
      case Op::Return:
      case Op::Try: {
        Value v = std::move(stack.back());
        stack.pop_back();
        if (ins.op == Op::Try) {
          bool early = false;
          if (!try_op(co, v, early)) break;
          if (!early) {
            stack.push_back(std::move(v));
            break;
          }
        }
        pop_frame(co);
        if (co.frames.empty()) {
          result = std::move(v);
          return RunOutcome::Done;
        }
        co.stack.push_back(std::move(v));
        break;
      }
      case Op::CallFn: {
        const FnProto& p = prog.fns[ins.a];
        if (p.is_async) {
          std::vector<Value> args = take(stack, ins.b);
          stack.push_back(make_async(ins.a, args.data(), ins.b, nullptr));
          break;
        }
        if (!depth_ok(co.frames.size() + depth_)) break;
        std::vector<Value> args = take(stack, ins.b);
        enter(co, ins.a, args.data(), ins.b, nullptr);
        break;
      }
      case Op::CallNative: {
        Value out;
        Value* args = stack.data() + stack.size() - ins.b;
        deref_args(args, ins.b);
        bool ok = natives.defs[ins.a].fn(*this, args, ins.b, out);
        for (uint32_t i = 0; i < ins.b; ++i) stack.pop_back();
        if (!ok) {
          if (!panicking_) unsupported("runtime error");
          break;
        }
        stack.push_back(std::move(out));
        if (co.sleep_request_us) {
          co.sleep_request_us = co.sleep_request_us;
          return RunOutcome::Sleep;
        }
        break;
      }
      case Op::CallValue: {
        Value callee = stack[stack.size() - ins.b - 1];
        if (!callee.is(ObjKind::Closure)) {
          unsupported("this value is not a function");
          break;
        }
        auto* c = callee.as<ClosureObj>();
        std::vector<Value> args = take(stack, ins.b);
        stack.pop_back();
        const FnProto& p = prog.fns[c->fn];
        if (args.size() != p.arity) {
          unsupported("this function takes " + std::to_string(p.arity) + " argument(s) but " +
                      std::to_string(args.size()) + " were supplied");
          break;
        }
        if (p.is_async) {
          stack.push_back(make_async(c->fn, args.data(), ins.b, &c->captures));
          break;
        }
        if (!depth_ok(co.frames.size() + depth_)) break;
        enter(co, c->fn, args.data(), ins.b, &c->captures);
        break;
      }
      case Op::CallMethod: step_call_method(co, ins); break;
      case Op::MakeTuple: stack.push_back(make_tuple(take(stack, ins.a))); break;
      case Op::MakeVec: stack.push_back(Value::adopt(new VecObj(take(stack, ins.a), ins.b == 1))); break;
      case Op::MakeStruct: {
        auto* s = new StructObj(&prog.types[ins.a], take(stack, ins.b));
        stack.push_back(Value::adopt(s));
        break;
      }
      case Op::MakeEnum: stack.push_back(make_enum(ins.a, ins.b, take(stack, ins.c))); break;
      case Op::MakeClosure: stack.push_back(Value::adopt(new ClosureObj(ins.a, take(stack, ins.b)))); break;
      case Op::MakeAsync: {
        std::vector<Value> caps = take(stack, ins.b);
        stack.push_back(make_async(ins.a, nullptr, 0, &caps));
        break;
      }
      case Op::MakeRange: {
        Value end = std::move(stack.back());
        stack.pop_back();
        Value start = std::move(stack.back());
        stack.pop_back();
        if (!start.is_int() || !end.is_int()) {
          unsupported("ranges need integer bounds");
          break;
        }
        int64_t e = end.as_int() + (ins.a == 1 ? 1 : 0);
        auto* range = new RangeObj(start.as_int(), e, ins.a != 2);
        range->kind = start.kind() == NumKind::Int ? end.kind() : start.kind();
        stack.push_back(Value::adopt(range));
        break;
      }
      case Op::GetField: get_field(stack.back(), prog.strings[ins.a]); break;
      case Op::SetField: {
        Value v = std::move(stack.back());
        stack.pop_back();
        Value target = std::move(stack.back());
        stack.pop_back();
        set_field(target, prog.strings[ins.a], std::move(v));
        break;
      }
      case Op::GetIndex: {
        Value idx = std::move(stack.back());
        stack.pop_back();
        get_index(stack.back(), idx);
        break;
      }
      case Op::SetIndex: {
        Value v = std::move(stack.back());
        stack.pop_back();
        Value idx = std::move(stack.back());
        stack.pop_back();
        Value base = std::move(stack.back());
        stack.pop_back();
        set_index(base, idx, std::move(v));
        break;
      }
      case Op::GetTuple:
      case Op::TupleItem: {
        if (ins.op == Op::TupleItem && stack.back().is(ObjKind::Ref)) {
          if (!project(stack, ins.a)) unsupported("pattern does not fit this value");
          break;
        }
        Value t = through_guard(stack.back());
        Value item;
        if (t.is(ObjKind::Tuple) && ins.a < t.as<TupleObj>()->items.size()) {
          item = t.as<TupleObj>()->items[ins.a];
        } else if (t.is(ObjKind::Struct) && ins.a < t.as<StructObj>()->fields.size()) {
          item = t.as<StructObj>()->fields[ins.a];
        } else {
          unsupported("no field `" + std::to_string(ins.a) + "` on this value");
          break;
        }
        if (ins.op == Op::GetTuple) {
          stack.back() = std::move(item);
        } else {
          stack.push_back(std::move(item));
        }
        break;
      }
      case Op::SetTuple: {
        Value v = std::move(stack.back());
        stack.pop_back();
        Value t = through_guard(stack.back());
        stack.pop_back();
        if (t.is(ObjKind::Tuple) && ins.a < t.as<TupleObj>()->items.size()) {
          t.as<TupleObj>()->items[ins.a] = std::move(v);
        } else if (t.is(ObjKind::Struct) && ins.a < t.as<StructObj>()->fields.size()) {
          t.as<StructObj>()->fields[ins.a] = std::move(v);
        } else {
          unsupported("no field `" + std::to_string(ins.a) + "` on this value");
        }
        break;
      }
      case Op::Deref: {
        Value& top = stack.back();
        if (Value* slot = guarded_slot(top)) {
          Value inner = *slot;
          top = std::move(inner);
        }
        break;
      }
      case Op::DerefSet: {
        Value v = std::move(stack.back());
        stack.pop_back();
        Value target = std::move(stack.back());
        stack.pop_back();
        deref_set(std::move(target), std::move(v));
        break;
      }
      case Op::RefLocal:
      case Op::RefField:
      case Op::RefTuple:
      case Op::RefIndex:
      case Op::RefDeref:
      case Op::RefTemp:
      case Op::RefRaw:
      case Op::RefAuto:
      case Op::ShareLocal:
      case Op::ShareNew:
      case Op::CopyValue:
      case Op::PlaceReplace:
      case Op::PlaceSwap: step_place(co, ins); break;
      case Op::TestEnum: {
        const Value& top = through_guard(stack.back());
        bool m = top.is(ObjKind::Enum) && top.as<EnumObj>()->enum_id == ins.a && top.as<EnumObj>()->variant == ins.b;
        stack.push_back(Value::boolean(m));
        break;
      }
      case Op::TestEq: {
        Value lit = std::move(stack.back());
        stack.pop_back();
        stack.push_back(Value::boolean(values_equal(deref_all(stack.back()), lit)));
        break;
      }
      case Op::TestRange: {
        Value hi = std::move(stack.back());
        stack.pop_back();
        Value lo = std::move(stack.back());
        stack.pop_back();
        int o1 = 1, o2 = -1;
        bool in = true;
        const Value& v = deref_all(stack.back());
        if (!lo.is_unit() && compare(v, lo, o1)) in = in && o1 >= 0;
        if (!hi.is_unit() && compare(v, hi, o2)) in = in && (ins.a ? o2 <= 0 : o2 < 0);
        stack.push_back(Value::boolean(in));
        break;
      }
      case Op::Payload: {
        if (stack.back().is(ObjKind::Ref)) {
          if (!project(stack, ins.b)) unsupported("pattern does not fit this value");
          break;
        }
        Value top = through_guard(stack.back());
        if (!top.is(ObjKind::Enum) || ins.b >= top.as<EnumObj>()->payload.size()) {
          unsupported("pattern does not fit this value");
          break;
        }
        stack.push_back(top.as<EnumObj>()->payload[ins.b]);
        break;
      }
      case Op::FieldOf: {
        if (stack.back().is(ObjKind::Ref)) {
          if (!project(stack, ins.a)) unsupported("pattern does not fit this value");
          break;
        }
        Value top = through_guard(stack.back());
        if (!top.is(ObjKind::Struct) || ins.a >= top.as<StructObj>()->fields.size()) {
          unsupported("pattern does not fit this value");
          break;
        }
        stack.push_back(top.as<StructObj>()->fields[ins.a]);
        break;
      }
      case Op::Await: {
        if (!cx) {
          unsupported("`.await` outside of a poll");
          break;
        }
        if (!co.awaiting_active) {
          co.awaiting = std::move(stack.back());
          stack.pop_back();
          co.awaiting_active = true;
          co.awaiting_path = 0;
          rt.note_await(ins.span);
        }
        Value out;
        PollResult r = poll_awaitable(co.awaiting, co.awaiting_path, *cx, out);
        if (r == PollResult::Pending) {
          --co.frames.back().pc;
          return RunOutcome::Pending;
        }
        if (r == PollResult::Error) break;
        co.awaiting_active = false;
        { Value done = std::move(co.awaiting); }
        stack.push_back(std::move(out));
        break;
      }
      case Op::IterStart: iter_start(stack.back()); break;
      case Op::IterNext: {
        Value it = locals[ins.a];
        Value out;
        if (!it.is(ObjKind::Iter)) {
          unsupported("this value is not an iterator");
          break;
        }
        if (it.as<IterObj>()->next(*this, out)) {
          stack.push_back(std::move(out));
        } else if (!panicking_) {
          co.frames.back().pc = ins.b;
        }
        break;
      }
      case Op::Format: {
        std::string out, error;
        const Value* args = stack.data() + stack.size() - ins.b;
        bool ok = run_format(*this, prog.formats[ins.a], args, ins.b, out, error);
        for (uint32_t i = 0; i < ins.b; ++i) stack.pop_back();
        if (!ok) {
          if (!panicking_) unsupported(error);  // a panic inside a user Display stays a panic
          break;
        }
        stack.push_back(str(std::move(out)));
        break;
      }
      case Op::Print: {
        Value s = std::move(stack.back());
        stack.pop_back();
        if (s.is(ObjKind::Str)) output(s.as<StrObj>()->text, ins.a == 1);
        break;
      }
      case Op::Panic: {
        Value m = std::move(stack.back());
        stack.pop_back();
        std::string text;
        if (m.is(ObjKind::Str)) text = m.as<StrObj>()->text;
        fail(text);
        break;
      }
      case Op::Unsupported: unsupported(prog.strings[ins.a]); break;
      case Op::MatchFail: unsupported("no `match` arm matched this value"); break;
    }
  }
}

}  // namespace ps::lang
