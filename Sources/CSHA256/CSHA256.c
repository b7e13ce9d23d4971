// SHA-256 block compression with the x86 SHA extensions; a stub elsewhere.
//
// The instruction sets are enabled per function with `__attribute__((target(...)))`, not
// with compiler flags, so that the package needs no unsafe flags and the rest of the
// program still runs on processors without them; `advocacy_sha256_hardware_available`
// tells at run time whether these functions may be called.

#include "CSHA256.h"

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))

#include <cpuid.h>
#include <immintrin.h>

/// The instruction sets the hardware path uses.
#define ADVOCACY_SHA_TARGET __attribute__((target("sha,ssse3,sse4.1")))

int advocacy_sha256_hardware_available(void) {
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    // Leaf 1, ECX: bit 9 SSSE3, bit 19 SSE4.1.
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int hasSSSE3 = (ecx >> 9) & 1;
    const int hasSSE41 = (ecx >> 19) & 1;
    // Leaf 7, subleaf 0, EBX: bit 29 SHA. Fails when the highest leaf is below 7.
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const int hasSHA = (ebx >> 29) & 1;
    return hasSSSE3 && hasSSE41 && hasSHA;
}

/// The 64 round constants of FIPS 180-4, four to a vector.
static const uint32_t advocacy_sha256_constants[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/// Four rounds, `group` 0...15: adds the constants to the message words `w` (W[4g...4g+3])
/// and runs two `sha256rnds2`, each two rounds with the low pair of its third operand.
/// `abef` and `cdgh` hold the working variables packed as the instruction wants them
/// (A in the highest lane of `abef`, C in the highest of `cdgh`).
static inline __attribute__((always_inline)) ADVOCACY_SHA_TARGET void
advocacy_sha256_rounds4(__m128i *abef, __m128i *cdgh, __m128i w, int group) {
    __m128i wk = _mm_add_epi32(w, _mm_load_si128((const __m128i *)(const void *)(advocacy_sha256_constants + 4 * group)));
    // Two rounds give the new ABEF; the old ABEF is then the new CDGH, so each call's
    // result is the other's input and the names are right again after the second.
    *cdgh = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);
    wk = _mm_shuffle_epi32(wk, 0x0e);  // the high pair down to the low lanes
    *abef = _mm_sha256rnds2_epu32(*abef, *cdgh, wk);
}

/// The next four message-schedule words W[i...i+3] from the previous sixteen, held as
/// `w0` = W[i-16...i-13], `w1` = W[i-12...i-9], `w2` = W[i-8...i-5], `w3` = W[i-4...i-1].
static inline __attribute__((always_inline)) ADVOCACY_SHA_TARGET __m128i
advocacy_sha256_schedule(__m128i w0, __m128i w1, __m128i w2, __m128i w3) {
    // W[i-16+j] + σ0(W[i-15+j]) for j = 0...3.
    __m128i t = _mm_sha256msg1_epu32(w0, w1);
    // + W[i-7+j]: the four words starting one into w2.
    t = _mm_add_epi32(t, _mm_alignr_epi8(w3, w2, 4));
    // + σ1(W[i-2+j]), including the two words computed here.
    return _mm_sha256msg2_epu32(t, w3);
}

ADVOCACY_SHA_TARGET
void advocacy_sha256_hardware_blocks(uint32_t *state, const uint8_t *blocks, size_t count) {
    // Loads each big-endian message word into a lane.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

    // {A, B, C, D} and {E, F, G, H} (lane 0 first) to ABEF = {F, E, B, A} and CDGH = {H, G, D, C}.
    __m128i abcd = _mm_loadu_si128((const __m128i *)(const void *)state);
    __m128i efgh = _mm_loadu_si128((const __m128i *)(const void *)(state + 4));
    abcd = _mm_shuffle_epi32(abcd, 0xb1);       // {B, A, D, C}
    efgh = _mm_shuffle_epi32(efgh, 0x1b);       // {H, G, F, E}
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);   // {F, E, B, A}
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xf0); // {H, G, D, C}

    for (size_t block = 0; block < count; block++) {
        const uint8_t *bytes = blocks + 64 * block;
        const __m128i savedABEF = abef;
        const __m128i savedCDGH = cdgh;

        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)bytes), byteSwap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(bytes + 16)), byteSwap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(bytes + 32)), byteSwap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(bytes + 48)), byteSwap);

        advocacy_sha256_rounds4(&abef, &cdgh, w0, 0);
        advocacy_sha256_rounds4(&abef, &cdgh, w1, 1);
        advocacy_sha256_rounds4(&abef, &cdgh, w2, 2);
        advocacy_sha256_rounds4(&abef, &cdgh, w3, 3);
        // Rounds 16...63: each group's words replace the oldest four of the sixteen.
        for (int group = 4; group < 16; group += 4) {
            w0 = advocacy_sha256_schedule(w0, w1, w2, w3);
            advocacy_sha256_rounds4(&abef, &cdgh, w0, group);
            w1 = advocacy_sha256_schedule(w1, w2, w3, w0);
            advocacy_sha256_rounds4(&abef, &cdgh, w1, group + 1);
            w2 = advocacy_sha256_schedule(w2, w3, w0, w1);
            advocacy_sha256_rounds4(&abef, &cdgh, w2, group + 2);
            w3 = advocacy_sha256_schedule(w3, w0, w1, w2);
            advocacy_sha256_rounds4(&abef, &cdgh, w3, group + 3);
        }

        abef = _mm_add_epi32(abef, savedABEF);
        cdgh = _mm_add_epi32(cdgh, savedCDGH);
    }

    // Back to {A, B, C, D} and {E, F, G, H}.
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1b); // {A, B, E, F}
    const __m128i hgdc = _mm_shuffle_epi32(cdgh, 0xb1); // {G, H, C, D}
    _mm_storeu_si128((__m128i *)(void *)state, _mm_blend_epi16(feba, hgdc, 0xf0));         // {A, B, C, D}
    _mm_storeu_si128((__m128i *)(void *)(state + 4), _mm_alignr_epi8(hgdc, feba, 8));      // {E, F, G, H}
}

#else

int advocacy_sha256_hardware_available(void) { return 0; }

void advocacy_sha256_hardware_blocks(uint32_t *state, const uint8_t *blocks, size_t count) {
    (void)state;
    (void)blocks;
    (void)count;
}

#endif
