// Values of the language: dynamically typed, reference counted.
//
// Scalars (unit, bool, integers, floats, chars) live inside the Value. Every
// other value is an Obj on the heap with a reference count; copying a Value
// shares the object. Rust's moves are modelled by the compiler (a moved local
// is cleared), so an object's last reference goes exactly when Rust would
// drop it, and a user `impl Drop` runs then. Single-threaded: no atomics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps::lang {

class Interp;
struct Obj;

enum class ObjKind : uint8_t {
  Str,
  Vec,
  Tuple,
  Struct,
  Enum,  // Option, Result, Poll and user enums
  Closure,
  Native,  // a native function value (e.g. `tokio::spawn` passed around)
  Future,  // anything awaitable
  Range,
  Iter,
  Handle,  // engine-backed resources: wakers, channels, mutexes, ...
  Cell,    // Arc / Mutex / RefCell contents: a shared mutable slot
  Ref,     // `&mut place` (and a raw pointer): names a place, not a value
  Slot,    // a local variable made shareable: what a Ref or a closure points at
};

// The numeric type a scalar carries at run time. `Int` is an integer whose
// type the compiler did not fix (a library result not yet typed): it computes
// as i64 and adopts the type of a typed operand it meets. Floats are f64
// unless F32; an f32 is kept as the double of its exact value.
enum class NumKind : uint8_t { Int, I8, I16, I32, I64, I128, Isize, U8, U16, U32, U64, U128, Usize, F64, F32 };

// Width in bits of an integer kind (64 for Int).
inline unsigned kind_bits(NumKind k) {
  switch (k) {
    case NumKind::I8:
    case NumKind::U8: return 8;
    case NumKind::I16:
    case NumKind::U16: return 16;
    case NumKind::I32:
    case NumKind::U32:
    case NumKind::F32: return 32;
    case NumKind::I128:
    case NumKind::U128: return 128;
    default: return 64;
  }
}
inline bool kind_unsigned(NumKind k) { return k >= NumKind::U8 && k <= NumKind::Usize; }
// The Rust name of a kind: "u8", "i32", "{integer}" for Int.
const char* kind_name(NumKind k);
// The kind a Rust type name denotes ("u8" -> U8); false for other names.
bool kind_from_name(std::string_view name, NumKind& k);

class Value {
 public:
  enum class Tag : uint8_t { Unit, Bool, Int, Float, Char, Obj, Moved };

  Value() : tag_(Tag::Unit) { u_.i = 0; }
  static Value boolean(bool b) {
    Value v(Tag::Bool);
    v.u_.b = b;
    return v;
  }
  // An integer of kind k; the bits are k's value sign- or zero-extended to
  // 64 (a u64 keeps its bit pattern).
  static Value integer(int64_t i, NumKind k = NumKind::Int) {
    Value v(Tag::Int);
    v.kind_ = k;
    v.u_.i = i;
    return v;
  }
  static Value floating(double f, NumKind k = NumKind::F64) {
    Value v(Tag::Float);
    v.kind_ = k;
    v.u_.f = f;
    return v;
  }
  static Value character(char32_t c) {
    Value v(Tag::Char);
    v.u_.c = c;
    return v;
  }
  static Value moved() { return Value(Tag::Moved); }
  // Takes a new reference to `o` (o's count is incremented).
  static Value object(Obj* o);
  // Adopts a freshly made object whose count is still 0.
  static Value adopt(Obj* o) { return object(o); }

  Value(const Value& o) : tag_(o.tag_), kind_(o.kind_), u_(o.u_) { retain(); }
  Value(Value&& o) noexcept : tag_(o.tag_), kind_(o.kind_), u_(o.u_) { o.tag_ = Tag::Unit; }
  Value& operator=(const Value& o) {
    if (this != &o) {
      Value tmp(o);
      swap(tmp);
    }
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      Value tmp(std::move(o));
      swap(tmp);
    }
    return *this;
  }
  ~Value() { release(); }
  void swap(Value& o) noexcept {
    std::swap(tag_, o.tag_);
    std::swap(kind_, o.kind_);
    std::swap(u_, o.u_);
  }

  Tag tag() const { return tag_; }
  bool is_unit() const { return tag_ == Tag::Unit; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_char() const { return tag_ == Tag::Char; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  bool is_moved() const { return tag_ == Tag::Moved; }
  bool is(ObjKind k) const;

  bool as_bool() const { return u_.b; }
  int64_t as_int() const { return u_.i; }
  uint64_t as_bits() const { return static_cast<uint64_t>(u_.i); }
  NumKind kind() const { return kind_; }
  bool is_f32() const { return tag_ == Tag::Float && kind_ == NumKind::F32; }
  double as_float() const { return u_.f; }
  char32_t as_char() const { return u_.c; }
  Obj* obj() const { return u_.o; }
  template <class T>
  T* as() const {
    return static_cast<T*>(u_.o);
  }

 private:
  explicit Value(Tag t) : tag_(t) { u_.i = 0; }
  inline void retain();
  inline void release();

  Tag tag_;
  NumKind kind_ = NumKind::Int;
  union {
    bool b;
    int64_t i;
    double f;
    char32_t c;
    Obj* o;
  } u_;
};

// The base of heap values. `destroy` is virtual so that objects can run user
// code (Drop) or release engine resources when their last reference goes.
struct Obj {
  explicit Obj(ObjKind k) : kind(k) { ++live_objects; }
  virtual ~Obj() { --live_objects; }
  static inline uint64_t live_objects = 0;
  uint32_t rc = 0;
  ObjKind kind;
  // Raw pointers to this object do not keep it alive (a self-referential
  // struct would never be freed): they count here, and an object whose last
  // reference goes while raw pointers remain is emptied and marked dead
  // instead of freed, so that dereferencing such a pointer finds no place.
  enum : uint8_t { kAlive, kClearing, kDead } state = kAlive;
  uint16_t raw_pointers = 0;
};

// Frees an object whose count reached zero (runs Drop impls first).
void destroy_obj(Obj* o);

inline Value Value::object(Obj* o) {
  Value v(Tag::Obj);
  v.u_.o = o;
  o->rc++;
  return v;
}
inline void Value::retain() {
  if (tag_ == Tag::Obj) u_.o->rc++;
}
inline void Value::release() {
  if (tag_ == Tag::Obj && --u_.o->rc == 0) destroy_obj(u_.o);
}
inline bool Value::is(ObjKind k) const { return tag_ == Tag::Obj && u_.o->kind == k; }

// --- Plain data objects -------------------------------------------------------

struct StrObj final : Obj {
  explicit StrObj(std::string s) : Obj(ObjKind::Str), text(std::move(s)) {}
  std::string text;
};

// Drops elements first to last, as Rust does (and the same on every C++
// library: std::vector's own destruction order is not specified).
inline void drop_in_order(std::vector<Value>& items) {
  for (auto& v : items) v = Value();
}

struct VecObj final : Obj {
  VecObj() : Obj(ObjKind::Vec) {}
  explicit VecObj(std::vector<Value> v, bool is_array = false)
      : Obj(ObjKind::Vec), items(std::move(v)), array(is_array) {}
  ~VecObj() override { drop_in_order(items); }
  std::vector<Value> items;
  bool array = false;  // `[T; N]`: Copy when its items are
};

struct TupleObj final : Obj {
  explicit TupleObj(std::vector<Value> v) : Obj(ObjKind::Tuple), items(std::move(v)) {}
  ~TupleObj() override { drop_in_order(items); }
  std::vector<Value> items;
};

struct TypeInfo;

// An instance of a user struct (named, tuple or unit). Fields are in
// declaration order.
struct StructObj final : Obj {
  StructObj(const TypeInfo* t, std::vector<Value> f) : Obj(ObjKind::Struct), type(t), fields(std::move(f)) {}
  ~StructObj() override;
  const TypeInfo* type;
  std::vector<Value> fields;
  bool polled = false;    // polled as a future: it is pinned now
  bool dropping = false;  // its Drop impl is running
};

// Builtin enums get fixed ids; user enums take the ids after them.
enum BuiltinEnum : uint32_t { kOption = 0, kResult = 1, kPoll = 2, kOrdering = 3, kFirstUserEnum = 4 };
// Variant numbers of the builtin enums.
enum : uint32_t { kNone = 0, kSome = 1, kOk = 0, kErr = 1, kReady = 0, kPending = 1 };

struct EnumObj final : Obj {
  EnumObj(uint32_t e, uint32_t v, std::vector<Value> p)
      : Obj(ObjKind::Enum), enum_id(e), variant(v), payload(std::move(p)) {}
  ~EnumObj() override { drop_in_order(payload); }
  uint32_t enum_id;
  uint32_t variant;
  std::vector<Value> payload;
};

struct RangeObj final : Obj {
  RangeObj(int64_t s, int64_t e, bool has_end) : Obj(ObjKind::Range), start(s), end(e), bounded(has_end) {}
  int64_t start;
  int64_t end;  // exclusive
  bool bounded;
  NumKind kind = NumKind::Int;  // the bounds' integer type, which the items have
};

// A shared mutable slot: what Arc<Mutex<T>>, Rc<RefCell<T>> and friends hold.
struct CellObj final : Obj {
  explicit CellObj(Value v) : Obj(ObjKind::Cell), value(std::move(v)) {}
  Value value;
};

// --- Places ---------------------------------------------------------------------
//
// Rust names memory by places: a local, a field, an element, the target of a
// reference. Aggregates (structs, tuples, enums, vectors, strings) are objects
// here, so a place inside one is (object, index). A local that something
// refers to, or that a closure shares with its surroundings, moves into a
// SlotObj: its frame slot then holds the slot object and every access goes
// through it. A RefObj is `&mut place`: reading it reads the place, writing it
// writes the place, so a write through a `&mut u32` parameter reaches the
// caller's variable.

// A local variable's storage once it is shared.
struct SlotObj final : Obj {
  explicit SlotObj(Value v) : Obj(ObjKind::Slot), value(std::move(v)) {}
  Value value;
};

struct RefObj final : Obj {
  // `index` of the object itself: the reference is to the whole object (a
  // `&mut self` receiver); writing it overwrites the object's contents.
  static constexpr uint32_t kWhole = UINT32_MAX;
  RefObj(Value o, uint32_t i) : Obj(ObjKind::Ref), owner(std::move(o)), index(i) {}
  // A raw pointer (`*const T`, `*mut T`) to place `i` of `o`: it does not own o.
  RefObj(Obj* o, uint32_t i) : Obj(ObjKind::Ref), index(i), raw(o) { ++o->raw_pointers; }
  ~RefObj() override;
  Value owner;  // a SlotObj, CellObj, VecObj, TupleObj, StructObj or EnumObj
  uint32_t index;
  Obj* raw = nullptr;  // a raw pointer's object (then `owner` is empty); null for `&mut`
};

// The Value a reference names, or null when the place is gone (an element
// past a vector's end, a payload of a variant the enum no longer has).
Value* ref_slot(const RefObj* r);
// The value behind any chain of references; other values are themselves.
const Value& deref_all(const Value& v);
// Replaces each of the n references in `args` by the value it refers to
// (natives take values; those that need a place are instructions of their own).
inline void deref_args(Value* args, uint32_t n) {
  for (uint32_t i = 0; i < n; ++i)
    if (args[i].is(ObjKind::Ref)) {
      Value target = deref_all(args[i]);
      args[i] = std::move(target);
    }
}

// --- Helpers -------------------------------------------------------------------

Value make_str(std::string s);
Value make_vec(std::vector<Value> items);
Value make_tuple(std::vector<Value> items);
Value make_enum(uint32_t enum_id, uint32_t variant, std::vector<Value> payload = {});
inline Value some(Value v) { return make_enum(kOption, kSome, {std::move(v)}); }
inline Value none() { return make_enum(kOption, kNone); }
inline Value ok(Value v) { return make_enum(kResult, kOk, {std::move(v)}); }
inline Value err(Value v) { return make_enum(kResult, kErr, {std::move(v)}); }

}  // namespace ps::lang
