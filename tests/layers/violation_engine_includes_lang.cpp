// Not allowed: the engine knows nothing of the language built on it.
#include "lang/program/value.h"
