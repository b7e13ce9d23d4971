extension String {
    /// Lends the string's UTF-8 to `body` (made contiguous first if it is not), keeping the
    /// type of `body`'s error, which `withUTF8` does not.
    mutating func withUTF8Bytes<Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        let outcome = withUTF8 { bytes in Result { () throws(Failure) in try body(bytes) } }
        try outcome.get()
    }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (each scalar has exactly one
    /// byte that is not a continuation byte): the same as `unicodeScalars.count`, several
    /// times faster.
    var scalarCount: Int {
        var string = self
        var count = 0
        string.withUTF8 { bytes in
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
