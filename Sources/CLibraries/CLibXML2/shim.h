#ifndef PUSHBACK_CLIBXML2_SHIM_H
#define PUSHBACK_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, whose UErrorCode clashes with Foundation's private ICU. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/c14n.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as shared mutable state.
static inline void pushback_xml_free(void *memory) { xmlFree(memory); }
#endif
