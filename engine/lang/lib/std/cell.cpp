// std::sync::Mutex (and RwLock), RefCell and Cell. A Mutex and a RefCell are
// both a MutexObj of kind StdMutex; `lock` / `borrow_mut` hand out a guard
// and mark the mutex held until the guard is dropped. One thread runs the
// program, so locking a held std Mutex again can only deadlock: it is a
// located error. A shared `borrow()` reads the value itself.
#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

bool mutex_new(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::adopt(new MutexObj(HandleKind::StdMutex, a[0]));
  return true;
}

template <class M>
void mark_refcell(M& m) {
  if constexpr (requires { m.refcell; }) m.refcell = true;
}

bool refcell_new(Interp&, Value* a, uint32_t, Value& out) {
  auto* m = new MutexObj(HandleKind::StdMutex, a[0]);
  mark_refcell(*m);
  out = Value::adopt(m);
  return true;
}

bool cell_new(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::adopt(new CellObj(a[0]));
  return true;
}

// --- std::sync::Mutex and RefCell ----------------------------------------------------

MutexObj* as_mutex(const Value& v) { return static_cast<MutexObj*>(v.as<HandleObj>()); }
template <class M>
bool is_refcell(const M& m) {
  if constexpr (requires { m.refcell; }) return m.refcell;
  return false;
}
const Value& mutex_value(const Value& v) { return as_mutex(v)->cell.as<CellObj>()->value; }

Value new_guard(const Value& mutex) {
  as_mutex(mutex)->locked = true;
  return Value::adopt(new GuardObj(mutex, SemaphorePermit()));
}

bool mutex_lock(Interp& in, Value* a, uint32_t, Value& out) {
  if (as_mutex(a[0])->locked) return in.fail("deadlock: std::sync::Mutex locked twice on one thread");
  out = ok(new_guard(a[0]));
  return true;
}

bool mutex_try_lock(Interp&, Value* a, uint32_t, Value& out) {
  out = as_mutex(a[0])->locked ? err(std_error(StdError::WouldBlock)) : ok(new_guard(a[0]));
  return true;
}

// RefCell::borrow: a shared borrow reads the value itself (no guard to hold).
bool refcell_borrow(Interp& in, Value* a, uint32_t, Value& out) {
  if (as_mutex(a[0])->locked) return in.fail("RefCell already mutably borrowed");
  out = mutex_value(a[0]);
  return true;
}

// RwLock::read: Ok(the value), shared like a RefCell borrow.
bool rwlock_read(Interp& in, Value* a, uint32_t n, Value& out) {
  if (!refcell_borrow(in, a, n, out)) return false;
  out = ok(out);
  return true;
}

bool refcell_borrow_mut(Interp& in, Value* a, uint32_t, Value& out) {
  if (as_mutex(a[0])->locked) return in.fail("RefCell already borrowed");
  out = new_guard(a[0]);
  return true;
}

bool refcell_try_borrow(Interp&, Value* a, uint32_t, Value& out) {
  out = as_mutex(a[0])->locked ? err(std_error(StdError::BorrowError)) : ok(mutex_value(a[0]));
  return true;
}

bool refcell_try_borrow_mut(Interp&, Value* a, uint32_t, Value& out) {
  out = as_mutex(a[0])->locked ? err(std_error(StdError::BorrowMutError)) : ok(new_guard(a[0]));
  return true;
}

// Mutex::into_inner / get_mut give a LockResult; RefCell's give the value.
bool mutex_into_inner(Interp&, Value* a, uint32_t, Value& out) {
  const Value& v = mutex_value(a[0]);
  out = is_refcell(*as_mutex(a[0])) ? v : ok(v);
  return true;
}

bool mutex_replace(Interp&, Value* a, uint32_t, Value& out) {
  Value& slot = as_mutex(a[0])->cell.as<CellObj>()->value;
  out = slot;
  slot = a[1];
  return true;
}

bool mutex_is_poisoned(Interp&, Value*, uint32_t, Value& out) {
  out = Value::boolean(false);
  return true;
}

const MethodDef kMutexMethods[] = {
    PS_M("lock", mutex_lock, 0, 0),
    PS_M("write", mutex_lock, 0, 0),
    PS_M("read", rwlock_read, 0, 0),
    PS_M("try_lock", mutex_try_lock, 0, 0),
    PS_M("borrow", refcell_borrow, 0, 0),
    PS_M("borrow_mut", refcell_borrow_mut, 0, 0),
    PS_M("try_borrow", refcell_try_borrow, 0, 0),
    PS_M("try_borrow_mut", refcell_try_borrow_mut, 0, 0),
    PS_M("into_inner", mutex_into_inner, 0, 0),
    PS_M("get_mut", mutex_into_inner, 0, 0),
    PS_M("replace", mutex_replace, 1, 1),
    PS_M("is_poisoned", mutex_is_poisoned, 0, 0),
};

// --- Cell ---------------------------------------------------------------------------

Value& cell_slot(const Value& v) { return v.as<CellObj>()->value; }

bool cell_get(Interp& in, Value* a, uint32_t, Value& out) {
  out = in.clone_value(cell_slot(a[0]));
  return true;
}

bool cell_set(Interp&, Value* a, uint32_t, Value& out) {
  cell_slot(a[0]) = a[1];
  out = Value();
  return true;
}

bool cell_replace(Interp&, Value* a, uint32_t, Value& out) {
  out = cell_slot(a[0]);
  cell_slot(a[0]) = a[1];
  return true;
}

bool cell_take(Interp& in, Value* a, uint32_t, Value& out) {
  Value d;
  if (!default_like(cell_slot(a[0]), d)) return in.fail("unsupported: Cell::take of a value whose default is unknown");
  out = cell_slot(a[0]);
  cell_slot(a[0]) = d;
  return true;
}

bool cell_into_inner(Interp&, Value* a, uint32_t, Value& out) {
  out = cell_slot(a[0]);
  return true;
}

bool cell_update(Interp& in, Value* a, uint32_t, Value& out) {
  Value v;
  if (!call1(in, a[1], cell_slot(a[0]), v)) return false;
  cell_slot(a[0]) = v;
  out = v;
  return true;
}

const MethodDef kCellMethods[] = {
    PS_M("get", cell_get, 0, 0),
    PS_M("set", cell_set, 1, 1),
    PS_M("replace", cell_replace, 1, 1),
    PS_M("take", cell_take, 0, 0),
    PS_M("into_inner", cell_into_inner, 0, 0),
    PS_M("get_mut", cell_into_inner, 0, 0),
    PS_M("update", cell_update, 1, 1),
};

}  // namespace

namespace {

const FnDef kCellNatives[] = {
    {"std::sync::Mutex::new", mutex_new, 1, 1},
    {"std::sync::RwLock::new", mutex_new, 1, 1},
    {"std::cell::RefCell::new", refcell_new, 1, 1},
    {"std::cell::Cell::new", cell_new, 1, 1},
};

const MethodGroup kCellGroups[] = {
    {HandleKind::StdMutex, kMutexMethods},
    {Receiver::Cell, kCellMethods},
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_cell() {
  static const ApiFamily f{
      .name = "std::sync::{Mutex, RwLock}, std::cell",
      .summary = "The std locks and cells: Mutex, RwLock, RefCell and Cell",
      .functions = stdlib::kCellNatives,
      .methods = stdlib::kCellGroups,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
