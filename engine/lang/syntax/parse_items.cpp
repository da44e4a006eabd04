// Items: use, struct, enum, fn, impl, const/static, type aliases, inline modules, `extern crate`,
// attributes and visibility. Traits, file modules, extern blocks and macro definitions are skipped
// with "unsupported: ...".
#include <utility>

#include "lang/syntax/parser_internal.h"

namespace ps::lang {

// True when the current token begins an item rather than a statement or expression.
bool Parser::at_item_start() const {
  TokenKind k = current().kind;
  TokenKind n = peek().kind;
  switch (k) {
    case TokenKind::KwUse:
    case TokenKind::KwStruct:
    case TokenKind::KwEnum:
    case TokenKind::KwFn:
    case TokenKind::KwImpl:
    case TokenKind::KwTrait:
    case TokenKind::KwMod:
    case TokenKind::KwType:
    case TokenKind::KwStatic:
    case TokenKind::KwExtern:
    case TokenKind::KwPub: return true;
    case TokenKind::KwConst:
      return n == TokenKind::Ident || n == TokenKind::Underscore || n == TokenKind::KwFn || n == TokenKind::KwAsync ||
             n == TokenKind::KwUnsafe;
    case TokenKind::KwAsync: return n == TokenKind::KwFn || n == TokenKind::KwUnsafe;
    case TokenKind::KwUnsafe:
      return n == TokenKind::KwFn || n == TokenKind::KwImpl || n == TokenKind::KwTrait || n == TokenKind::KwExtern;
    case TokenKind::Ident: {
      size_t bang = 0;
      return (current().text == "macro_rules" && n == TokenKind::Bang) ||
             (current().text == "union" && n == TokenKind::Ident) || user_macro_at(pos_, bang) != nullptr;
    }
    default: return false;
  }
}

// item := attribute* visibility? (use | struct | enum | fn | impl | const | static | type)
// Returns null for skipped (unsupported) items.
Item* Parser::item(std::vector<Attribute> attrs) {
  Span start = attrs.empty() ? current().span : attrs.front().span;
  Item* it = ast_.arena.make<Item>();
  it->attrs = std::move(attrs);
  it->is_pub = visibility();
  TokenKind k = current().kind;
  TokenKind n = peek().kind;
  switch (k) {
    case TokenKind::KwUse: use_item(it); break;
    case TokenKind::KwStruct: struct_item(it); break;
    case TokenKind::KwEnum: enum_item(it); break;
    case TokenKind::KwImpl: impl_item(it); break;
    case TokenKind::KwStatic: const_item(it, true); break;
    case TokenKind::KwType: type_alias_item(it); break;
    case TokenKind::KwFn:
    case TokenKind::KwAsync: fn_item(it); break;
    case TokenKind::KwConst:
      if (n == TokenKind::KwFn || n == TokenKind::KwAsync || n == TokenKind::KwUnsafe) {
        fn_item(it);
      } else {
        const_item(it, false);
      }
      break;
    case TokenKind::KwUnsafe:
      if (n == TokenKind::KwFn) {
        fn_item(it);
      } else if (n == TokenKind::KwImpl) {
        unsupported(current().span, "unsafe impls");
        advance();
        impl_item(it);
      } else if (n == TokenKind::KwTrait) {
        advance();
        trait_item(it);
      } else {
        skip_unsupported_item(current().span, "extern blocks");
        return nullptr;
      }
      break;
    case TokenKind::KwTrait: trait_item(it); break;
    case TokenKind::KwMod:
      if (peek(2).kind != TokenKind::LBrace && it->has_attr("cfg") && cfg_test(*it)) {
        skip_item_quietly();  // `#[cfg(test)] mod tests;`: not part of a `cargo run` build
        return nullptr;
      }
      if (peek(2).kind != TokenKind::LBrace) {
        skip_unsupported_item(current().span, "modules in other files (`mod name;`): write the module inline");
        return nullptr;
      }
      mod_item(it);
      break;
    case TokenKind::KwExtern:
      if (n == TokenKind::KwCrate) {
        extern_crate_item(it);
        break;
      }
      skip_unsupported_item(current().span, "extern blocks");
      return nullptr;
    case TokenKind::Ident: {
      if (current().text == "macro_rules") {
        macro_rules_item();
        return nullptr;
      }
      size_t bang = 0;
      if (user_macro_at(pos_, bang)) {
        // An invocation in item position: its expansion is items, parsed where it stood.
        if (measuring_) {
          skip_macro_call(bang);
          match(TokenKind::Semi);
          return nullptr;
        }
        if (!expand_macro(pos_, false, true)) return nullptr;
        std::vector<Attribute> more;
        attributes(more, false);
        if (at_item_start()) return item(std::move(more));
        return nullptr;
      }
      skip_unsupported_item(current().span, "unions");
      return nullptr;
    }
    default: error_at_current("expected item"); return nullptr;
  }
  it->span = span_from(start);
  return it;
}

// Reports the construct once, then skips it: up to a `;` or over its `{ ... }` body.
void Parser::skip_unsupported_item(const Span& at, const std::string& what) {
  unsupported(at, what);
  skip_item_quietly();
}

// Skips an item: up to a `;` or over its `{ ... }` body.
void Parser::skip_item_quietly() {
  while (!at_end()) {
    if (match(TokenKind::Semi)) return;
    if (check(TokenKind::LBrace)) {
      skip_delimited();
      return;
    }
    if (check(TokenKind::LParen) || check(TokenKind::LBracket)) {
      skip_delimited();
      continue;
    }
    advance();
  }
}

// attribute := `#` `!`? `[` path (`(` tokens `)` | `=` tokens)? `]`
void Parser::attributes(std::vector<Attribute>& out, bool inner) {
  while (check(TokenKind::Pound) && (inner ? check_next(TokenKind::Bang) && peek(2).kind == TokenKind::LBracket
                                           : check_next(TokenKind::LBracket))) {
    Attribute a;
    Span start = advance().span;
    a.inner = match(TokenKind::Bang);
    advance();  // `[`
    while (check(TokenKind::Ident) || is_keyword(current().kind)) {
      a.path += std::string(advance().text);
      if (!match(TokenKind::ColonColon)) break;
      a.path += "::";
    }
    if (check(TokenKind::LParen)) {
      size_t open = pos_;
      skip_delimited();
      uint32_t from = tokens_[open].span.end();
      uint32_t to = previous().span.offset;
      if (to > from) a.args = std::string_view(ast_.source).substr(from, to - from);
      for (size_t i = open + 1; i + 1 < pos_; i++) {
        if (tokens_[i].kind == TokenKind::Ident) a.words.push_back(tokens_[i].text);
      }
    } else if (match(TokenKind::Eq)) {
      uint32_t from = current().span.offset;
      while (!at_end() && !check(TokenKind::RBracket)) advance();
      uint32_t to = current().span.offset;
      if (to > from) a.args = std::string_view(ast_.source).substr(from, to - from);
    }
    expect(TokenKind::RBracket);
    a.span = span_from(start);
    out.push_back(std::move(a));
  }
}

// visibility := `pub` (`(` crate | self | super | in path `)`)?
bool Parser::visibility() {
  if (!match(TokenKind::KwPub)) return false;
  if (check(TokenKind::LParen) && (peek().kind == TokenKind::KwCrate || peek().kind == TokenKind::KwSelfValue ||
                                   peek().kind == TokenKind::KwSuper || peek().kind == TokenKind::KwIn)) {
    skip_delimited();
  }
  return true;
}

// use_item := `use` use_tree `;`
void Parser::use_item(Item* item) {
  Span start = advance().span;
  UseItem use;
  std::vector<std::string_view> prefix;
  use_tree(prefix, use, start);
  item->node = std::move(use);
  expect_semi("`use` declaration");
}

// use_tree := `::`? (segment `::`)* (`*` | `{` use_tree,* `}` | segment (`as` name)?)
void Parser::use_tree(std::vector<std::string_view>& prefix, UseItem& out, const Span& start) {
  Nest nest(*this);
  if (!nest.ok) return;
  match(TokenKind::ColonColon);
  size_t prefix_size = prefix.size();
  for (;;) {
    Span at = current().span;
    if (match(TokenKind::Star)) {
      out.entries.push_back(UseEntry{span_from(at), prefix, {}, true});
      break;
    }
    if (match(TokenKind::LBrace)) {
      while (!check(TokenKind::RBrace) && !at_end()) {
        use_tree(prefix, out, current().span);
        if (!match(TokenKind::Comma)) break;
      }
      expect(TokenKind::RBrace);
      break;
    }
    TokenKind k = current().kind;
    if (k != TokenKind::Ident && k != TokenKind::KwSelfValue && k != TokenKind::KwSuper && k != TokenKind::KwCrate &&
        k != TokenKind::KwSelfType) {
      error_at_current("expected a name in `use` path");
      break;
    }
    std::string_view name = advance().text;
    if (match(TokenKind::ColonColon)) {
      prefix.push_back(name);
      continue;
    }
    UseEntry entry;
    entry.path = prefix;
    if (k == TokenKind::KwSelfValue && !prefix.empty()) {
      entry.alias = prefix.back();
    } else {
      entry.path.push_back(name);
      entry.alias = name;
    }
    if (match(TokenKind::KwAs)) {
      if (check(TokenKind::Underscore))
        entry.alias = advance().text;
      else
        entry.alias = expect_ident("a name after `as`");
    }
    entry.span = span_from(start);
    out.entries.push_back(std::move(entry));
    break;
  }
  prefix.resize(prefix_size);
}

// struct_item := `struct` name generics? (`;` | `(` fields `)` where? `;` | where? `{` fields `}`)
void Parser::struct_item(Item* item) {
  advance();
  StructItem s;
  s.name_span = current().span;
  s.name = expect_ident("a struct name");
  if (check(TokenKind::Lt)) generic_params();
  if (match(TokenKind::Semi)) {
    s.kind = StructKind::Unit;
  } else if (check(TokenKind::LParen)) {
    s.kind = StructKind::Tuple;
    tuple_fields(s.fields);
    where_clause();
    expect_semi("tuple struct");
  } else {
    where_clause();
    s.kind = StructKind::Named;
    named_fields(s.fields);
  }
  item->node = std::move(s);
}

// named_fields := `{` (attribute* visibility? name `:` type),* `}`
void Parser::named_fields(std::vector<FieldDef>& out) {
  if (!expect(TokenKind::LBrace)) return;
  while (!check(TokenKind::RBrace) && !at_end()) {
    std::vector<Attribute> ignored;
    attributes(ignored, false);
    FieldDef f;
    Span start = current().span;
    f.is_pub = visibility();
    f.name = expect_ident("a field name");
    if (!expect(TokenKind::Colon)) break;
    f.type = type();
    f.span = span_from(start);
    out.push_back(f);
    if (!match(TokenKind::Comma)) {
      if (!check(TokenKind::RBrace)) error_at_current("expected `,` or `}` after field");
      break;
    }
  }
  expect(TokenKind::RBrace);
}

// tuple_fields := `(` (attribute* visibility? type),* `)`
void Parser::tuple_fields(std::vector<FieldDef>& out) {
  advance();
  while (!check(TokenKind::RParen) && !at_end()) {
    std::vector<Attribute> ignored;
    attributes(ignored, false);
    FieldDef f;
    Span start = current().span;
    f.is_pub = visibility();
    f.type = type();
    f.span = span_from(start);
    out.push_back(f);
    if (!match(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen);
}

// enum_item := `enum` name generics? where? `{` (attribute* name fields? (`=` expr)?),* `}`
void Parser::enum_item(Item* item) {
  advance();
  EnumItem e;
  e.name_span = current().span;
  e.name = expect_ident("an enum name");
  if (check(TokenKind::Lt)) generic_params();
  where_clause();
  if (expect(TokenKind::LBrace)) {
    while (!check(TokenKind::RBrace) && !at_end()) {
      std::vector<Attribute> ignored;
      attributes(ignored, false);
      Variant v;
      Span start = current().span;
      v.name = expect_ident("a variant name");
      if (v.name.empty()) break;
      if (check(TokenKind::LParen)) {
        v.kind = StructKind::Tuple;
        tuple_fields(v.fields);
      } else if (check(TokenKind::LBrace)) {
        v.kind = StructKind::Named;
        named_fields(v.fields);
      }
      if (match(TokenKind::Eq)) v.discriminant = expression();
      v.span = span_from(start);
      e.variants.push_back(std::move(v));
      if (!match(TokenKind::Comma)) break;
    }
    expect(TokenKind::RBrace);
  }
  item->node = std::move(e);
}

// fn_item := `const`? `async`? `unsafe`? `fn` name generics? params (`->` type)? where? block
void Parser::fn_item(Item* item) {
  FnItem fn;
  if (match(TokenKind::KwConst)) fn.is_const = true;
  if (match(TokenKind::KwAsync)) fn.is_async = true;
  match(TokenKind::KwUnsafe);
  expect(TokenKind::KwFn);
  fn.name_span = current().span;
  fn.name = expect_ident("a function name");
  if (check(TokenKind::Lt)) generic_params();
  if (check(TokenKind::LParen)) {
    fn_params(fn);
  } else {
    error_at_current("expected `(`");
  }
  if (match(TokenKind::Arrow)) fn.return_type = type();
  where_clause();
  if (check(TokenKind::LBrace)) {
    fn.body = block();
  } else if (in_trait_ && match(TokenKind::Semi)) {
    // a required method: each impl gives the body
  } else if (!panic_) {
    error_at_current("expected function body");
  }
  item->node = std::move(fn);
}

// trait_item := `unsafe`? `trait` name generics? (`:` bounds)? where? `{` item* `}`
void Parser::trait_item(Item* item) {
  advance();
  TraitItem t;
  t.name_span = current().span;
  t.name = expect_ident("a trait name");
  if (check(TokenKind::Lt)) generic_params();
  if (match(TokenKind::Colon)) bounds();
  where_clause();
  if (expect(TokenKind::LBrace)) {
    bool saved = in_trait_;
    in_trait_ = true;
    while (!check(TokenKind::RBrace) && !at_end()) {
      size_t before = pos_;
      std::vector<Attribute> attrs;
      attributes(attrs, false);
      if (at_item_start()) {
        if (Item* inner = this->item(std::move(attrs))) t.items.push_back(inner);
      } else {
        error_at_current("expected an associated function, constant or type");
      }
      if (panic_) synchronize_item(true);
      if (pos_ == before && !check(TokenKind::RBrace)) advance();
    }
    in_trait_ = saved;
    expect(TokenKind::RBrace);
  }
  item->node = std::move(t);
}

// params := `(` self_param? (`,` pattern `:` type)* `,`? `)`
// self_param := `&` lifetime? `mut`? `self` | `mut`? `self` (`:` type)?
void Parser::fn_params(FnItem& fn) {
  advance();
  auto self_at = [&](size_t i) { return peek(i).kind == TokenKind::KwSelfValue; };
  size_t skip = 0;
  bool is_ref = false;
  bool is_mut = false;
  if (check(TokenKind::Amp)) {
    is_ref = true;
    skip = 1;
    if (peek(skip).kind == TokenKind::Lifetime) skip++;
  }
  if (peek(skip).kind == TokenKind::KwMut && self_at(skip + 1)) {
    is_mut = true;
    skip++;
  }
  if (check(TokenKind::KwSelfValue) || (skip > 0 && self_at(skip))) {
    SelfParam self;
    Span start = current().span;
    for (size_t i = 0; i <= skip; i++) advance();
    self.is_ref = is_ref;
    self.is_mut = is_mut;
    if (match(TokenKind::Colon)) self.type = type();
    self.span = span_from(start);
    fn.self_param = self;
    if (!match(TokenKind::Comma) && !check(TokenKind::RParen)) {
      error_at_current("expected `,` or `)`");
    }
  }
  while (!check(TokenKind::RParen) && !at_end() && !panic_) {
    std::vector<Attribute> ignored;
    attributes(ignored, false);
    Param p;
    Span start = current().span;
    p.pattern = pattern();
    if (!expect(TokenKind::Colon)) break;
    p.type = type();
    p.span = span_from(start);
    fn.params.push_back(p);
    if (!match(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen);
}

// impl_item := `impl` generics? (path `for`)? type where? `{` item* `}`
void Parser::impl_item(Item* item) {
  advance();
  ImplItem impl;
  if (check(TokenKind::Lt)) impl.generics = generic_params();
  match(TokenKind::Bang);
  Path first_path;
  impl.self_type = type(&first_path);
  if (match(TokenKind::KwFor)) {
    impl.trait_path = std::move(first_path);
    impl.self_type = type();
  }
  where_clause();
  if (expect(TokenKind::LBrace)) {
    while (!check(TokenKind::RBrace) && !at_end()) {
      size_t before = pos_;
      std::vector<Attribute> attrs;
      attributes(attrs, false);
      if (at_item_start()) {
        if (Item* inner = this->item(std::move(attrs))) impl.items.push_back(inner);
      } else {
        error_at_current("expected an associated function, constant or type");
      }
      if (panic_) synchronize_item(true);
      if (pos_ == before && !check(TokenKind::RBrace)) advance();
    }
    expect(TokenKind::RBrace);
  }
  item->node = std::move(impl);
}

// const_item := (`const` | `static` `mut`?) (name | `_`) (`:` type)? `=` expr `;`
void Parser::const_item(Item* item, bool is_static) {
  advance();
  ConstItem c;
  c.is_static = is_static;
  if (is_static && check(TokenKind::KwMut)) {
    unsupported(current().span, "mutable statics");
    advance();
  }
  c.name_span = current().span;
  if (check(TokenKind::Underscore))
    c.name = advance().text;
  else
    c.name = expect_ident(is_static ? "a static name" : "a constant name");
  if (match(TokenKind::Colon)) c.type = type();
  if (in_trait_ && check(TokenKind::Semi)) {
    // a required constant: each impl gives the value
  } else if (expect(TokenKind::Eq)) {
    c.value = expression();
  }
  item->node = std::move(c);
  expect_semi(is_static ? "static item" : "constant item");
}

// type_alias_item := `type` name generics? (`:` bounds)? where? (`=` type)? `;`
void Parser::type_alias_item(Item* item) {
  advance();
  TypeAliasItem t;
  t.name_span = current().span;
  t.name = expect_ident("a type name");
  if (check(TokenKind::Lt)) generic_params();
  if (match(TokenKind::Colon)) bounds();
  where_clause();
  if (match(TokenKind::Eq)) t.type = type();
  item->node = std::move(t);
  expect_semi("type alias");
}

// mod_item := `mod` name `{` item* `}`
void Parser::mod_item(Item* item) {
  Nest nest(*this);
  if (!nest.ok) {
    skip_item_quietly();
    return;
  }
  advance();
  ModItem m;
  m.name_span = current().span;
  m.name = expect_ident("a module name");
  if (expect(TokenKind::LBrace)) {
    attributes(ast_.inner_attrs, true);
    while (!check(TokenKind::RBrace) && !at_end()) {
      size_t before = pos_;
      std::vector<Attribute> attrs;
      attributes(attrs, false);
      if (at_item_start()) {
        if (Item* inner = this->item(std::move(attrs))) m.items.push_back(inner);
      } else {
        error_at_current("expected item");
      }
      if (panic_) synchronize_item(true);
      if (pos_ == before && !check(TokenKind::RBrace)) advance();
    }
    expect(TokenKind::RBrace);
  }
  item->node = std::move(m);
}

// extern_crate := `extern` `crate` name (`as` name)? `;`: the crate is already there, so the line
// is a `use` of it (only an alias changes anything).
void Parser::extern_crate_item(Item* item) {
  advance();
  advance();
  UseItem u;
  UseEntry e;
  e.span = current().span;
  std::string_view name = check(TokenKind::KwSelfValue) ? advance().text : expect_ident("a crate name");
  e.path.push_back(name);
  e.alias = name;
  if (match(TokenKind::KwAs)) e.alias = check(TokenKind::Underscore) ? advance().text : expect_ident("a name");
  u.entries.push_back(e);
  item->node = std::move(u);
  expect_semi("`extern crate` item");
}

}  // namespace ps::lang
