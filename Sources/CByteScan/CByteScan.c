// Sixteen bytes at a time where the base instruction set has vectors (SSE2 on x86-64, NEON on
// arm64), then one at a time for the rest.

#include "CByteScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON)
#include <arm_neon.h>
#endif

static inline int advocacy_byte_matches(uint8_t byte, uint8_t below, uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
    return byte < below || byte == a || byte == b || byte == c || byte == d;
}

size_t advocacy_byte_scan(const uint8_t *bytes, size_t count, uint8_t below, uint8_t a, uint8_t b, uint8_t c,
                          uint8_t d) {
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
    // byte < below exactly when min(byte, below - 1) == byte; with below == 0 nothing is.
    const __m128i ceiling = _mm_set1_epi8((char)(uint8_t)(below - 1));
    for (; count - index >= 16; index += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(bytes + index));
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
        if (below > 0) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(v, ceiling), v));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
    }
#elif defined(__ARM_NEON)
    const uint8x16_t va = vdupq_n_u8(a), vb = vdupq_n_u8(b), vc = vdupq_n_u8(c), vd = vdupq_n_u8(d);
    const uint8x16_t limit = vdupq_n_u8(below);
    for (; count - index >= 16; index += 16) {
        const uint8x16_t v = vld1q_u8(bytes + index);
        uint8x16_t hits = vorrq_u8(vorrq_u8(vceqq_u8(v, va), vceqq_u8(v, vb)), vorrq_u8(vceqq_u8(v, vc), vceqq_u8(v, vd)));
        hits = vorrq_u8(hits, vcltq_u8(v, limit));
        if (vmaxvq_u8(hits) != 0) break;  // the byte loop below finds which
    }
#endif
    for (; index < count; index++) {
        if (advocacy_byte_matches(bytes[index], below, a, b, c, d)) return index;
    }
    return count;
}
