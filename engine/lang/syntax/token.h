// Tokens: kinds, and the token record the lexer produces.
//
// A token's text points into the source it was lexed from; nothing is copied. Lexical errors are
// tokens too (kind Error, with a LexError saying which), so the parser has one error path.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lang/base/source.h"

namespace ps::lang {

enum class TokenKind : uint8_t {
  // Names and literals.
  Ident,     // `foo`, or `r#match` (text is then `match`).
  Lifetime,  // `'a`, `'_`, `'static` (text includes the quote).
  Int,       // `1_000u32`, `0xff` (text includes any suffix).
  Float,     // `1.5`, `2e10`, `1f64`.
  Str,       // `"..."`, `r"..."`, `r#"..."#` (text includes quotes and prefix).
  Char,      // `'x'`, `'\n'` (text includes the quotes).
  ByteStr,   // `b"..."`, `br"..."`, `br#"..."#` (text includes quotes and prefix).
  ByteChar,  // `b'x'`, `b'\xff'` (text includes the prefix and quotes).

  // Delimiters and punctuation.
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Comma,
  Semi,
  Colon,
  ColonColon,
  Dot,
  DotDot,
  DotDotDot,
  DotDotEq,
  Arrow,
  FatArrow,
  Pound,
  Dollar,
  Question,
  At,
  Tilde,
  Underscore,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Caret,
  Bang,
  Amp,
  Pipe,
  AmpAmp,
  PipePipe,
  Shl,
  Shr,
  PlusEq,
  MinusEq,
  StarEq,
  SlashEq,
  PercentEq,
  CaretEq,
  AmpEq,
  PipeEq,
  ShlEq,
  ShrEq,
  Eq,
  EqEq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,

  // Keywords (strict keywords of Rust 2021 that the grammar uses).
  KwAs,
  KwAsync,
  KwAwait,
  KwBreak,
  KwConst,
  KwContinue,
  KwCrate,
  KwDyn,
  KwElse,
  KwEnum,
  KwExtern,
  KwFalse,
  KwFn,
  KwFor,
  KwIf,
  KwImpl,
  KwIn,
  KwLet,
  KwLoop,
  KwMatch,
  KwMod,
  KwMove,
  KwMut,
  KwPub,
  KwRef,
  KwReturn,
  KwSelfValue,
  KwSelfType,
  KwStatic,
  KwStruct,
  KwSuper,
  KwTrait,
  KwTrue,
  KwType,
  KwUnsafe,
  KwUse,
  KwWhere,
  KwWhile,

  // The invisible delimiters a `macro_rules!` expansion puts around an `expr` fragment (and
  // around an expansion in expression position), so `2 * double!(1 + 2)` keeps its grouping.
  GroupOpen,
  GroupClose,

  Error,  // A lexical error; `error` says which and `text` is the offending source.
  Eof,
};

// Which lexical error an Error token reports.
enum class LexError : uint8_t {
  None,
  UnexpectedChar,
  UnterminatedString,
  UnterminatedRawString,
  UnterminatedChar,
  UnterminatedBlockComment,
  UnknownEscape,
  BadUnicodeEscape,
  BadHexEscape,
  EmptyChar,
  CharTooLong,
  BadDigit,
  BadSuffix,
  EmptyExponent,
  NulByte,
  InvalidUtf8,
  SourceTooLarge,
  TooManyTokens,
};

struct Token {
  TokenKind kind = TokenKind::Eof;
  LexError error = LexError::None;
  std::string_view text;
  Span span;
  // The `macro_rules!` expansion this token was written in (0: the program's own text). Locals a
  // macro body binds resolve only to names of the same expansion (hygiene).
  uint32_t ctx = 0;
};

// How a token kind reads in a message: "`;`", "keyword `fn`", "identifier", "end of file".
const char* token_kind_name(TokenKind kind);

// Describes a particular token for "found ..." messages: "`;`", "identifier `foo`".
std::string describe_token(const Token& token);

// The message of an Error token, e.g. "unknown character escape `\q`".
std::string lex_error_message(const Token& token);

// True for the keyword kinds.
bool is_keyword(TokenKind kind);

}  // namespace ps::lang
