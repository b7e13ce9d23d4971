#ifndef ADVOCACYKIT_CLIBXML2_SHIM_H
#define ADVOCACYKIT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; <unicode/ucnv.h> then clashes with Foundation's
   _FoundationICU module and a clean build fails. The ICU members are the last fields of
   xmlCharEncodingHandler, which Swift only handles by pointer, so this is ABI-safe. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

/* libxml2 prints some messages (encoding errors of the HTML parser, I/O errors) through its
   generic error function, not the structured error callback each parse installs; by default
   that is fprintf to stderr, so raw lines reached the user. Swift cannot define the C-variadic
   function, so it is here. Set for the calling thread and as the default of other threads. */
static inline void advocacykit_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void advocacykit_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, advocacykit_ignore_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, advocacykit_ignore_generic_error);
}

/* xmlFree is a global function pointer; Swift 6 rejects touching it directly. */
static inline void advocacykit_xml_free(void *pointer) { xmlFree(pointer); }

#endif
