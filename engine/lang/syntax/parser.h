// The parser: source text in, an owning syntax tree and located diagnostics out.
//
// Recursive descent with one Pratt table for binary operators. After an error the parser
// synchronizes (to `;`, `}` or the next item keyword) and carries on, so one pass reports
// several errors. Constructs outside the subset (traits, trait objects, `unsafe`, ...) are
// parsed far enough to skip them and reported as "unsupported: ...".
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lang/base/source.h"
#include "lang/syntax/ast.h"

namespace ps::lang {

// Deepest nesting of expressions, blocks, patterns and types, counting each link of an operator
// or method chain as a level. Real programs stay far below it; the bound keeps the parser's own
// recursion (and every later pass over the tree) well inside a browser worker's stack.
constexpr int kMaxNesting = 256;

// After this many diagnostics the rest are dropped: by then they are mostly echoes of the first.
constexpr size_t kMaxDiagnostics = 100;

struct ParseResult {
  std::unique_ptr<Ast> ast;             // Always present, possibly with ErrorExpr nodes.
  std::vector<Diagnostic> diagnostics;  // Sorted by position.

  bool ok() const;  // True when no diagnostic is an error.
};

// Parses a whole program. Never throws and never crashes on any input.
ParseResult parse(std::string_view source);

}  // namespace ps::lang
