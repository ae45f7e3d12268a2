#ifndef PUSHBACK_CPOPPLER_SHIM_H
#define PUSHBACK_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

/// `g_object_unref` takes a gpointer; poppler objects import as OpaquePointer.
static inline void pushback_g_object_unref(void *object) { g_object_unref(object); }
static inline void pushback_g_free(void *memory) { g_free(memory); }
#endif
