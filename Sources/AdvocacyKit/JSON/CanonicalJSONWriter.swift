/// Writes the package's JSON straight into a byte buffer, byte for byte as Foundation's
/// `JSONEncoder` writes it with `.sortedKeys` and `.withoutEscapingSlashes` (and
/// `.prettyPrinted` for ``Dossier/JSONFormat/pretty``), without building a tree of values
/// first.
///
/// Model types describe their fields once, in ``JSONFieldEncodable/encodeFields(to:)``;
/// `Encodable` and this writer both go through that description. Fields must come in the
/// order `JSONEncoder` sorts keys in (by their UTF-8 bytes), which debug builds assert and
/// the tests check against `JSONEncoder` on generated dossiers.
struct CanonicalJSONWriter {
    /// The text written so far.
    private var output: JSONOutputBuffer
    private let pretty: Bool
    private var depth = 0

    /// Creates a writer for one of the two layouts.
    init(format: Dossier.JSONFormat, capacity: Int = 4096) {
        pretty = format == .pretty
        output = JSONOutputBuffer(capacity: capacity)
    }

    /// Writes a JSON string, escaped as `JSONEncoder` escapes: `"` and `\`, the C0 controls
    /// (`\b \t \n \f \r` short, the others as `\u00xx`); everything else, `/` and non-ASCII
    /// included, as it is.
    mutating func string(_ value: String) {
        output.append(UInt8(ascii: "\""))
        value.withContiguousUTF8 { utf8 in
            var runStart = 0
            var index = Self.escaped.firstIndex(in: utf8)
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index - 1]))
                runStart = index
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x09: output.append(UInt8(ascii: "t"))
                case 0x0A: output.append(UInt8(ascii: "n"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                case 0x0D: output.append(UInt8(ascii: "r"))
                default:
                    append("u00")
                    output.append(Self.hexDigits.utf8Start[Int(byte >> 4)])
                    output.append(Self.hexDigits.utf8Start[Int(byte & 0xF)])
                }
                index = Self.escaped.firstIndex(in: utf8, from: index)
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The bytes a JSON string escapes: below 0x20, `"` and `\`.
    private static let escaped = ByteScan(below: 0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"))

    /// Writes an integer in decimal: the digits are made right to left in a small buffer on
    /// the stack and appended at once.
    mutating func integer(_ value: Int) {
        if value >= 0 && value < 10 {
            output.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        // 24 bytes: the 20 digits of the largest magnitude and a sign fit.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            var magnitude = value.magnitude
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            output.append(UnsafeRawBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// Writes `true` or `false`.
    mutating func boolean(_ value: Bool) {
        append(value ? "true" : "false")
    }

    /// Writes an array, each element written by `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout Self, Element) -> Void) {
        output.append(UInt8(ascii: "["))
        depth += 1
        for (index, value) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            newline()
            element(&self, value)
        }
        close(UInt8(ascii: "]"), empty: elements.isEmpty)
    }

    /// Starts an object; follow with ``key(_:first:)`` and a value for each field, then
    /// ``endObject(empty:)``.
    mutating func beginObject() {
        output.append(UInt8(ascii: "{"))
        depth += 1
    }

    /// Writes a field's key and separator, after a comma unless it is the first field. Keys
    /// are the model's coding keys, which need no escaping.
    mutating func key(_ key: String, first: Bool) {
        assert(key.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
        if pretty {
            if !first { output.append(UInt8(ascii: ",")) }
            newline()
            output.append(UInt8(ascii: "\""))
            appendUTF8(of: key)
            append("\" : ")
        } else {
            key.withContiguousUTF8 { output.append(first ? "\"" : ",\"", $0, "\":") }
        }
    }

    /// Ends an object; `empty` when no field was written.
    mutating func endObject(empty: Bool) {
        close(UInt8(ascii: "}"), empty: empty)
    }

    /// Ends the text with a line break, as files should.
    mutating func endLine() {
        output.append(UInt8(ascii: "\n"))
    }

    /// The text written, moved out of the writer.
    consuming func finish() -> [UInt8] {
        output.bytes
    }

    /// `JSONEncoder` writes an empty container as its brackets around an empty line.
    private mutating func close(_ bracket: UInt8, empty: Bool) {
        depth -= 1
        if empty && pretty { output.append(UInt8(ascii: "\n")) }
        newline()
        output.append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        output.appendLineBreak(indentation: 2 * depth)
    }

    /// Appends the bytes of a literal, read in place (no array, no reference counting).
    @inline(__always)
    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { output.append($0) }
    }

    /// Appends a string's UTF-8 as it is, in one copy.
    @inline(__always)
    private mutating func appendUTF8(of text: String) {
        text.withContiguousUTF8 { output.append($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"
}
