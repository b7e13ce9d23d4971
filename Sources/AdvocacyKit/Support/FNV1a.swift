/// FNV-1a, 64 bits: a few instructions a byte, the same on every machine and in every run
/// (unlike `Hasher`), for content ids, shard numbers and the fixed tables of the lexicon.
/// Not for tables whose keys an attacker chooses.
package enum FNV1a {
    /// The hash of no bytes.
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The multiplier of each step.
    package static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`; with `seed`, the hash of the bytes hashed before followed by these
    /// (FNV-1a reads bytes in order, so a text can be hashed part by part).
    @inline(__always)
    package static func hash(_ bytes: some Sequence<UInt8>, continuing seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The hash of a string's UTF-8, read from its storage when it is contiguous; `seed` as
    /// for bytes.
    @inline(__always)
    package static func hash(_ string: String, continuing seed: UInt64 = offsetBasis) -> UInt64 {
        string.utf8.withContiguousStorageIfAvailable { hash($0, continuing: seed) } ?? hash(string.utf8, continuing: seed)
    }
}
