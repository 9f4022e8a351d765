#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU types clash with Foundation's own ICU module
// in any Swift module that imports both. Hiding them only drops the tail fields of
// xmlCharEncodingHandler, which Padan never touches.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

/// xmlFree is a mutable global function pointer, which Swift 6 refuses to call directly.
static inline void clibxml2_free(void *p) { xmlFree(p); }

/// xmlTextWriterSetIndentString without Swift having to build an xmlChar literal.
static inline int clibxml2_writer_indent(xmlTextWriterPtr w, int on) {
    if (xmlTextWriterSetIndent(w, on) < 0) return -1;
    return xmlTextWriterSetIndentString(w, (const xmlChar *)"  ");
}

/// A generic-error handler that drops libxml2's message: Swift cannot define a C variadic function.
static inline void clibxml2_discard_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/// Keeps libxml2's generic errors ("xmlParseChunk: encoder error", …) off standard error on the
/// calling thread (libxml2 keeps the handler per thread).
static inline void clibxml2_discard_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_discard_generic_error);
}

#endif
