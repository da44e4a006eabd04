// Places: references to them (`&mut x`, `&mut v[i]`, `&mut self`), locals
// shared with a reference or a closure, Copy values copied, and the moves of
// std::mem::{replace, swap, take}. The model is in value.h.
#include <utility>

#include "lang/vm/interp.h"

namespace ps::lang {

namespace {

// Makes locals[slot] shared (a SlotObj) if it is not yet, and returns it.
const Value& share(Value& local) {
  if (!local.is(ObjKind::Slot)) local = Value::adopt(new SlotObj(std::move(local)));
  return local;
}

Value make_ref(Value owner, uint32_t index) { return Value::adopt(new RefObj(std::move(owner), index)); }

// The object behind references, guards and cells: the one whose fields or
// items a projection names.
Value target_object(const Value& v) { return through_guard(deref_all(v)); }

// The container a guard or cell keeps its value in, as a CellObj value.
Value guard_cell(const Value& v) {
  if (v.is(ObjKind::Cell)) return v;
  if (v.is(ObjKind::Handle) && v.as<HandleObj>()->hkind == HandleKind::Guard) {
    const Value& m = v.as<GuardObj>()->mutex;
    if (m.is(ObjKind::Handle)) return static_cast<MutexObj*>(m.as<HandleObj>())->cell;
  }
  return Value();
}

bool is_aggregate(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case ObjKind::Str:
    case ObjKind::Vec:
    case ObjKind::Tuple:
    case ObjKind::Struct:
    case ObjKind::Enum: return true;
    default: return false;
  }
}

// `v.iter_mut()`, `for x in &mut v`: references to the vector's items, in order.
struct ItemRefsIter final : IterObj {
  explicit ItemRefsIter(Value v) : vec(std::move(v)), end(vec.as<VecObj>()->items.size()) {}
  bool next(Interp&, Value& out) override {
    if (at >= end || at >= vec.as<VecObj>()->items.size()) return false;
    out = make_ref(vec, static_cast<uint32_t>(at++));
    return true;
  }
  Value vec;
  size_t at = 0, end;
};

}  // namespace

Value Interp::item_refs(const Value& v) {
  Value vec = target_object(v);
  if (!vec.is(ObjKind::Vec)) return Value();
  return Value::adopt(new ItemRefsIter(std::move(vec)));
}

Value Interp::item_ref(const Value& v, size_t index) {
  Value vec = target_object(v);
  if (!vec.is(ObjKind::Vec) || index >= vec.as<VecObj>()->items.size()) return Value();
  return make_ref(std::move(vec), static_cast<uint32_t>(index));
}

Value Interp::payload_ref(const Value& v, size_t index) {
  Value e = target_object(v);
  if (!e.is(ObjKind::Enum) || index >= e.as<EnumObj>()->payload.size()) return Value();
  return make_ref(std::move(e), static_cast<uint32_t>(index));
}

// A copy of a Copy value: structs, tuples, arrays and enums get new objects
// (so that changing the copy leaves the original alone); their non-Copy
// parts (shared references) and every other value are shared.
Value Interp::copy_value(const Value& v) {
  if (!v.is_obj()) return v;
  auto copy_all = [&](const std::vector<Value>& xs) {
    std::vector<Value> out;
    out.reserve(xs.size());
    for (const Value& x : xs) out.push_back(is_copy(x) ? copy_value(x) : x);
    return out;
  };
  switch (v.obj()->kind) {
    case ObjKind::Struct: {
      auto* s = v.as<StructObj>();
      if (!s->type || !s->type->is_copy) return v;
      return Value::adopt(new StructObj(s->type, copy_all(s->fields)));
    }
    case ObjKind::Tuple: return make_tuple(copy_all(v.as<TupleObj>()->items));
    case ObjKind::Enum: {
      auto* e = v.as<EnumObj>();
      if (e->payload.empty()) return v;
      return make_enum(e->enum_id, e->variant, copy_all(e->payload));
    }
    case ObjKind::Vec: {
      auto* a = v.as<VecObj>();
      if (!a->array) return v;
      return Value::adopt(new VecObj(copy_all(a->items), true));
    }
    default: return v;
  }
}

// `*place = v` where the place is an object named by identity (a `&mut self`
// receiver): the object keeps its identity and takes v's contents.
bool Interp::overwrite(const Value& target, const Value& v) {
  if (!is_aggregate(target) || !v.is_obj() || v.obj()->kind != target.obj()->kind)
    return fail("unsupported: assigning a value of another type through this reference");
  switch (target.obj()->kind) {
    case ObjKind::Str: target.as<StrObj>()->text = v.as<StrObj>()->text; break;
    case ObjKind::Vec: {
      std::vector<Value> items = v.as<VecObj>()->items;
      target.as<VecObj>()->items.swap(items);
      drop_in_order(items);
      break;
    }
    case ObjKind::Tuple: {
      std::vector<Value> items = v.as<TupleObj>()->items;
      target.as<TupleObj>()->items.swap(items);
      drop_in_order(items);
      break;
    }
    case ObjKind::Struct: {
      auto* t = target.as<StructObj>();
      std::vector<Value> fields = v.as<StructObj>()->fields;
      t->type = v.as<StructObj>()->type;
      t->fields.swap(fields);
      drop_in_order(fields);
      break;
    }
    case ObjKind::Enum: {
      auto* t = target.as<EnumObj>();
      auto* n = v.as<EnumObj>();
      std::vector<Value> payload = n->payload;
      t->enum_id = n->enum_id;
      t->variant = n->variant;
      t->payload.swap(payload);
      drop_in_order(payload);
      break;
    }
    default: break;
  }
  return true;
}

// Where a write through `r` goes: the Value of the place, or null when the
// place is an object named by identity (`whole` then holds it).
Value* Interp::place_of(const Value& r, Value& whole) {
  if (r.is(ObjKind::Ref)) {
    auto* ref = r.as<RefObj>();
    if (ref->index == RefObj::kWhole) {
      whole = ref->owner;
      return nullptr;
    }
    Value* slot = ref_slot(ref);
    if (!slot) unsupported("this reference points at a place that no longer exists");
    return slot;
  }
  if (Value* slot = guarded_slot(r)) return slot;
  if (is_aggregate(r)) {
    whole = r;
    return nullptr;
  }
  fail("unsupported: this value is not a reference pollscope can write through");
  return nullptr;
}

namespace {

// A struct whose contents now live in another object (an overwritten place)
// or that is a scratch copy: it goes without running its Drop impl.
void forget_drop(const Value& v) {
  if (v.is(ObjKind::Struct)) v.as<StructObj>()->dropping = true;
}

}  // namespace

// `*target = v`: through a reference, a guard or a cell, or into an object
// named by identity. The value overwritten is dropped (its Drop impl runs on
// the old contents); v's contents move into the place.
bool Interp::deref_set(Value target, Value v) {
  Value whole;
  Value* slot = place_of(target, whole);
  if (slot) {
    *slot = std::move(v);
    return true;
  }
  if (panicking_) return false;
  Value old = copy_contents(whole);
  if (!overwrite(whole, v)) return false;
  forget_drop(v);
  return true;
}

// The instructions of places (bytecode.h): references, shared locals,
// copies and std::mem's moves.
bool Interp::step_place(Coroutine& co, const Instr& ins) {
  auto& stack = co.stack;
  Value* locals = co.locals.data() + co.frames.back().base;
  switch (ins.op) {
    case Op::RefLocal: stack.push_back(make_ref(share(locals[ins.a]), 0)); return true;
    case Op::ShareLocal: stack.push_back(share(locals[ins.a])); return true;
    case Op::ShareNew: stack.back() = Value::adopt(new SlotObj(std::move(stack.back()))); return true;
    case Op::RefTemp: stack.back() = make_ref(Value::adopt(new SlotObj(std::move(stack.back()))), 0); return true;
    case Op::CopyValue:
      if (stack.back().is_obj() && is_copy(stack.back())) stack.back() = copy_value(stack.back());
      return true;
    case Op::RefField: {
      Value obj = target_object(stack.back());
      const std::string& name = prog.strings[ins.a];
      if (obj.is(ObjKind::Struct)) {
        auto* s = obj.as<StructObj>();
        for (size_t i = 0; i < s->type->fields.size(); ++i)
          if (s->type->fields[i] == name) {
            stack.back() = make_ref(std::move(obj), static_cast<uint32_t>(i));
            return true;
          }
      }
      return unsupported("no field `" + name + "` to borrow on this value");
    }
    case Op::RefTuple: {
      Value obj = target_object(stack.back());
      size_t n = obj.is(ObjKind::Tuple)    ? obj.as<TupleObj>()->items.size()
                 : obj.is(ObjKind::Struct) ? obj.as<StructObj>()->fields.size()
                                           : 0;
      if (ins.a >= n) return unsupported("no field `" + std::to_string(ins.a) + "` to borrow on this value");
      stack.back() = make_ref(std::move(obj), ins.a);
      return true;
    }
    case Op::RefIndex: {
      Value index = std::move(stack.back());
      stack.pop_back();
      Value obj = target_object(stack.back());
      if (!obj.is(ObjKind::Vec) || !index.is_int()) return fail("unsupported: borrowing `&mut` into this value");
      size_t len = obj.as<VecObj>()->items.size();
      if (index.as_int() < 0 || static_cast<uint64_t>(index.as_int()) >= len)
        return fail("index out of bounds: the len is " + std::to_string(len) + " but the index is " +
                    std::to_string(index.as_int()));
      stack.back() = make_ref(std::move(obj), static_cast<uint32_t>(index.as_int()));
      return true;
    }
    case Op::RefDeref: {
      Value& top = stack.back();
      if (top.is(ObjKind::Ref)) return true;
      if (Value cell = guard_cell(top); cell.is_obj()) {
        top = make_ref(std::move(cell), 0);
        return true;
      }
      if (is_aggregate(top)) {
        top = make_ref(std::move(top), RefObj::kWhole);
        return true;
      }
      return fail("unsupported: `&mut *` of a value that is not a reference");
    }
    case Op::RefRaw: {
      Value& top = stack.back();
      if (!top.is(ObjKind::Ref) || top.as<RefObj>()->raw || top.as<RefObj>()->index == RefObj::kWhole) return true;
      const Value& owner = top.as<RefObj>()->owner;
      if (!owner.is_obj()) return true;
      if (owner.obj()->raw_pointers == UINT16_MAX) return unsupported("more than 65535 raw pointers to one value");
      Value raw = Value::adopt(new RefObj(owner.obj(), top.as<RefObj>()->index));
      top = std::move(raw);
      return true;
    }
    case Op::RefAuto: {
      for (int hops = 0; hops < 64 && stack.back().is(ObjKind::Ref); ++hops) {
        auto* r = stack.back().as<RefObj>();
        Value* slot = r->index == RefObj::kWhole ? nullptr : ref_slot(r);
        if (!slot || !slot->is(ObjKind::Ref)) break;
        Value next = *slot;
        stack.back() = std::move(next);
      }
      return true;
    }
    case Op::PlaceReplace: {
      Value v = std::move(stack.back());
      stack.pop_back();
      Value whole;
      Value* slot = place_of(stack.back(), whole);
      if (slot) {
        Value old = std::move(*slot);
        *slot = std::move(v);
        stack.back() = std::move(old);
        return true;
      }
      if (panicking_) return false;
      Value old = copy_contents(whole);
      if (!overwrite(whole, v)) return false;
      forget_drop(v);
      stack.back() = std::move(old);
      return true;
    }
    case Op::PlaceSwap: {
      Value rb = std::move(stack.back());
      stack.pop_back();
      Value ra = std::move(stack.back());
      stack.pop_back();
      Value wa, wb;
      Value* a = place_of(ra, wa);
      if (panicking_) return false;
      Value* b = place_of(rb, wb);
      if (panicking_) return false;
      const Value& va = a ? *a : wa;
      const Value& vb = b ? *b : wb;
      // Objects exchange contents and keep their identity, as memory keeps
      // its address: a raw pointer into one still points at the same place.
      if (is_aggregate(va) && is_aggregate(vb) && va.obj()->kind == vb.obj()->kind) {
        Value tmp = copy_contents(va);
        if (!overwrite(va, vb) || !overwrite(vb, tmp)) return false;
        forget_drop(tmp);
      } else if (a && b) {
        std::swap(*a, *b);
      } else {
        return fail("unsupported: swapping values of different types");
      }
      stack.emplace_back();
      return true;
    }
    default: return unsupported("not a place instruction");
  }
}

// A new object with the contents of `v` (an aggregate): what a place held
// before an in-place overwrite.
Value Interp::copy_contents(const Value& v) {
  switch (v.obj()->kind) {
    case ObjKind::Str: return str(v.as<StrObj>()->text);
    case ObjKind::Vec: return Value::adopt(new VecObj(v.as<VecObj>()->items, v.as<VecObj>()->array));
    case ObjKind::Tuple: return make_tuple(v.as<TupleObj>()->items);
    case ObjKind::Struct: return Value::adopt(new StructObj(v.as<StructObj>()->type, v.as<StructObj>()->fields));
    case ObjKind::Enum: return make_enum(v.as<EnumObj>()->enum_id, v.as<EnumObj>()->variant, v.as<EnumObj>()->payload);
    default: return v;
  }
}

}  // namespace ps::lang
