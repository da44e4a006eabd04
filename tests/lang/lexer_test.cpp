// Tests for lang/lexer.h: token kinds, spans, literals, comments and lexical errors.
#include "lang/syntax/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/base/literal.h"

namespace ps::lang {
namespace {

std::vector<TokenKind> kinds(std::string_view src) {
  std::vector<TokenKind> out;
  for (const Token& t : lex(src)) out.push_back(t.kind);
  return out;
}

std::vector<std::string> texts(std::string_view src) {
  std::vector<std::string> out;
  for (const Token& t : lex(src)) {
    if (t.kind != TokenKind::Eof) out.emplace_back(t.text);
  }
  return out;
}

using K = TokenKind;

TEST(Lexer, KeywordsIdentifiersAndRawIdentifiers) {
  EXPECT_EQ(
      kinds("async fn main r#match _ self Self"),
      (std::vector<K>{K::KwAsync, K::KwFn, K::Ident, K::Ident, K::Underscore, K::KwSelfValue, K::KwSelfType, K::Eof}));
  std::vector<Token> t = lex("r#match");
  EXPECT_EQ(t[0].text, "match");
  EXPECT_EQ(t[0].span.len, 7u);
}

TEST(Lexer, PunctuationUsesLongestMatch) {
  EXPECT_EQ(
      kinds(":: -> => .. ..= ... += <<= >>= && || != == <= >= # ?"),
      (std::vector<K>{K::ColonColon, K::Arrow, K::FatArrow, K::DotDot, K::DotDotEq, K::DotDotDot, K::PlusEq, K::ShlEq,
                      K::ShrEq, K::AmpAmp, K::PipePipe, K::Ne, K::EqEq, K::Le, K::Ge, K::Pound, K::Question, K::Eof}));
}

TEST(Lexer, LifetimesAreNotCharLiterals) {
  EXPECT_EQ(kinds("'a 'x' '_ '\\n' 'static"),
            (std::vector<K>{K::Lifetime, K::Char, K::Lifetime, K::Char, K::Lifetime, K::Eof}));
  EXPECT_EQ(kinds("Context<'_>"), (std::vector<K>{K::Ident, K::Lt, K::Lifetime, K::Gt, K::Eof}));
}

TEST(Lexer, NumbersWithSuffixesAndUnderscores) {
  EXPECT_EQ(texts("1_000u32 0xff 0b1010 1.5 2e10 1f64 3usize"),
            (std::vector<std::string>{"1_000u32", "0xff", "0b1010", "1.5", "2e10", "1f64", "3usize"}));
  EXPECT_EQ(kinds("1_000u32 1.5 1f64"), (std::vector<K>{K::Int, K::Float, K::Float, K::Eof}));
  IntLiteral v = parse_int("1_000u32");
  EXPECT_EQ(v.value, 1000u);
  EXPECT_EQ(v.suffix, "u32");
  EXPECT_EQ(parse_int("0xff").value, 255u);
  EXPECT_TRUE(parse_int("99999999999999999999999").overflow);
}

TEST(Lexer, RangesMethodCallsAndTupleIndicesAfterIntegers) {
  EXPECT_EQ(kinds("0..10"), (std::vector<K>{K::Int, K::DotDot, K::Int, K::Eof}));
  EXPECT_EQ(kinds("1.max(2)"), (std::vector<K>{K::Int, K::Dot, K::Ident, K::LParen, K::Int, K::RParen, K::Eof}));
  EXPECT_EQ(kinds("t.0.1"), (std::vector<K>{K::Ident, K::Dot, K::Float, K::Eof}));
}

TEST(Lexer, StringsWithEscapesAndUnicode) {
  std::vector<Token> t = lex(R"("a\n\t\\\"\'\0\u{1F680}" "Blastoff! 🚀")");
  ASSERT_EQ(t[0].kind, K::Str);
  EXPECT_EQ(cook_string(t[0].text, 0).value, std::string("a\n\t\\\"'\0\xF0\x9F\x9A\x80", 11));
  EXPECT_EQ(cook_string(t[1].text, 0).value, "Blastoff! 🚀");
}

TEST(Lexer, RawStrings) {
  std::vector<Token> t = lex(R"--(r"no \n escape" r#"has "quotes""#)--");
  ASSERT_EQ(t[0].kind, K::Str);
  ASSERT_EQ(t[1].kind, K::Str);
  EXPECT_EQ(cook_string(t[0].text, 0).value, "no \\n escape");
  EXPECT_EQ(cook_string(t[1].text, 0).value, "has \"quotes\"");
}

TEST(Lexer, CommentsNestAndDocCommentsAreIgnored) {
  EXPECT_EQ(kinds("a /* x /* y */ z */ b // c\n/// doc\n//! inner\nd"),
            (std::vector<K>{K::Ident, K::Ident, K::Ident, K::Eof}));
}

TEST(Lexer, ColumnsCountCodePoints) {
  std::vector<Token> t = lex("// 🚀 é\n\"🚀\" x");
  ASSERT_EQ(t[1].kind, K::Ident);
  EXPECT_EQ(t[1].span.line, 2u);
  EXPECT_EQ(t[1].span.col, 5u);
}

TEST(Lexer, ErrorTokensAreLocated) {
  std::vector<Token> t = lex("let s = \"bad \\q\";\nlet c = `;");
  ASSERT_EQ(t[3].kind, K::Error);
  EXPECT_EQ(t[3].error, LexError::UnknownEscape);
  EXPECT_EQ(lex_error_message(t[3]), "unknown character escape `\\q`");
  EXPECT_EQ(t[3].span.col, 14u);
  EXPECT_EQ(t[4].kind, K::Str);  // The string is still produced, for recovery.
  bool found = false;
  for (const Token& tok : t) {
    if (tok.kind == K::Error && tok.error == LexError::UnexpectedChar) {
      found = true;
      EXPECT_EQ(tok.span.line, 2u);
      EXPECT_EQ(tok.span.col, 9u);
    }
  }
  EXPECT_TRUE(found);
}

TEST(Lexer, UnterminatedStringAndComment) {
  std::vector<Token> t = lex("x \"abc");
  EXPECT_EQ(t[1].error, LexError::UnterminatedString);
  t = lex("x /* abc");
  EXPECT_EQ(t[1].error, LexError::UnterminatedBlockComment);
}

TEST(Lexer, NulByteIsALocatedError) {
  std::string src = std::string("fn main() {\n  \"a") + '\0' + "b\"\n}";
  std::vector<Token> t = lex(src);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].error, LexError::NulByte);
  EXPECT_EQ(t[0].span.line, 2u);
  EXPECT_EQ(t[0].span.col, 5u);
  EXPECT_EQ(t[1].kind, K::Eof);
}

TEST(Lexer, InvalidUtf8IsALocatedError) {
  for (std::string bad : {std::string("\xff"), std::string("\xc3"), std::string("\xc0\x80"),
                          std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80")}) {
    std::string src = "let é = 1;\nlet s = \"" + bad + "\";";
    std::vector<Token> t = lex(src);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].error, LexError::InvalidUtf8);
    EXPECT_EQ(t[0].span.line, 2u);
    EXPECT_EQ(t[0].span.col, 10u);
  }
}

TEST(Lexer, OversizedSourceIsRejected) {
  std::string big(kMaxSourceBytes + 1, ' ');
  std::vector<Token> t = lex(big);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].error, LexError::SourceTooLarge);
}

TEST(Lexer, TokenCountIsBounded) {
  std::string many;
  for (size_t i = 0; i < kMaxTokens + 10; i++) many += ";";
  std::vector<Token> t = lex(many);
  EXPECT_EQ(t.size(), kMaxTokens + 2);
  EXPECT_EQ(t[t.size() - 2].error, LexError::TooManyTokens);
}

TEST(Lexer, ByteLiteralsKeepTheirPrefixAndAcceptHighByteEscapes) {
  std::vector<Token> t = lex("b\"a\\xff\" br\"x\" b'\\x80'");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, K::ByteStr);
  EXPECT_EQ(t[0].text, "b\"a\\xff\"");
  EXPECT_EQ(t[1].kind, K::ByteStr);
  EXPECT_EQ(t[2].kind, K::ByteChar);
}

}  // namespace
}  // namespace ps::lang
