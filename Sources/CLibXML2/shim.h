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

/* xmlFree is a global function pointer; Swift 6 rejects touching it directly. */
static inline void advocacykit_xml_free(void *pointer) { xmlFree(pointer); }

#endif
