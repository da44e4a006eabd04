// The lexer turns source text into tokens that point into it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lang/syntax/token.h"

namespace ps::lang {

// Programs are pasted into a playground; 1 MiB is far beyond any tutorial and keeps the token
// array, the AST and the diagnostics comfortably small in a browser tab.
constexpr size_t kMaxSourceBytes = 1 << 20;

// A 1 MiB source could still hold a million one-byte tokens; this bound keeps the token array
// (and therefore the parser's work) small even for adversarial input.
constexpr size_t kMaxTokens = 1 << 18;

// Lexes the whole source. The result always ends with an Eof token. Lexical errors appear as
// Error tokens in place. Source that is too large, contains a NUL byte, or is not valid UTF-8
// yields a single located Error token followed by Eof.
std::vector<Token> lex(std::string_view source);

}  // namespace ps::lang
