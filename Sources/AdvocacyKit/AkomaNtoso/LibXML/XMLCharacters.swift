/// The characters XML 1.0 allows in text and attribute values.
///
/// XML 1.0 (§2.2) allows `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
/// libxml2 writes the others (C0 controls, U+FFFE, U+FFFF) without complaint and so produces ill-formed
/// output, and a Swift `String` holding U+0000 is cut short when handed to C; so every value is checked
/// here before it reaches libxml2.
enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` in character data.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The first scalar of `string` that XML 1.0 does not allow, or `nil` when every one is allowed.
    ///
    /// Scans UTF-8 bytes instead of `Character`s: the only disallowed scalars a valid Swift string can
    /// hold are the C0 controls (one byte below 0x20) and U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`).
    static func firstDisallowed(in string: String) -> Unicode.Scalar? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ firstDisallowed(inUTF8: $0) }) {
            return found
        }
        return Array(string.utf8).withUnsafeBufferPointer { firstDisallowed(inUTF8: $0) }
    }

    /// The first disallowed scalar in a buffer of valid UTF-8, or `nil`.
    static func firstDisallowed(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let end = bytes.count
        // Only the bytes below 0x20 and 0xEF (the lead byte of U+FFFE/U+FFFF) need a closer look.
        var position = candidates.firstIndex(in: bytes)
        while position < end {
            let byte = bytes[position]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    return Unicode.Scalar(byte)
                }
            } else if end - position >= 3, bytes[position + 1] == 0xBF {
                let last = bytes[position + 2]
                if last == 0xBE { return "\u{FFFE}" }
                if last == 0xBF { return "\u{FFFF}" }
            }
            position = candidates.firstIndex(in: bytes, from: position + 1)
        }
        return nil
    }

    /// The bytes that may start a character XML 1.0 does not allow.
    private static let candidates = ByteScan(below: 0x20, 0xEF)

    /// Whether `name` is an XML name, checked on its ASCII bytes.
    ///
    /// ASCII letters, `_` and `:` may start a name; digits, `-` and `.` may follow. Bytes of non-ASCII
    /// scalars are accepted as they are (the full Unicode name tables are not applied), so this rejects
    /// what would break the markup (empty names, spaces, `<`, `&`, `=`, quotes, `/`, …) rather than
    /// every name XML forbids.
    static func isName(_ name: String) -> Bool {
        var utf8 = name.utf8.makeIterator()
        guard let first = utf8.next(), isNameStart(first) else { return false }
        while let byte = utf8.next() {
            guard isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E else {
                return false
            }
        }
        return true
    }

    /// Whether `byte` may start an XML name (ASCII letter, `_`, `:`, or part of a non-ASCII scalar).
    private static func isNameStart(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A, 0x80...0xFF: return true
        default: return false
        }
    }

    /// `U+XXXX` notation for a scalar, with at least four upper-case hex digits.
    static func notation(for scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
