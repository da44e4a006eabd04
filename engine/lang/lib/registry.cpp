// The registry: the one list of API families, and the tables built from it
// that the compiler (native_index) and the VM (native_table) use.
#include "lang/lib/registry.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/lib/family.h"

namespace ps::lang {

// The families, each defined in the file named after it. In lookup order: a
// method name two families give the same receiver resolves to the first.
#define PS_FAMILIES(F)                                                          \
  F(std_task)         /* tokio/waker.cpp: Poll, Future, Context, Waker */       \
  F(tokio_task)       /* tokio/task.cpp: spawn, yield_now, JoinHandle */        \
  F(tokio_time)       /* tokio/time.cpp: sleep, sleep_until, timeout */         \
  F(tokio_interval)   /* tokio/interval.cpp: interval, tick */                  \
  F(select_join)      /* tokio/select_join.cpp: join!, select!, join_all */     \
  F(std_future)       /* tokio/future.cpp: ready, pending, poll_fn, .poll */    \
  F(tokio_oneshot)    /* tokio/oneshot.cpp */                                   \
  F(tokio_mpsc)       /* tokio/mpsc.cpp */                                      \
  F(tokio_mutex)      /* tokio/mutex.cpp */                                     \
  F(tokio_notify)     /* tokio/notify.cpp */                                    \
  F(tokio_semaphore)  /* tokio/semaphore.cpp: Semaphore, permits */             \
  F(std_thread)       /* tokio/thread.cpp: simulated threads */                 \
  F(std_pin)          /* std/pin.cpp: Box::pin, the pinning check */            \
  F(std_mem)          /* std/mem.cpp: what mem::take / replace leave behind */  \
  F(std_ptr)          /* std/ptr.cpp: raw pointers, null */                     \
  F(std_fmt)          /* std/formatter.cpp: the Formatter of impl Display */    \
  F(std_prelude)      /* std/std.cpp: String, Vec, Box, Arc, cmp, the macros */ \
  F(std_time)         /* std/time.cpp: Duration, Instant */                     \
  F(std_cell)         /* std/cell.cpp: Mutex, RwLock, RefCell, Cell */          \
  F(std_str)          /* std/str.cpp: str and String methods */                 \
  F(std_vec)          /* std/vec.cpp: Vec and range methods */                  \
  F(std_iter_consume) /* std/iter_consume.cpp: sum, collect, fold, ... */       \
  F(std_iter)         /* std/iter.cpp: map, filter, zip, ... */                 \
  F(std_option)       /* std/option.cpp: Option, Result, Poll, Ordering */      \
  F(std_scalar)       /* std/scalar.cpp: integers, floats, chars, bools */

namespace family {
#define PS_DECLARE_FAMILY(name) const ApiFamily& name();
PS_FAMILIES(PS_DECLARE_FAMILY)
#undef PS_DECLARE_FAMILY
}  // namespace family

namespace {

// Method tables are indexed by receiver: Receiver::Handle + HandleKind for handles.
constexpr size_t kHandleKinds = static_cast<size_t>(HandleKind::Error) + 1;
constexpr size_t kReceivers = static_cast<size_t>(Receiver::Handle) + kHandleKinds;

size_t receiver_slot(Receiver r, HandleKind k = {}) {
  return r == Receiver::Handle ? static_cast<size_t>(Receiver::Handle) + static_cast<size_t>(k)
                               : static_cast<size_t>(r);
}

using MethodMap = std::unordered_map<std::string_view, NativeFn>;

// Everything the registry builds from the families, once.
struct Tables {
  std::vector<const ApiFamily*> families;
  std::vector<NativeDef> natives;
  std::unordered_map<std::string, int32_t> by_path;
  // [0]: methods that see the receiver as called; [1]: methods that look
  // through a lock guard (ApiFamily::through_guards).
  std::array<std::array<MethodMap, kReceivers>, 2> methods;
  std::vector<const FutureLabel*> labels;
  std::array<CloneHook, kHandleKinds> clones{};
  std::array<TextHook, kHandleKinds> texts{};
};

const Tables& tables() {
  static const Tables t = [] {
    Tables t;
    t.families = {
#define PS_LIST_FAMILY(name) &family::name(),
        PS_FAMILIES(PS_LIST_FAMILY)
#undef PS_LIST_FAMILY
    };
    for (const ApiFamily* f : t.families) {
      for (const FnDef& d : f->functions) {
        t.by_path.emplace(std::string(d.path), static_cast<int32_t>(t.natives.size()));
        t.natives.push_back(NativeDef{d.path, d.fn, d.min_args, d.max_args});
      }
      for (const MethodGroup& g : f->methods) {
        MethodMap& m = t.methods[f->through_guards ? 1 : 0][receiver_slot(g.on, g.handle)];
        for (const MethodDef& d : g.methods) m.emplace(d.name, d.fn);
      }
      for (FutureLabel* l : f->labels) {
        l->slot = static_cast<uint32_t>(t.labels.size());
        t.labels.push_back(l);
      }
      for (const CloneRule& r : f->clones) t.clones[static_cast<size_t>(r.kind)] = r.fn;
      for (const TextRule& r : f->texts) t.texts[static_cast<size_t>(r.kind)] = r.fn;
    }
    return t;
  }();
  return t;
}

bool find_in(const MethodMap& m, std::string_view name, NativeFn& fn) {
  if (m.empty()) return false;  // most receivers have methods in one of the two maps only
  auto it = m.find(name);
  if (it == m.end()) return false;
  fn = it->second;
  return true;
}

// The receiver kinds of a value's own methods, most specific first.
size_t receiver_slots(const Value& v, std::array<size_t, 2>& out) {
  switch (v.tag()) {
    case Value::Tag::Int: out[0] = receiver_slot(Receiver::Int); return 1;
    case Value::Tag::Float: out[0] = receiver_slot(Receiver::Float); return 1;
    case Value::Tag::Char: out[0] = receiver_slot(Receiver::Char); return 1;
    case Value::Tag::Bool: out[0] = receiver_slot(Receiver::Bool); return 1;
    case Value::Tag::Obj: break;
    default: return 0;
  }
  switch (v.obj()->kind) {
    case ObjKind::Str: out[0] = receiver_slot(Receiver::Str); return 1;
    case ObjKind::Vec: out[0] = receiver_slot(Receiver::Vec); return 1;
    case ObjKind::Range:
      out[0] = receiver_slot(Receiver::Range);
      out[1] = receiver_slot(Receiver::Iter);
      return 2;
    case ObjKind::Iter: out[0] = receiver_slot(Receiver::Iter); return 1;
    case ObjKind::Cell: out[0] = receiver_slot(Receiver::Cell); return 1;
    case ObjKind::Future: out[0] = receiver_slot(Receiver::Future); return 1;
    case ObjKind::Struct:
      if (v.as<StructObj>()->type->poll_fn < 0) return 0;
      out[0] = receiver_slot(Receiver::FutureStruct);
      return 1;
    case ObjKind::Enum:
      switch (v.as<EnumObj>()->enum_id) {
        case kOption: out[0] = receiver_slot(Receiver::Option); return 1;
        case kResult: out[0] = receiver_slot(Receiver::Result); return 1;
        case kPoll: out[0] = receiver_slot(Receiver::Poll); return 1;
        case kOrdering: out[0] = receiver_slot(Receiver::Ordering); return 1;
        default: return 0;
      }
    case ObjKind::Handle: {
      HandleKind k = v.as<HandleObj>()->hkind;
      if (k != HandleKind::JoinHandle) {
        out[0] = receiver_slot(Receiver::Handle, k);
        return 1;
      }
      out[0] = receiver_slot(Receiver::Future);  // a JoinHandle is a future too
      out[1] = receiver_slot(Receiver::Handle, k);
      return 2;
    }
    default: return 0;
  }
}

// A method of the receiver as called, then of the value a guard receiver
// guards, then of every value.
bool find_method(Interp&, const Value& receiver, std::string_view name, NativeFn& fn) {
  const Tables& t = tables();
  std::array<size_t, 2> slots{};
  size_t n = receiver_slots(receiver, slots);
  for (size_t i = 0; i < n; ++i)
    if (find_in(t.methods[0][slots[i]], name, fn)) return true;
  Value* guarded = receiver.is(ObjKind::Handle) && receiver.as<HandleObj>()->hkind == HandleKind::Guard
                       ? guarded_slot(receiver)
                       : nullptr;
  const Value& target = guarded ? *guarded : receiver;
  n = receiver_slots(target, slots);
  for (size_t i = 0; i < n; ++i)
    if (find_in(t.methods[1][slots[i]], name, fn)) return true;
  return find_in(t.methods[0][receiver_slot(Receiver::Any)], name, fn) ||
         find_in(t.methods[1][receiver_slot(Receiver::Any)], name, fn);
}

bool clone_handle(Interp& in, const Value& v, Value& out) {
  CloneHook rule = tables().clones[static_cast<size_t>(v.as<HandleObj>()->hkind)];
  if (!rule) {
    out = v;
    return true;
  }
  return rule(in, v, out);
}

bool handle_text(Interp& in, const Value& v, bool debug, std::string& out) {
  TextHook rule = tables().texts[static_cast<size_t>(v.as<HandleObj>()->hkind)];
  return rule && rule(in, v, debug, out);
}

// The index the compiler resolves paths against: a view of the same table.
class TableIndex final : public NativeIndex {
 public:
  int32_t find(std::string_view path) const override {
    const auto& m = tables().by_path;
    auto it = m.find(std::string(path));
    return it == m.end() ? -1 : it->second;
  }
  NativeSignature signature(uint32_t i) const override {
    const NativeDef& d = tables().natives[i];
    return {d.path, d.min_args, d.max_args};
  }
};

}  // namespace

const NativeIndex& native_index() {
  static const TableIndex idx;
  return idx;
}

const NativeTable& native_table() {
  static const NativeTable table = [] {
    const Tables& t = tables();
    return NativeTable{t.natives.data(), t.natives.size(), &find_method, t.labels.data(),
                       t.labels.size(),  &clone_handle,    &handle_text};
  }();
  return table;
}

std::span<const ApiFamily* const> api_families() { return tables().families; }

}  // namespace ps::lang
