#ifndef PUSHBACK_CTESSERACT_SHIM_H
#define PUSHBACK_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#endif
