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

#endif
