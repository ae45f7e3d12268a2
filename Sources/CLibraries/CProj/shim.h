#ifndef PUSHBACK_CPROJ_SHIM_H
#define PUSHBACK_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
