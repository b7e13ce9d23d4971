/// Finds the next byte worth a closer look in long UTF-8 text (a control character, a byte
/// XML or JSON must escape, a line break, a non-ASCII byte) and counts its Unicode scalars.
/// Sixteen bytes are tested at once with SSE2 on x86-64, and found so with NEON on arm64
/// (both part of the base instruction set); the rest goes one byte at a time.

#ifndef ADVOCACY_CBYTESCAN_H
#define ADVOCACY_CBYTESCAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__clang__)
#pragma clang assume_nonnull begin
#endif

/// The offset of the first of the `count` bytes at `bytes` that is below `below`, or from 0x80
/// on when `nonASCII` is not 0, or equal to one of `a`, `b`, `c` and `d`; `count` when there
/// is none.
///
/// Pass 0 as `below` to look for the four bytes only, and repeat a byte to look for fewer
/// than four. `bytes` is not read when `count` is 0.
size_t advocacy_byte_scan(const uint8_t *bytes, size_t count, uint8_t below, int nonASCII, uint8_t a, uint8_t b,
                          uint8_t c, uint8_t d);

/// The number of Unicode scalars in the `count` bytes of valid UTF-8 at `bytes`: the bytes that
/// are not continuation bytes (0x80 to 0xBF). `bytes` is not read when `count` is 0.
size_t advocacy_utf8_scalar_count(const uint8_t *bytes, size_t count);

#if defined(__clang__)
#pragma clang assume_nonnull end
#endif

#ifdef __cplusplus
}
#endif

#endif
