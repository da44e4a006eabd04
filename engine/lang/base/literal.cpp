#include "lang/base/literal.h"

#include <cstdlib>

namespace ps::lang {

namespace {

// The largest Unicode scalar value; `\u{...}` above it, or in the surrogate range, is rejected.
constexpr char32_t kMaxCodePoint = 0x10FFFF;

// Rust allows at most six hex digits inside `\u{...}`.
constexpr int kMaxUnicodeEscapeDigits = 6;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Length of the UTF-8 sequence introduced by lead byte `c` (1 for ASCII or invalid bytes).
uint32_t utf8_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Decodes one UTF-8 sequence; the source was validated by the lexer.
char32_t decode_utf8(std::string_view s, uint32_t* length) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  uint32_t n = utf8_length(c);
  if (n > s.size()) n = 1;
  *length = n;
  if (n == 1) return c;
  char32_t cp = c & (0x7F >> n);
  for (uint32_t i = 1; i < n; i++) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

}  // namespace

// Handles the simple escapes, `\x7F`, `\u{...}` and line continuations.
Escape read_escape(std::string_view text) {
  Escape e;
  if (text.size() < 2) {
    e.length = static_cast<uint32_t>(text.size());
    return e;
  }
  e.length = 2;
  e.ok = true;
  switch (text[1]) {
    case 'n': e.value = '\n'; return e;
    case 'r': e.value = '\r'; return e;
    case 't': e.value = '\t'; return e;
    case '\\': e.value = '\\'; return e;
    case '0': e.value = 0; return e;
    case '\'': e.value = '\''; return e;
    case '"': e.value = '"'; return e;
    case '\n': {
      e.continuation = true;
      uint32_t i = 2;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
        i++;
      }
      e.length = i;
      return e;
    }
    case 'x': {
      if (text.size() < 4 || hex_value(text[2]) < 0 || hex_value(text[3]) < 0) {
        e.ok = false;
        e.bad_hex = true;
        e.length = text.size() < 4 ? static_cast<uint32_t>(text.size()) : 4;
        return e;
      }
      e.length = 4;
      e.value = static_cast<char32_t>(hex_value(text[2]) * 16 + hex_value(text[3]));
      if (e.value > 0x7F) {
        e.ok = false;
        e.bad_hex = true;
      }
      return e;
    }
    case 'u': {
      e.ok = false;
      e.bad_unicode = true;
      if (text.size() < 3 || text[2] != '{') return e;
      uint32_t i = 3;
      char32_t cp = 0;
      int digits = 0;
      while (i < text.size() && text[i] != '}') {
        if (text[i] == '_') {
          i++;
          continue;
        }
        int h = hex_value(text[i]);
        if (h < 0 || digits == kMaxUnicodeEscapeDigits) {
          e.length = i;
          return e;
        }
        cp = cp * 16 + static_cast<char32_t>(h);
        digits++;
        i++;
      }
      if (i >= text.size()) {
        e.length = i;
        return e;
      }
      e.length = i + 1;
      if (digits == 0 || cp > kMaxCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) return e;
      e.value = cp;
      e.ok = true;
      e.bad_unicode = false;
      return e;
    }
    default: {
      uint32_t n = 0;
      decode_utf8(text.substr(1), &n);
      e.length = 1 + n;
      e.ok = false;
      return e;
    }
  }
}

// Standard UTF-8 encoding of a scalar value.
void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Strips the quotes (and for raw strings the `r` and hashes), then decodes escapes in ordinary
// strings, recording where each output byte came from.
CookedString cook_string(std::string_view text, uint32_t base) {
  CookedString out;
  bool raw = !text.empty() && text[0] == 'r';
  size_t start = 0;
  size_t hashes = 0;
  if (raw) {
    start = 1;
    while (start < text.size() && text[start] == '#') {
      start++;
      hashes++;
    }
  }
  start++;  // The opening quote.
  size_t end = text.size() >= start + 1 + hashes ? text.size() - 1 - hashes : start;
  if (end < start) end = start;
  size_t i = start;
  while (i < end) {
    if (!raw && text[i] == '\\') {
      Escape e = read_escape(text.substr(i, end - i));
      if (e.length == 0) e.length = 1;
      if (e.continuation) {
        i += e.length;
        continue;
      }
      if (e.ok) {
        size_t before = out.value.size();
        append_utf8(out.value, e.value);
        for (size_t k = before; k < out.value.size(); k++) {
          out.offsets.push_back(base + static_cast<uint32_t>(i));
        }
      } else {
        for (uint32_t k = 0; k < e.length; k++) {
          out.value += text[i + k];
          out.offsets.push_back(base + static_cast<uint32_t>(i + k));
        }
      }
      i += e.length;
      continue;
    }
    if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') {
      i++;  // CRLF inside a literal reads as LF, as in rustc.
      continue;
    }
    out.value += text[i];
    out.offsets.push_back(base + static_cast<uint32_t>(i));
    i++;
  }
  out.offsets.push_back(base + static_cast<uint32_t>(end));
  return out;
}

// A char literal is exactly one code point or one escape between single quotes.
std::optional<char32_t> cook_char(std::string_view text) {
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return std::nullopt;
  std::string_view body = text.substr(1, text.size() - 2);
  if (body[0] == '\\') {
    Escape e = read_escape(body);
    if (!e.ok || e.continuation || e.length != body.size()) return std::nullopt;
    return e.value;
  }
  uint32_t n = 0;
  char32_t cp = decode_utf8(body, &n);
  if (n != body.size()) return std::nullopt;
  return cp;
}

bool is_int_suffix(std::string_view s) {
  return s == "u8" || s == "u16" || s == "u32" || s == "u64" || s == "u128" || s == "usize" || s == "i8" ||
         s == "i16" || s == "i32" || s == "i64" || s == "i128" || s == "isize";
}

bool is_float_suffix(std::string_view s) { return s == "f32" || s == "f64"; }

// Reads digits in the literal's radix, skipping underscores, until the suffix starts.
IntLiteral parse_int(std::string_view text) {
  IntLiteral lit;
  uint64_t radix = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    radix = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    i = 2;
  }
  for (; i < text.size(); i++) {
    char c = text[i];
    if (c == '_') continue;
    int d = hex_value(c);
    if (d < 0 || static_cast<uint64_t>(d) >= radix) break;
    if (lit.value > (UINT64_MAX - static_cast<uint64_t>(d)) / radix) lit.overflow = true;
    lit.value = lit.value * radix + static_cast<uint64_t>(d);
  }
  lit.suffix = text.substr(i);
  return lit;
}

// Copies the digits without underscores and hands them to strtod.
FloatLiteral parse_float(std::string_view text) {
  FloatLiteral lit;
  std::string digits;
  size_t i = 0;
  for (; i < text.size(); i++) {
    char c = text[i];
    if (c == '_') continue;
    if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' ||
        ((c == '+' || c == '-') && i > 0 && (text[i - 1] == 'e' || text[i - 1] == 'E'))) {
      digits += c;
      continue;
    }
    break;
  }
  lit.suffix = text.substr(i);
  lit.value = std::strtod(digits.c_str(), nullptr);
  return lit;
}

}  // namespace ps::lang
