#ifndef ADVOCACYKIT_BENCHMARKS_CXMLWRITER_H
#define ADVOCACYKIT_BENCHMARKS_CXMLWRITER_H

/* libxml2's writer, for the lower-bound benchmark. As in the package's own shim, ICU is
   left out: Debian's <unicode/ucnv.h> clashes with Foundation's ICU module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>

#endif
