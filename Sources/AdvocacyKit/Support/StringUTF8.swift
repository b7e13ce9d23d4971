internal import CByteScan

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
    /// Lends the string's UTF-8 to `body` in place when it is contiguous, as a native string's
    /// is, which spares `withUTF8` the copy of the string (a retain and a release); a copy made
    /// contiguous otherwise.
    @inline(__always)
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (each scalar has exactly one
    /// byte that is not a continuation byte) by `CByteScan`, sixteen at a time with SSE2: the
    /// same as `unicodeScalars.count`, many times faster.
    var scalarCount: Int {
        withContiguousUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return advocacy_utf8_scalar_count(base, bytes.count)
        }
    }
}
