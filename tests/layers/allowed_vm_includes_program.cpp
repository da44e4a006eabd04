// Allowed: the VM reads the program the compiler produced.
#include "lang/program/program.h"
#include "runtime/runtime.h"
