#ifndef PUSHBACK_COPENBLAS_SHIM_H
#define PUSHBACK_COPENBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
/* lapack_int is a macro in lapacke.h; Swift sees only typedefs. */
typedef lapack_int pushback_lapack_int;
#endif
