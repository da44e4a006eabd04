// Text-level pieces of formatting: UTF-8, padding to a width, and Rust's `escape_debug`.
#include <cstdio>
#include <string>

#include "lang/fmt/fmt.h"

namespace ps::lang {

namespace {

// Code points that `char::escape_debug` prints as `\u{…}`: control characters, format
// characters, separators other than ' ', private use and a few unassigned blocks. Rust's own
// table also covers every unassigned code point; this one does not (see fmt.h).
bool is_printable(char32_t c) {
  struct Range {
    char32_t lo, hi;
  };
  static const Range kHidden[] = {
      {0x0, 0x1F},        {0x7F, 0x9F},       {0xA0, 0xA0},       {0xAD, 0xAD},        {0x600, 0x605},
      {0x61C, 0x61C},     {0x6DD, 0x6DD},     {0x70F, 0x70F},     {0x890, 0x891},      {0x8E2, 0x8E2},
      {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},   {0x2028, 0x202F},    {0x205F, 0x2064},
      {0x2066, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},   {0xFDD0, 0xFDEF},    {0xFEFF, 0xFEFF},
      {0xFFF0, 0xFFFB},   {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F},  {0x1BCA0, 0x1BCA3},
      {0x1D173, 0x1D17A}, {0x40000, 0xDFFFF}, {0xE0000, 0xE00FF}, {0xE01F0, 0x10FFFF},
  };
  for (const Range& r : kHidden) {
    if (c >= r.lo && c <= r.hi) return false;
  }
  return (c & 0xFFFE) != 0xFFFE;  // the two noncharacters at the end of every plane
}

// Combining marks (Unicode's Grapheme_Extend, main blocks only): escaped when they would
// otherwise attach to the opening quote.
bool is_grapheme_extend(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) || (c >= 0x591 && c <= 0x5BD) ||
         (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || c == 0x200C || (c >= 0x20D0 && c <= 0x20F0) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

// Decodes one code point at s[i], advancing i; invalid bytes decode as U+FFFD.
char32_t next_utf8(std::string_view s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i++]);
  size_t extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (b >= 0x80 && extra == 0) return 0xFFFD;
  char32_t c = extra == 0 ? b : (b & (0x3F >> extra));
  for (size_t k = 0; k < extra; k++) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return c;
}

// Appends `n` copies of the fill character.
void append_fill(std::string& out, char32_t fill, size_t n) {
  std::string one;
  append_utf8(one, fill);
  for (size_t k = 0; k < n; k++) out += one;
}

}  // namespace

// Counts bytes that do not continue a sequence.
size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) n++;
  }
  return n;
}

// Fill before and after: the extra column of a centred odd padding goes to the right.
void pad_to_width(const FormatFlags& f, std::string_view s, FormatAlign default_align, std::string& out) {
  size_t len = utf8_length(s);
  if (!f.has_width || len >= f.width) {
    out += s;
    return;
  }
  size_t pad = f.width - len;
  FormatAlign align = f.align == FormatAlign::None ? default_align : f.align;
  size_t before = align == FormatAlign::Right ? pad : align == FormatAlign::Center ? pad / 2 : 0;
  append_fill(out, f.fill, before);
  out += s;
  append_fill(out, f.fill, pad - before);
}

// Precision counts chars, not bytes.
void pad_str(const FormatFlags& f, std::string_view s, std::string& out) {
  if (f.has_precision) {
    size_t i = 0;
    for (size_t n = 0; n < f.precision && i < s.size(); n++) next_utf8(s, i);
    s = s.substr(0, i);
  }
  pad_to_width(f, s, FormatAlign::Left, out);
}

// With `0`, the sign goes first and zeros fill up to the width whatever the fill and
// alignment say; otherwise the whole text is padded, right-aligned by default.
void pad_number(const FormatFlags& f, std::string_view sign, std::string_view body, std::string& out) {
  size_t len = sign.size() + body.size();
  if (!f.has_width || len >= f.width) {
    out += sign;
    out += body;
  } else if (f.zero_pad) {
    out += sign;
    out.append(f.width - len, '0');
    out += body;
  } else {
    std::string all(sign);
    all += body;
    pad_to_width(f, all, FormatAlign::Right, out);
  }
}

// `\n`-style escapes, the quote of the enclosing literal, then `\u{hex}` for what is not
// printable.
void escape_debug_char(char32_t c, bool in_str, bool first, std::string& out) {
  switch (c) {
    case '\0': out += "\\0"; return;
    case '\t': out += "\\t"; return;
    case '\r': out += "\\r"; return;
    case '\n': out += "\\n"; return;
    case '\\': out += "\\\\"; return;
    case '"': out += in_str ? "\\\"" : "\""; return;
    case '\'': out += in_str ? "'" : "\\'"; return;
    default: break;
  }
  if (!is_printable(c) || (first && is_grapheme_extend(c))) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(c));
    out += buf;
    return;
  }
  append_utf8(out, c);
}

// Only the first char of a string can be a combining mark that needs escaping.
void debug_str(std::string_view s, std::string& out) {
  out += '"';
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    escape_debug_char(next_utf8(s, i), true, first, out);
    first = false;
  }
  out += '"';
}

}  // namespace ps::lang
