// A compact S-expression rendering of the syntax tree, for tests and debugging.
//
//   a + b * c          =>  (+ a (* b c))
//   x.foo::<T>(1).await?  =>  (? (await (method x foo::<> 1)))
//   if let Some(v) = o { v } else { 0 }  =>  (if-let (Some v) o {v} else {0})
//
// Blocks print as `{stmt; stmt; tail}`; items as `(fn name (params) body)` and so on.
#pragma once

#include <string>

#include "lang/syntax/ast.h"

namespace ps::lang {

std::string dump(const Expr* e);
std::string dump(const Pattern* p);
std::string dump(const Block* b);
std::string dump(const Stmt* s);
std::string dump(const Item* item);
std::string dump(const FormatString& f);
// Every top-level item, one per line.
std::string dump(const Ast& ast);

}  // namespace ps::lang
