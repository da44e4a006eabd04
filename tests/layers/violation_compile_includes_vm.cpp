// Not allowed: the compiler produces a program and knows nothing of the VM.
#include "lang/vm/interp.h"
