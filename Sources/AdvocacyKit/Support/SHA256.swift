internal import CSHA256

/// SHA-256 (FIPS 180-4) of a byte sequence, as lower-case hex.
///
/// Used for the integrity hash of the model copy inside an Akoma Ntoso export. It is
/// written here rather than taken from swift-crypto because that package (BoringSSL)
/// would add more than a minute to every clean build for one hash of a few kilobytes.
///
/// The padding and the hex digits are done here; the 64-byte blocks are compressed by the
/// x86 SHA extensions (the C target `CSHA256`) when the processor has them, and by the
/// portable Swift rounds below otherwise. Both give the same digest.
enum SHA256 {
    /// The digest of `bytes` as 64 lower-case hex digits.
    static func hex(of bytes: some Collection<UInt8>) -> String {
        hex(of: bytes, useHardware: hardwareAvailable)
    }

    /// The digest of `bytes` as 64 lower-case hex digits, compressing with the SHA
    /// extensions if `useHardware` is true and the processor has them, and with the Swift
    /// rounds otherwise. For tests that compare the two.
    static func hex(of bytes: some Collection<UInt8>, useHardware: Bool) -> String {
        let useHardware = useHardware && hardwareAvailable
        var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
            0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        state.withUnsafeMutableBufferPointer { state in
            // Hashed in place when the bytes are contiguous, as the arrays of callers are.
            let hashed: Void? = bytes.withContiguousStorageIfAvailable { message in
                hash(message, into: state, useHardware: useHardware)
            }
            if hashed == nil {
                Array(bytes).withUnsafeBufferPointer { message in
                    hash(message, into: state, useHardware: useHardware)
                }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) {
                hex.append(digits[Int((word >> UInt32(shift)) & 0xf)])
            }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Whether the processor has the SHA, SSSE3 and SSE4.1 instructions that `CSHA256`
    /// uses (never off x86). Asked of `cpuid` once, on first use.
    static let hardwareAvailable: Bool = advocacy_sha256_hardware_available() != 0

    /// The whole of `message`, padded, into `state`: its whole blocks where they lie, then
    /// the rest with the padding (0x80, zeros, the length in bits as a big-endian 64-bit
    /// integer) as one or two more blocks.
    private static func hash(
        _ message: UnsafeBufferPointer<UInt8>, into state: UnsafeMutableBufferPointer<UInt32>, useHardware: Bool
    ) {
        let tailStart = message.count - message.count % 64
        compressBlocks(UnsafeBufferPointer(rebasing: message[..<tailStart]), into: state, useHardware: useHardware)
        let rest = message.count - tailStart
        let tailCount = rest < 56 ? 64 : 128
        let bitLength = UInt64(message.count) &* 8
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            _ = UnsafeMutableBufferPointer(rebasing: tail[..<rest]).update(fromContentsOf: message[tailStart...])
            tail[rest] = 0x80
            for byte in 0..<8 {
                tail[tailCount - 1 - byte] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * byte))
            }
            compressBlocks(UnsafeBufferPointer(rebasing: tail[..<tailCount]), into: state, useHardware: useHardware)
        }
    }

    /// The consecutive 64-byte blocks of `blocks` (whose count is a multiple of 64) into
    /// `state`, with the SHA extensions if `useHardware`, and the Swift rounds otherwise.
    private static func compressBlocks(
        _ blocks: UnsafeBufferPointer<UInt8>, into state: UnsafeMutableBufferPointer<UInt32>, useHardware: Bool
    ) {
        if useHardware, let start = blocks.baseAddress, let statePointer = state.baseAddress {
            advocacy_sha256_hardware_blocks(statePointer, start, blocks.count / 64)
            return
        }
        // Over raw buffers: the rounds run a few instructions each, without bounds checks.
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
                for blockStart in stride(from: 0, to: blocks.count, by: 64) {
                    compress(blocks, at: blockStart, state: state, words: words, constants: constants)
                }
            }
        }
    }

    /// One 64-byte block of the message into the state.
    @inline(__always)
    private static func compress(
        _ message: UnsafeBufferPointer<UInt8>, at blockStart: Int, state: UnsafeMutableBufferPointer<UInt32>,
        words: UnsafeMutableBufferPointer<UInt32>, constants: UnsafeBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            let offset = blockStart + i * 4
            words[i] =
                UInt32(message[offset]) << 24 | UInt32(message[offset + 1]) << 16
                | UInt32(message[offset + 2]) << 8 | UInt32(message[offset + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(words[i - 15], 7) ^ rotr(words[i - 15], 18) ^ (words[i - 15] >> 3)
            let s1 = rotr(words[i - 2], 17) ^ rotr(words[i - 2], 19) ^ (words[i - 2] >> 10)
            words[i] = words[i - 16] &+ s0 &+ words[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ constants[i] &+ words[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }

    /// `value` rotated right by `count` bits, 1...31.
    private static func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }

    /// The 64 round constants of FIPS 180-4.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1,
        0x923f_82a4, 0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3,
        0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786,
        0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147,
        0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13,
        0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
        0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a,
        0x5b9c_ca4f, 0x682e_6ff3, 0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208,
        0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
