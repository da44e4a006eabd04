#include "lang/syntax/token.h"

namespace ps::lang {

// Punctuation reads as itself in backticks; keywords say "keyword".
const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::Ident: return "identifier";
    case TokenKind::Lifetime: return "lifetime";
    case TokenKind::Int: return "integer literal";
    case TokenKind::Float: return "float literal";
    case TokenKind::Str: return "string literal";
    case TokenKind::Char: return "character literal";
    case TokenKind::ByteStr: return "byte string literal";
    case TokenKind::ByteChar: return "byte literal";
    case TokenKind::LParen: return "`(`";
    case TokenKind::RParen: return "`)`";
    case TokenKind::LBrace: return "`{`";
    case TokenKind::RBrace: return "`}`";
    case TokenKind::LBracket: return "`[`";
    case TokenKind::RBracket: return "`]`";
    case TokenKind::Comma: return "`,`";
    case TokenKind::Semi: return "`;`";
    case TokenKind::Colon: return "`:`";
    case TokenKind::ColonColon: return "`::`";
    case TokenKind::Dot: return "`.`";
    case TokenKind::DotDot: return "`..`";
    case TokenKind::DotDotDot: return "`...`";
    case TokenKind::DotDotEq: return "`..=`";
    case TokenKind::Arrow: return "`->`";
    case TokenKind::FatArrow: return "`=>`";
    case TokenKind::Pound: return "`#`";
    case TokenKind::Dollar: return "`$`";
    case TokenKind::Question: return "`?`";
    case TokenKind::At: return "`@`";
    case TokenKind::Tilde: return "`~`";
    case TokenKind::Underscore: return "`_`";
    case TokenKind::Plus: return "`+`";
    case TokenKind::Minus: return "`-`";
    case TokenKind::Star: return "`*`";
    case TokenKind::Slash: return "`/`";
    case TokenKind::Percent: return "`%`";
    case TokenKind::Caret: return "`^`";
    case TokenKind::Bang: return "`!`";
    case TokenKind::Amp: return "`&`";
    case TokenKind::Pipe: return "`|`";
    case TokenKind::AmpAmp: return "`&&`";
    case TokenKind::PipePipe: return "`||`";
    case TokenKind::Shl: return "`<<`";
    case TokenKind::Shr: return "`>>`";
    case TokenKind::PlusEq: return "`+=`";
    case TokenKind::MinusEq: return "`-=`";
    case TokenKind::StarEq: return "`*=`";
    case TokenKind::SlashEq: return "`/=`";
    case TokenKind::PercentEq: return "`%=`";
    case TokenKind::CaretEq: return "`^=`";
    case TokenKind::AmpEq: return "`&=`";
    case TokenKind::PipeEq: return "`|=`";
    case TokenKind::ShlEq: return "`<<=`";
    case TokenKind::ShrEq: return "`>>=`";
    case TokenKind::Eq: return "`=`";
    case TokenKind::EqEq: return "`==`";
    case TokenKind::Ne: return "`!=`";
    case TokenKind::Lt: return "`<`";
    case TokenKind::Le: return "`<=`";
    case TokenKind::Gt: return "`>`";
    case TokenKind::Ge: return "`>=`";
    case TokenKind::KwAs: return "keyword `as`";
    case TokenKind::KwAsync: return "keyword `async`";
    case TokenKind::KwAwait: return "keyword `await`";
    case TokenKind::KwBreak: return "keyword `break`";
    case TokenKind::KwConst: return "keyword `const`";
    case TokenKind::KwContinue: return "keyword `continue`";
    case TokenKind::KwCrate: return "keyword `crate`";
    case TokenKind::KwDyn: return "keyword `dyn`";
    case TokenKind::KwElse: return "keyword `else`";
    case TokenKind::KwEnum: return "keyword `enum`";
    case TokenKind::KwExtern: return "keyword `extern`";
    case TokenKind::KwFalse: return "keyword `false`";
    case TokenKind::KwFn: return "keyword `fn`";
    case TokenKind::KwFor: return "keyword `for`";
    case TokenKind::KwIf: return "keyword `if`";
    case TokenKind::KwImpl: return "keyword `impl`";
    case TokenKind::KwIn: return "keyword `in`";
    case TokenKind::KwLet: return "keyword `let`";
    case TokenKind::KwLoop: return "keyword `loop`";
    case TokenKind::KwMatch: return "keyword `match`";
    case TokenKind::KwMod: return "keyword `mod`";
    case TokenKind::KwMove: return "keyword `move`";
    case TokenKind::KwMut: return "keyword `mut`";
    case TokenKind::KwPub: return "keyword `pub`";
    case TokenKind::KwRef: return "keyword `ref`";
    case TokenKind::KwReturn: return "keyword `return`";
    case TokenKind::KwSelfValue: return "keyword `self`";
    case TokenKind::KwSelfType: return "keyword `Self`";
    case TokenKind::KwStatic: return "keyword `static`";
    case TokenKind::KwStruct: return "keyword `struct`";
    case TokenKind::KwSuper: return "keyword `super`";
    case TokenKind::KwTrait: return "keyword `trait`";
    case TokenKind::KwTrue: return "keyword `true`";
    case TokenKind::KwType: return "keyword `type`";
    case TokenKind::KwUnsafe: return "keyword `unsafe`";
    case TokenKind::KwUse: return "keyword `use`";
    case TokenKind::KwWhere: return "keyword `where`";
    case TokenKind::KwWhile: return "keyword `while`";
    case TokenKind::GroupOpen: return "start of a macro fragment";
    case TokenKind::GroupClose: return "end of a macro fragment";
    case TokenKind::Error: return "invalid token";
    case TokenKind::Eof: return "end of file";
  }
  return "token";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::KwAs && kind <= TokenKind::KwWhile; }

// Names and literals quote their text; everything else uses the kind's name.
std::string describe_token(const Token& token) {
  switch (token.kind) {
    case TokenKind::Ident: return "identifier `" + std::string(token.text) + "`";
    case TokenKind::Lifetime: return "lifetime `" + std::string(token.text) + "`";
    case TokenKind::Int:
    case TokenKind::Float: return "number `" + std::string(token.text) + "`";
    default: return token_kind_name(token.kind);
  }
}

// One sentence per lexical error; the token's text fills in the offending part.
std::string lex_error_message(const Token& token) {
  std::string text(token.text);
  switch (token.error) {
    case LexError::None: return "invalid token";
    case LexError::UnexpectedChar:
      if (text == "`") return "unexpected backtick (strings are written with `\"`)";
      return "unexpected character `" + text + "`";
    case LexError::UnterminatedString: return "unterminated string literal";
    case LexError::UnterminatedRawString: return "unterminated raw string literal";
    case LexError::UnterminatedChar: return "unterminated character literal";
    case LexError::UnterminatedBlockComment: return "unterminated block comment";
    case LexError::UnknownEscape: return "unknown character escape `" + text + "`";
    case LexError::BadUnicodeEscape: return "invalid unicode escape `" + text + "`";
    case LexError::BadHexEscape: return "invalid hex escape `" + text + "` (must be `\\x00` to `\\x7f`)";
    case LexError::EmptyChar: return "empty character literal";
    case LexError::CharTooLong: return "character literal may only contain one code point";
    case LexError::BadDigit: return "invalid digit `" + text + "` for this number base";
    case LexError::BadSuffix: return "invalid suffix `" + text + "` for number literal";
    case LexError::EmptyExponent: return "expected at least one digit in exponent";
    case LexError::NulByte: return "source contains a NUL byte";
    case LexError::InvalidUtf8: return "source is not valid UTF-8";
    case LexError::SourceTooLarge: return "source is too large (the limit is 1 MiB)";
    case LexError::TooManyTokens: return "source has too many tokens (the limit is 262144)";
  }
  return "invalid token";
}

}  // namespace ps::lang
