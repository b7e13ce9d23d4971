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
