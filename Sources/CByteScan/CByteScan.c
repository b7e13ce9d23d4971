// Sixteen bytes at a time where the base instruction set has vectors (SSE2 on x86-64, NEON on
// arm64). With SSE2 the last fewer than sixteen bytes take one more vector test; with NEON,
// and without vectors, the rest goes one byte at a time.

#include "CByteScan.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON)
#include <arm_neon.h>
#endif

#if !defined(__SSE2__)
static inline int advocacy_byte_matches(uint8_t byte, uint8_t below, int nonASCII, uint8_t a, uint8_t b, uint8_t c,
                                        uint8_t d) {
    return byte < below || (nonASCII && byte >= 0x80) || byte == a || byte == b || byte == c || byte == d;
}
#endif

#if defined(__SSE2__)
/// The lanes of `v` that match, one bit each, lowest lane in bit 0.
static inline int advocacy_hits(__m128i v, __m128i va, __m128i vb, __m128i vc, __m128i vd, uint8_t below,
                                __m128i ceiling, int nonASCII) {
    __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
    // byte < below exactly when min(byte, below - 1) == byte; with below == 0 nothing is.
    if (below > 0) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(v, ceiling), v));
    // The mask is made of each lane's top bit, which is a byte's own from 0x80 on.
    if (nonASCII) hits = _mm_or_si128(hits, v);
    return _mm_movemask_epi8(hits);
}
#endif

size_t advocacy_byte_scan(const uint8_t *bytes, size_t count, uint8_t below, int nonASCII, uint8_t a, uint8_t b,
                          uint8_t c, uint8_t d) {
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
    const __m128i ceiling = _mm_set1_epi8((char)(uint8_t)(below - 1));
    for (; count - index >= 16; index += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(bytes + index));
        const int mask = advocacy_hits(v, va, vb, vc, vd, below, ceiling, nonASCII);
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
    }
    if (index == count) return count;
    // The rest, fewer than sixteen bytes, in one more test: the last sixteen bytes again when
    // there are that many (the lanes already tested masked off), else a copy of them.
    if (count >= 16) {
        const size_t last = count - 16;
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(bytes + last));
        const int mask = advocacy_hits(v, va, vb, vc, vd, below, ceiling, nonASCII) & ~((1 << (index - last)) - 1);
        return mask != 0 ? last + (size_t)__builtin_ctz((unsigned)mask) : count;
    }
    uint8_t copy[16] = {0};
    memcpy(copy, bytes, count);
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)copy);
    const int mask = advocacy_hits(v, va, vb, vc, vd, below, ceiling, nonASCII) & ((1 << count) - 1);
    return mask != 0 ? (size_t)__builtin_ctz((unsigned)mask) : count;
#else
#if defined(__ARM_NEON)
    const uint8x16_t va = vdupq_n_u8(a), vb = vdupq_n_u8(b), vc = vdupq_n_u8(c), vd = vdupq_n_u8(d);
    const uint8x16_t limit = vdupq_n_u8(below);
    for (; count - index >= 16; index += 16) {
        const uint8x16_t v = vld1q_u8(bytes + index);
        uint8x16_t hits = vorrq_u8(vorrq_u8(vceqq_u8(v, va), vceqq_u8(v, vb)), vorrq_u8(vceqq_u8(v, vc), vceqq_u8(v, vd)));
        hits = vorrq_u8(hits, vcltq_u8(v, limit));
        if (nonASCII) hits = vorrq_u8(hits, vcgeq_u8(v, vdupq_n_u8(0x80)));
        if (vmaxvq_u8(hits) != 0) break;  // the byte loop below finds which
    }
#endif
    for (; index < count; index++) {
        if (advocacy_byte_matches(bytes[index], below, nonASCII, a, b, c, d)) return index;
    }
    return count;
#endif
}

size_t advocacy_utf8_scalar_count(const uint8_t *bytes, size_t count) {
    size_t continuations = 0;
    size_t index = 0;
#if defined(__SSE2__)
    // As signed bytes, the continuation bytes are exactly those below -64 (0xC0).
    const __m128i lead = _mm_set1_epi8((char)0xC0);
    for (; count - index >= 16; index += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(bytes + index));
        continuations += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, lead)));
    }
#endif
    for (; index < count; index++) continuations += (bytes[index] & 0xC0) == 0x80;
    return count - continuations;
}
