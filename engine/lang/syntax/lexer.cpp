#include "lang/syntax/lexer.h"

#include <cctype>

#include <utility>

#include "lang/base/literal.h"

namespace ps::lang {

namespace {

struct Keyword {
  std::string_view text;
  TokenKind kind;
};

// Strict keywords that the grammar uses; reserved words such as `yield` stay identifiers.
constexpr Keyword kKeywords[] = {
    {"as", TokenKind::KwAs},         {"async", TokenKind::KwAsync},   {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},   {"const", TokenKind::KwConst},   {"continue", TokenKind::KwContinue},
    {"crate", TokenKind::KwCrate},   {"dyn", TokenKind::KwDyn},       {"else", TokenKind::KwElse},
    {"enum", TokenKind::KwEnum},     {"extern", TokenKind::KwExtern}, {"false", TokenKind::KwFalse},
    {"fn", TokenKind::KwFn},         {"for", TokenKind::KwFor},       {"if", TokenKind::KwIf},
    {"impl", TokenKind::KwImpl},     {"in", TokenKind::KwIn},         {"let", TokenKind::KwLet},
    {"loop", TokenKind::KwLoop},     {"match", TokenKind::KwMatch},   {"mod", TokenKind::KwMod},
    {"move", TokenKind::KwMove},     {"mut", TokenKind::KwMut},       {"pub", TokenKind::KwPub},
    {"ref", TokenKind::KwRef},       {"return", TokenKind::KwReturn}, {"self", TokenKind::KwSelfValue},
    {"Self", TokenKind::KwSelfType}, {"static", TokenKind::KwStatic}, {"struct", TokenKind::KwStruct},
    {"super", TokenKind::KwSuper},   {"trait", TokenKind::KwTrait},   {"true", TokenKind::KwTrue},
    {"type", TokenKind::KwType},     {"unsafe", TokenKind::KwUnsafe}, {"use", TokenKind::KwUse},
    {"where", TokenKind::KwWhere},   {"while", TokenKind::KwWhile},
};

bool is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Scans the source once, producing every token into `tokens_`.
class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}

  std::vector<Token> run() {
    if (!check_source()) return std::move(tokens_);
    skip_shebang();
    for (;;) {
      if (tokens_.size() >= kMaxTokens) {
        begin();
        push_error(LexError::TooManyTokens);
        break;
      }
      skip_trivia();
      begin();
      if (at_end()) break;
      scan_token();
    }
    begin();
    push(TokenKind::Eof);
    return std::move(tokens_);
  }

 private:
  std::string_view src_;
  std::vector<Token> tokens_;
  uint32_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t col_ = 1;
  Span start_;  // Where the current token began (len unset).

  bool at_end() const { return pos_ >= src_.size(); }
  unsigned char peek(uint32_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? static_cast<unsigned char>(src_[pos_ + ahead]) : 0;
  }

  // Moves one byte forward, keeping line and column (in code points) up to date.
  void advance() {
    unsigned char c = peek();
    pos_++;
    if (c == '\n') {
      line_++;
      col_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      col_++;
    }
  }

  void advance(uint32_t n) {
    for (uint32_t i = 0; i < n && !at_end(); i++) advance();
  }

  // Moves past one whole code point.
  void advance_code_point() {
    advance();
    while (!at_end() && (peek() & 0xC0) == 0x80) advance();
  }

  void begin() { start_ = Span{pos_, 0, line_, col_}; }

  // Pushes a token spanning from the recorded start to the current position.
  void push(TokenKind kind) {
    Span s = start_;
    s.len = pos_ - s.offset;
    tokens_.push_back(Token{kind, LexError::None, src_.substr(s.offset, s.len), s});
  }

  void push_error(LexError error) { push_error_at(error, start_, pos_ - start_.offset); }

  void push_error_at(LexError error, Span at, uint32_t len) {
    at.len = len;
    tokens_.push_back(Token{TokenKind::Error, error, src_.substr(at.offset, len), at});
  }

  // Rejects oversized input, NUL bytes and invalid UTF-8 before any token is made, reporting the
  // first problem at its exact line and column.
  bool check_source() {
    if (src_.size() > kMaxSourceBytes) {
      begin();
      push_error_at(LexError::SourceTooLarge, start_, 0);
      push(TokenKind::Eof);
      return false;
    }
    while (!at_end()) {
      begin();
      unsigned char c = peek();
      uint32_t n = utf8_sequence_length(pos_);
      if (c == 0) {
        push_error_at(LexError::NulByte, start_, 1);
      } else if (n == 0) {
        push_error_at(LexError::InvalidUtf8, start_, 1);
      } else {
        advance(n);
        continue;
      }
      pos_ = 0;
      line_ = 1;
      col_ = 1;
      begin();
      push(TokenKind::Eof);
      tokens_.back().span = tokens_.front().span;
      tokens_.back().span.len = 0;
      return false;
    }
    pos_ = 0;
    line_ = 1;
    col_ = 1;
    return true;
  }

  // The length of the well-formed UTF-8 sequence at `at`, or 0 if it is malformed (overlong,
  // surrogate, above U+10FFFF, or truncated).
  uint32_t utf8_sequence_length(uint32_t at) const {
    auto byte = [&](uint32_t i) -> unsigned char {
      return at + i < src_.size() ? static_cast<unsigned char>(src_[at + i]) : 0;
    };
    unsigned char c = byte(0);
    if (c < 0x80) return 1;
    auto cont = [&](uint32_t i) { return (byte(i) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
      unsigned char c1 = byte(1);
      if (c == 0xE0 && c1 < 0xA0) return 0;
      if (c == 0xED && c1 >= 0xA0) return 0;
      return cont(1) && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      unsigned char c1 = byte(1);
      if (c == 0xF0 && c1 < 0x90) return 0;
      if (c == 0xF4 && c1 >= 0x90) return 0;
      return cont(1) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
  }

  // A `#!` first line that is not an inner attribute `#![...]` is a shebang and is skipped.
  void skip_shebang() {
    if (peek() == '#' && peek(1) == '!' && peek(2) != '[') {
      while (!at_end() && peek() != '\n') advance();
    }
  }

  // Skips whitespace, line comments and (nested) block comments. An unterminated block comment
  // becomes an error token located at its opening `/*`.
  void skip_trivia() {
    for (;;) {
      unsigned char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (!at_end() && peek() != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        begin();
        advance(2);
        int depth = 1;
        while (!at_end() && depth > 0) {
          if (peek() == '/' && peek(1) == '*') {
            advance(2);
            depth++;
          } else if (peek() == '*' && peek(1) == '/') {
            advance(2);
            depth--;
          } else {
            advance();
          }
        }
        if (depth > 0) push_error_at(LexError::UnterminatedBlockComment, start_, 2);
      } else {
        return;
      }
    }
  }

  // Dispatches on the first byte of a token.
  void scan_token() {
    unsigned char c = peek();
    if (c == 'r' && peek(1) == '#' && is_ident_start(peek(2))) return raw_identifier();
    if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) {
      return raw_string();
    }
    if (c == 'b' && (peek(1) == '"' || peek(1) == '\'' || (peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')))) {
      return byte_literal();
    }
    if (is_ident_start(c)) return identifier();
    if (is_digit(c)) return number();
    if (c == '"') return string();
    if (c == '\'') return char_or_lifetime();
    if (c >= 0x80) {
      advance_code_point();
      return push_error(LexError::UnexpectedChar);
    }
    punctuation();
  }

  void identifier() {
    while (is_ident_char(peek())) advance();
    std::string_view text = src_.substr(start_.offset, pos_ - start_.offset);
    if (text == "_") return push(TokenKind::Underscore);
    for (const Keyword& k : kKeywords) {
      if (k.text == text) return push(k.kind);
    }
    push(TokenKind::Ident);
  }

  // `r#name`: an identifier whose text excludes the `r#`, so `r#match` is a name, not a keyword.
  void raw_identifier() {
    advance(2);
    while (is_ident_char(peek())) advance();
    push(TokenKind::Ident);
    tokens_.back().text = tokens_.back().text.substr(2);
  }

  // Integers and floats with underscores, radix prefixes, exponents and type suffixes.
  void number() {
    bool is_float = false;
    uint32_t radix = 10;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
      radix = peek(1) == 'x' ? 16 : peek(1) == 'o' ? 8 : 2;
      advance(2);
    }
    auto digit_ok = [&](unsigned char c) {
      if (radix == 16) return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      return is_digit(c);
    };
    std::vector<Token> errors;
    while (digit_ok(peek()) || peek() == '_') {
      if (is_digit(peek()) && static_cast<uint32_t>(peek() - '0') >= radix) {
        Span at{pos_, 1, line_, col_};
        errors.push_back(Token{TokenKind::Error, LexError::BadDigit, src_.substr(pos_, 1), at});
      }
      advance();
    }
    if (radix == 10) {
      // `1.5` and `1.` are floats; `1..2`, `1.foo()` and `t.0.1` keep the integer.
      if (peek() == '.' && peek(1) != '.' && !is_ident_start(peek(1))) {
        is_float = true;
        advance();
        while (is_digit(peek()) || peek() == '_') advance();
      }
      if ((peek() == 'e' || peek() == 'E') &&
          (is_digit(peek(1)) || peek(1) == '_' || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
        is_float = true;
        advance(2);
        while (is_digit(peek()) || peek() == '_') advance();
      }
    }
    Span suffix_at{pos_, 0, line_, col_};
    while (is_ident_char(peek())) advance();
    std::string_view suffix = src_.substr(suffix_at.offset, pos_ - suffix_at.offset);
    if (is_float_suffix(suffix) && radix == 10) is_float = true;
    bool suffix_ok = suffix.empty() || is_float_suffix(suffix) || (!is_float && is_int_suffix(suffix));
    for (Token& e : errors) tokens_.push_back(e);
    if (!suffix_ok) {
      push_error_at(LexError::BadSuffix, suffix_at, static_cast<uint32_t>(suffix.size()));
    }
    push(is_float ? TokenKind::Float : TokenKind::Int);
  }

  // An ordinary string. Bad escapes become error tokens placed before the string token, which
  // is still produced so parsing continues normally.
  void string() {
    advance();
    std::vector<Token> errors;
    while (!at_end() && peek() != '"') {
      if (peek() == '\\') {
        Span at{pos_, 0, line_, col_};
        Escape e = read_escape(src_.substr(pos_));
        if (!e.ok) {
          LexError kind = e.bad_unicode ? LexError::BadUnicodeEscape
                          : e.bad_hex   ? LexError::BadHexEscape
                                        : LexError::UnknownEscape;
          uint32_t len = e.length == 0 ? 1 : e.length;
          at.len = len;
          errors.push_back(Token{TokenKind::Error, kind, src_.substr(at.offset, len), at});
        }
        advance(e.length == 0 ? 1 : e.length);
      } else {
        advance();
      }
    }
    for (Token& e : errors) tokens_.push_back(e);
    if (at_end()) return push_error_at(LexError::UnterminatedString, start_, 1);
    advance();
    push(TokenKind::Str);
  }

  // `r"..."` or `r#"..."#` with any number of hashes; no escapes.
  void raw_string() {
    advance();
    uint32_t hashes = 0;
    while (peek() == '#') {
      hashes++;
      advance();
    }
    if (peek() != '"') return push_error(LexError::UnexpectedChar);
    advance();
    for (;;) {
      if (at_end()) return push_error_at(LexError::UnterminatedRawString, start_, 1);
      if (peek() == '"') {
        uint32_t n = 0;
        while (n < hashes && peek(1 + n) == '#') n++;
        if (n == hashes) {
          advance(1 + hashes);
          return push(TokenKind::Str);
        }
      }
      advance();
    }
  }

  // `b"..."`, `br"..."` and `b'x'`: lexed as the string or char after the `b` (kept in the
  // token's text), where `\x80` to `\xff` are bytes rather than errors. The parser decodes them
  // and refuses characters outside ASCII.
  void byte_literal() {
    size_t first = tokens_.size();
    advance();
    if (peek() == 'r') {
      raw_string();
    } else if (peek() == '"') {
      string();
    } else {
      char_or_lifetime();
    }
    std::vector<Token> made(tokens_.begin() + static_cast<std::ptrdiff_t>(first), tokens_.end());
    tokens_.resize(first);
    for (Token& t : made) {
      bool high_byte = t.error == LexError::BadHexEscape && t.text.size() == 4 &&  // `\x80`..`\xff`
                       std::isxdigit(static_cast<unsigned char>(t.text[2])) &&
                       std::isxdigit(static_cast<unsigned char>(t.text[3]));
      if (high_byte) continue;
      if (t.kind == TokenKind::Str) t.kind = TokenKind::ByteStr;
      if (t.kind == TokenKind::Char) t.kind = TokenKind::ByteChar;
      tokens_.push_back(t);
    }
  }

  // After a `'`: a char literal if a single code point or escape is followed by `'`, otherwise a
  // lifetime such as `'a` or `'_`.
  void char_or_lifetime() {
    advance();
    if (peek() == '\\') {
      Span at{pos_, 0, line_, col_};
      Escape e = read_escape(src_.substr(pos_));
      advance(e.length == 0 ? 1 : e.length);
      if (peek() != '\'') return push_error(LexError::UnterminatedChar);
      advance();
      if (!e.ok || e.continuation) {
        LexError kind = e.bad_unicode ? LexError::BadUnicodeEscape
                        : e.bad_hex   ? LexError::BadHexEscape
                                      : LexError::UnknownEscape;
        push_error_at(kind, at, e.length == 0 ? 1 : e.length);
      }
      return push(TokenKind::Char);
    }
    if (peek() == '\'') {
      advance();
      push_error(LexError::EmptyChar);
      return push(TokenKind::Char);
    }
    if (at_end() || peek() == '\n') return push_error(LexError::UnterminatedChar);
    unsigned char first = peek();
    advance_code_point();
    if (peek() == '\'') {
      advance();
      return push(TokenKind::Char);
    }
    if (is_ident_start(first)) {
      while (is_ident_char(peek())) advance();
      if (peek() == '\'') {
        advance();
        push_error(LexError::CharTooLong);
        return push(TokenKind::Char);
      }
      return push(TokenKind::Lifetime);
    }
    push_error(LexError::UnterminatedChar);
  }

  // Longest match over Rust's punctuation.
  void punctuation() {
    unsigned char c = peek();
    unsigned char c1 = peek(1);
    unsigned char c2 = peek(2);
    auto take = [&](uint32_t n, TokenKind kind) {
      advance(n);
      push(kind);
    };
    switch (c) {
      case '(': return take(1, TokenKind::LParen);
      case ')': return take(1, TokenKind::RParen);
      case '{': return take(1, TokenKind::LBrace);
      case '}': return take(1, TokenKind::RBrace);
      case '[': return take(1, TokenKind::LBracket);
      case ']': return take(1, TokenKind::RBracket);
      case ',': return take(1, TokenKind::Comma);
      case ';': return take(1, TokenKind::Semi);
      case '#': return take(1, TokenKind::Pound);
      case '$': return take(1, TokenKind::Dollar);
      case '?': return take(1, TokenKind::Question);
      case '@': return take(1, TokenKind::At);
      case '~': return take(1, TokenKind::Tilde);
      case ':': return c1 == ':' ? take(2, TokenKind::ColonColon) : take(1, TokenKind::Colon);
      case '.':
        if (c1 == '.' && c2 == '=') return take(3, TokenKind::DotDotEq);
        if (c1 == '.' && c2 == '.') return take(3, TokenKind::DotDotDot);
        if (c1 == '.') return take(2, TokenKind::DotDot);
        return take(1, TokenKind::Dot);
      case '-':
        if (c1 == '>') return take(2, TokenKind::Arrow);
        if (c1 == '=') return take(2, TokenKind::MinusEq);
        return take(1, TokenKind::Minus);
      case '=':
        if (c1 == '>') return take(2, TokenKind::FatArrow);
        if (c1 == '=') return take(2, TokenKind::EqEq);
        return take(1, TokenKind::Eq);
      case '<':
        if (c1 == '<' && c2 == '=') return take(3, TokenKind::ShlEq);
        if (c1 == '<') return take(2, TokenKind::Shl);
        if (c1 == '=') return take(2, TokenKind::Le);
        return take(1, TokenKind::Lt);
      case '>':
        if (c1 == '>' && c2 == '=') return take(3, TokenKind::ShrEq);
        if (c1 == '>') return take(2, TokenKind::Shr);
        if (c1 == '=') return take(2, TokenKind::Ge);
        return take(1, TokenKind::Gt);
      case '&':
        if (c1 == '&') return take(2, TokenKind::AmpAmp);
        if (c1 == '=') return take(2, TokenKind::AmpEq);
        return take(1, TokenKind::Amp);
      case '|':
        if (c1 == '|') return take(2, TokenKind::PipePipe);
        if (c1 == '=') return take(2, TokenKind::PipeEq);
        return take(1, TokenKind::Pipe);
      case '+': return c1 == '=' ? take(2, TokenKind::PlusEq) : take(1, TokenKind::Plus);
      case '*': return c1 == '=' ? take(2, TokenKind::StarEq) : take(1, TokenKind::Star);
      case '/': return c1 == '=' ? take(2, TokenKind::SlashEq) : take(1, TokenKind::Slash);
      case '%': return c1 == '=' ? take(2, TokenKind::PercentEq) : take(1, TokenKind::Percent);
      case '^': return c1 == '=' ? take(2, TokenKind::CaretEq) : take(1, TokenKind::Caret);
      case '!': return c1 == '=' ? take(2, TokenKind::Ne) : take(1, TokenKind::Bang);
      default: advance(); return push_error(LexError::UnexpectedChar);
    }
  }
};

}  // namespace

std::vector<Token> lex(std::string_view source) { return Lexer(source).run(); }

}  // namespace ps::lang
