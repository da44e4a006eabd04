// Not allowed: the VM runs bytecode and never sees the syntax tree.
#include "lang/syntax/ast.h"
