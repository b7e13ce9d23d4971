internal import CByteScan

/// A few bytes to find in long UTF-8 text: those below a limit and up to four others, found
/// sixteen at a time (`CByteScan`, SSE2 or NEON), for scans where nearly every byte is none of
/// them (line breaks, control characters, bytes to escape).
struct ByteScan: Sendable {
    private let below: UInt8
    private let nonASCII: Int32
    private let a: UInt8
    private let b: UInt8
    private let c: UInt8
    private let d: UInt8

    /// The bytes below `below` (0: none), those from 0x80 on when `nonASCII`, and `a`, `b`, `c`
    /// and `d`, where given.
    init(below: UInt8 = 0, nonASCII: Bool = false, _ a: UInt8, _ b: UInt8? = nil, _ c: UInt8? = nil, _ d: UInt8? = nil) {
        self.below = below
        self.nonASCII = nonASCII ? 1 : 0
        self.a = a
        self.b = b ?? a
        self.c = c ?? a
        self.d = d ?? a
    }

    /// The bytes below `below`, which must be above 0.
    init(below: UInt8) {
        precondition(below > 0, "a scan for the bytes below 0 finds nothing")
        self.init(below: below, 0)  // 0 is below it
    }

    /// The index of the first byte of `bytes[start...]` that is one of these, or
    /// `bytes.count` when none is.
    @inline(__always)
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        return start + advocacy_byte_scan(base + start, bytes.count - start, below, nonASCII, a, b, c, d)
    }
}
