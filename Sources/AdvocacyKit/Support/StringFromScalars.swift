extension String {
    /// A string made of `scalars`, encoded to UTF-8 in one pass into its own storage: much
    /// faster than appending scalar by scalar to a `String.UnicodeScalarView`.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars {
            let value = scalar.value
            count += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[offset] = UInt8(value)
                    offset += 1
                } else if value < 0x800 {
                    buffer[offset] = UInt8(0xC0 | (value >> 6))
                    buffer[offset + 1] = UInt8(0x80 | (value & 0x3F))
                    offset += 2
                } else if value < 0x1_0000 {
                    buffer[offset] = UInt8(0xE0 | (value >> 12))
                    buffer[offset + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 2] = UInt8(0x80 | (value & 0x3F))
                    offset += 3
                } else {
                    buffer[offset] = UInt8(0xF0 | (value >> 18))
                    buffer[offset + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[offset + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 3] = UInt8(0x80 | (value & 0x3F))
                    offset += 4
                }
            }
            return offset
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 storage in one pass: much faster than
    /// appending `text.unicodeScalars` one by one.
    init(scalarsOf text: String) {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in
            [Unicode.Scalar](writingAtMost: bytes.count) { buffer in
                // A `String` holds valid UTF-8, so every lead byte has its continuation bytes.
                guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
                let end = bytes.count
                var offset = 0
                var count = 0
                while offset < end {
                    // Eight ASCII bytes at a time, widened in place: most text is a long run of them.
                    if end - offset >= 8 {
                        let word = UInt64(littleEndian: UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self))
                        if word & 0x8080_8080_8080_8080 == 0 {
                            for k in 0..<8 {
                                (target + count + k).initialize(to: Unicode.Scalar(UInt8(truncatingIfNeeded: word &>> UInt64(8 * k))))
                            }
                            offset += 8
                            count += 8
                            continue
                        }
                    }
                    let lead = UInt32(source[offset])
                    if lead < 0x80 {
                        // ASCII, nearly all text: no decoding and no validity check.
                        (target + count).initialize(to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
                        offset += 1
                        count += 1
                        continue
                    }
                    let value: UInt32
                    if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(source[offset + 1] & 0x3F)
                        offset += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(source[offset + 1] & 0x3F) << 6 | UInt32(source[offset + 2] & 0x3F)
                        offset += 3
                    } else {
                        value =
                            (lead & 0x07) << 18 | UInt32(source[offset + 1] & 0x3F) << 12 | UInt32(source[offset + 2] & 0x3F) << 6
                            | UInt32(source[offset + 3] & 0x3F)
                        offset += 4
                    }
                    (target + count).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    count += 1
                }
                return count
            }
        }
        self = decoded ?? Array(text.unicodeScalars)
    }
}
