#include "lang/base/format_string.h"

#include <utility>

namespace ps::lang {

namespace {

bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Widths and precisions above this are certainly mistakes, and keeping them small means a
// formatter never allocates an absurd amount of padding.
constexpr uint32_t kMaxFormatCount = 1 << 16;

// Walks one string literal's decoded text, producing pieces and located errors.
class FormatParser {
 public:
  FormatParser(const CookedString& text, std::string_view source, const Span& literal,
               std::vector<Diagnostic>& diagnostics)
      : s_(text.value), offsets_(text.offsets), source_(source), literal_(literal), diagnostics_(diagnostics) {}

  bool run(FormatString& out) {
    out.span = literal_;
    size_t i = 0;
    size_t literal_start = 0;
    std::string literal;
    auto flush = [&](size_t end) {
      if (literal.empty()) return;
      FormatPiece p;
      p.kind = FormatPiece::Kind::Literal;
      p.span = span(literal_start, end);
      p.literal = std::move(literal);
      literal.clear();
      out.pieces.push_back(std::move(p));
    };
    while (i < s_.size()) {
      char c = s_[i];
      if (c == '{' && at(i + 1) == '{') {
        if (literal.empty()) literal_start = i;
        literal += '{';
        i += 2;
      } else if (c == '}' && at(i + 1) == '}') {
        if (literal.empty()) literal_start = i;
        literal += '}';
        i += 2;
      } else if (c == '{') {
        flush(i);
        FormatPiece p;
        p.kind = FormatPiece::Kind::Placeholder;
        size_t end = placeholder(i, p);
        if (end == 0) return false;
        p.span = span(i, end);
        out.pieces.push_back(std::move(p));
        i = end;
      } else if (c == '}') {
        return error(i, "invalid format string: unmatched `}` found");
      } else {
        if (literal.empty()) literal_start = i;
        literal += c;
        i++;
      }
    }
    flush(i);
    return true;
  }

 private:
  const std::string& s_;
  const std::vector<uint32_t>& offsets_;
  std::string_view source_;
  Span literal_;
  std::vector<Diagnostic>& diagnostics_;

  char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  // The source span of decoded bytes [from, to).
  Span span(size_t from, size_t to) const {
    uint32_t a = offsets_[from < offsets_.size() ? from : offsets_.size() - 1];
    uint32_t b = offsets_[to < offsets_.size() ? to : offsets_.size() - 1];
    return span_at(source_, literal_, a, b > a ? b - a : 0);
  }

  bool error(size_t at_index, std::string message) {
    diagnostics_.push_back(Diagnostic{span(at_index, at_index + 1), Severity::Error, std::move(message)});
    return false;
  }

  // Reads a decimal number at `i`; returns the index after it.
  size_t number(size_t i, uint32_t& value) const {
    value = 0;
    while (is_digit(at(i))) {
      if (value <= kMaxFormatCount) value = value * 10 + static_cast<uint32_t>(at(i) - '0');
      i++;
    }
    return i;
  }

  size_t identifier(size_t i) const {
    while (is_ident_char(at(i))) i++;
    return i;
  }

  // `{arg:spec}` starting at the `{`; returns the index after the `}`, or 0 after an error.
  size_t placeholder(size_t open, FormatPiece& p) {
    size_t i = open + 1;
    if (is_digit(at(i))) {
      i = number(i, p.arg.index);
    } else if (is_ident_start(at(i))) {
      size_t end = identifier(i);
      p.arg.name = s_.substr(i, end - i);
      i = end;
    } else {
      p.arg.implicit = true;
    }
    if (at(i) == ':') {
      i = spec(i + 1, p.spec);
      if (i == 0) return 0;
    }
    if (i >= s_.size()) {
      error(open, "invalid format string: expected `}` but the string ended");
      return 0;
    }
    if (at(i) != '}') {
      error(i, "invalid format string: expected `}`, found `" + std::string(1, at(i)) + "`");
      return 0;
    }
    return i + 1;
  }

  // A width or precision: `8`, `1$` or `name$`. Leaves `i` unchanged if none is present.
  size_t count(size_t i, FormatCount& c) {
    if (is_digit(at(i))) {
      uint32_t value = 0;
      size_t end = number(i, value);
      if (at(end) == '$') {
        c.kind = FormatCount::Kind::Arg;
        c.arg.index = value;
        return end + 1;
      }
      if (value > kMaxFormatCount) {
        error(i, "invalid format string: width or precision is too large");
        return 0;
      }
      c.kind = FormatCount::Kind::Literal;
      c.value = value;
      return end;
    }
    if (is_ident_start(at(i))) {
      size_t end = identifier(i);
      if (at(end) == '$') {
        c.kind = FormatCount::Kind::Arg;
        c.arg.name = s_.substr(i, end - i);
        return end + 1;
      }
    }
    return i;
  }

  // `[[fill]align][sign]['#']['0'][width]['.' precision][type]`.
  size_t spec(size_t i, FormatSpec& spec) {
    auto align_of = [](char c) {
      return c == '<'   ? FormatAlign::Left
             : c == '^' ? FormatAlign::Center
             : c == '>' ? FormatAlign::Right
                        : FormatAlign::None;
    };
    size_t fill_len = 1;
    unsigned char lead = static_cast<unsigned char>(at(i));
    if (lead >= 0xF0)
      fill_len = 4;
    else if (lead >= 0xE0)
      fill_len = 3;
    else if (lead >= 0xC0)
      fill_len = 2;
    if (i + fill_len < s_.size() && at(i) != '}' && align_of(at(i + fill_len)) != FormatAlign::None) {
      std::string fill = s_.substr(i, fill_len);
      char32_t cp = static_cast<unsigned char>(fill[0]);
      if (fill_len > 1) {
        cp &= 0x7F >> fill_len;
        for (size_t k = 1; k < fill_len; k++) cp = (cp << 6) | (fill[k] & 0x3F);
      }
      spec.fill = cp;
      spec.align = align_of(at(i + fill_len));
      i += fill_len + 1;
    } else if (align_of(at(i)) != FormatAlign::None) {
      spec.align = align_of(at(i));
      i++;
    }
    if (at(i) == '+') {
      spec.sign_plus = true;
      i++;
    } else if (at(i) == '-') {
      spec.sign_minus = true;
      i++;
    }
    if (at(i) == '#') {
      spec.alternate = true;
      i++;
    }
    if (at(i) == '0' && at(i + 1) != '$') {
      spec.zero_pad = true;
      i++;
    }
    i = count(i, spec.width);
    if (i == 0) return 0;
    if (at(i) == '.') {
      i++;
      if (at(i) == '*') {
        spec.precision.kind = FormatCount::Kind::Arg;
        spec.precision.arg.implicit = true;
        i++;
      } else {
        size_t end = count(i, spec.precision);
        if (end == 0) return 0;
        if (end == i) {
          error(i, "invalid format string: expected a precision after `.`");
          return 0;
        }
        i = end;
      }
    }
    if (at(i) == '?') {
      spec.trait = FormatTrait::Debug;
      return i + 1;
    }
    if (is_ident_start(at(i))) {
      size_t end = identifier(i);
      std::string t = s_.substr(i, end - i);
      if (t == "x" && at(end) == '?') return (spec.trait = FormatTrait::Debug, end + 1);
      if (t == "X" && at(end) == '?') return (spec.trait = FormatTrait::Debug, end + 1);
      if (t == "x")
        spec.trait = FormatTrait::LowerHex;
      else if (t == "X")
        spec.trait = FormatTrait::UpperHex;
      else if (t == "o")
        spec.trait = FormatTrait::Octal;
      else if (t == "b")
        spec.trait = FormatTrait::Binary;
      else if (t == "e")
        spec.trait = FormatTrait::LowerExp;
      else if (t == "E")
        spec.trait = FormatTrait::UpperExp;
      else {
        error(i, "invalid format string: unknown format trait `" + t + "`");
        return 0;
      }
      return end;
    }
    return i;
  }
};

// "1 argument", "2 arguments", "no arguments".
std::string count_text(size_t n, const char* word) {
  if (n == 0) return std::string("no ") + word + "s";
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

bool parse_format_string(const CookedString& text, std::string_view source, const Span& literal_span, FormatString& out,
                         std::vector<Diagnostic>& diagnostics) {
  return FormatParser(text, source, literal_span, diagnostics).run(out);
}

// Implicit `{}` placeholders take positions in order (a `.*` precision takes one first, as in
// Rust); names bind to `name =` arguments or become captures; then counts are checked.
bool resolve_format_args(FormatString& format, const std::vector<FormatArgInfo>& args,
                         std::vector<Diagnostic>& diagnostics) {
  std::vector<bool> used(args.size(), false);
  size_t positional = 0;
  while (positional < args.size() && args[positional].name.empty()) positional++;
  uint32_t next = 0;
  uint32_t needed = 0;  // One more than the largest position referenced.
  bool missing = false;
  auto bind = [&](FormatArgRef& ref) {
    if (ref.implicit) ref.index = next++;
    if (!ref.name.empty()) {
      for (size_t k = 0; k < args.size(); k++) {
        if (args[k].name == ref.name) {
          ref.kind = FormatArgRef::Kind::Index;
          ref.index = static_cast<uint32_t>(k);
          used[k] = true;
          return;
        }
      }
      ref.kind = FormatArgRef::Kind::Capture;
      return;
    }
    ref.kind = FormatArgRef::Kind::Index;
    if (ref.index + 1 > needed) needed = ref.index + 1;
    if (ref.index < positional)
      used[ref.index] = true;
    else
      missing = true;
  };
  for (FormatPiece& p : format.pieces) {
    if (p.kind != FormatPiece::Kind::Placeholder) continue;
    if (p.spec.precision.kind == FormatCount::Kind::Arg) bind(p.spec.precision.arg);
    if (p.spec.width.kind == FormatCount::Kind::Arg) bind(p.spec.width.arg);
    bind(p.arg);
  }
  if (missing) {
    size_t given = positional;
    diagnostics.push_back(Diagnostic{format.span, Severity::Error,
                                     "format string needs " + count_text(needed, "positional argument") + " but " +
                                         (given == 0   ? std::string("none were")
                                          : given == 1 ? std::string("1 was")
                                                       : std::to_string(given) + " were") +
                                         " given"});
    return false;
  }
  bool ok = true;
  for (size_t k = 0; k < args.size(); k++) {
    if (!used[k]) {
      diagnostics.push_back(Diagnostic{args[k].span, Severity::Error, "argument never used"});
      ok = false;
    }
  }
  return ok;
}

}  // namespace ps::lang
