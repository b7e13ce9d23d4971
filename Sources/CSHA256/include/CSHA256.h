/// SHA-256 block compression with the x86 SHA extensions (SHA-NI).
///
/// This is only the compression function of FIPS 180-4: the caller pads the message and
/// formats the digest. On processors or platforms without the extensions,
/// `advocacy_sha256_hardware_available` returns 0 and the caller must not call
/// `advocacy_sha256_hardware_blocks`.

#ifndef ADVOCACY_CSHA256_H
#define ADVOCACY_CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__clang__)
#pragma clang assume_nonnull begin
#endif

/// 1 when this build has the hardware path and the running CPU has the SHA, SSSE3 and
/// SSE4.1 instructions, 0 otherwise (always 0 off x86). It runs `cpuid` on every call, so
/// callers should keep the answer.
int advocacy_sha256_hardware_available(void);

/// Compresses `count` consecutive 64-byte blocks at `blocks` into `state`, the eight
/// working words H0...H7 of FIPS 180-4 in their natural order (native-endian integers).
///
/// Only call it after `advocacy_sha256_hardware_available` returned 1; without the
/// hardware path it leaves `state` unchanged. `blocks` needs no particular alignment
/// and is not read when `count` is 0.
void advocacy_sha256_hardware_blocks(uint32_t *state, const uint8_t *blocks, size_t count);

#if defined(__clang__)
#pragma clang assume_nonnull end
#endif

#ifdef __cplusplus
}
#endif

#endif
