// The runtime library as a whole: the tables the compiler and the VM use,
// built once from the API families listed in registry.cpp (see family.h).
#pragma once

#include <span>
#include <string>

#include "lang/program/native_index.h"
#include "lang/vm/natives.h"

namespace ps::lang {

struct ApiFamily;

// What the compiler resolves paths against and what the VM calls.
const NativeIndex& native_index();
const NativeTable& native_table();

// Every family, in registry order.
std::span<const ApiFamily* const> api_families();

// The families as JSON (`pollscope api`): names, functions, methods, future
// labels and the docs the page shows (web/tools/gen-api.mjs reads it).
std::string api_json();

}  // namespace ps::lang
