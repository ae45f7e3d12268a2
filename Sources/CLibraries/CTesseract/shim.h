#ifndef PUSHBACK_CTESSERACT_SHIM_H
#define PUSHBACK_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
/* Leptonica is Tesseract's image library: it decodes scanned images (TIFF G4, PNG, …). */
#include <leptonica/allheaders.h>
#endif
