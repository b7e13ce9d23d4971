/// Tests on eight bytes at once, for scans that look for rare bytes in long text (forbidden
/// XML characters, JSON escapes). Each may answer `true` for a word without the byte (a
/// borrow from a lower byte that matches spills into the next one) but never `false` for a
/// word with it, so a word it passes needs no closer look.
enum ByteWord {
    private static let low: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, lowest address in the lowest byte.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether `word` may hold a byte below `limit` (at most 0x80).
    @inline(__always)
    static func mayHoldByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- low &* UInt64(limit)) & ~word & high != 0
    }

    /// Whether `word` may hold `byte`.
    @inline(__always)
    static func mayHold(_ byte: UInt8, in word: UInt64) -> Bool {
        let difference = word ^ (low &* UInt64(byte))
        return (difference &- low) & ~difference & high != 0
    }
}
