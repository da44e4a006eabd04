// Result<T, E>: Ok(value) or Err(error), for outputs such as JoinHandle's.
#pragma once

#include <utility>
#include <variant>

namespace ps {

template <class T, class E>
class Result {
 public:
  static Result Ok(T v) { return Result(std::in_place_index<0>, std::move(v)); }
  static Result Err(E e) { return Result(std::in_place_index<1>, std::move(e)); }

  bool is_ok() const { return v_.index() == 0; }
  bool is_err() const { return v_.index() == 1; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  E& error() { return std::get<1>(v_); }
  const E& error() const { return std::get<1>(v_); }

 private:
  template <size_t I, class V>
  Result(std::in_place_index_t<I> i, V&& v) : v_(i, std::forward<V>(v)) {}
  std::variant<T, E> v_;
};

}  // namespace ps
