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
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0

    /// Creates a writer for one of the two layouts.
    init(format: Dossier.JSONFormat, capacity: Int = 4096) {
        pretty = format == .pretty
        bytes.reserveCapacity(capacity)
    }

    /// Writes a JSON string, escaped as `JSONEncoder` escapes: `"` and `\`, the C0 controls
    /// (`\b \t \n \f \r` short, the others as `\u00xx`); everything else, `/` and non-ASCII
    /// included, as it is.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time past those that need no escape, which is nearly all text.
                if utf8.count - index >= 8, !Self.mayNeedEscape(ByteWord.load(utf8, at: index)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index - 1]))
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    bytes.append(contentsOf: Self.unicodeEscape)
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether eight bytes may hold one that needs an escape (below 0x20, `"` or `\`): never
    /// `false` when one does, sometimes `true` when none does (a borrow between bytes).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        ByteWord.mayHoldByte(below: 0x20, in: word) || ByteWord.mayHold(UInt8(ascii: "\""), in: word)
            || ByteWord.mayHold(UInt8(ascii: "\\"), in: word)
    }

    /// Writes an integer in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var magnitude = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Writes `true` or `false`.
    mutating func boolean(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// Writes an array, each element written by `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout Self, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        for (index, value) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline()
            element(&self, value)
        }
        close(UInt8(ascii: "]"), empty: elements.isEmpty)
    }

    /// Starts an object; follow with ``key(_:first:)`` and a value for each field, then
    /// ``endObject(empty:)``.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
    }

    /// Writes a field's key and separator, after a comma unless it is the first field. Keys
    /// are the model's coding keys, which need no escaping.
    mutating func key(_ key: String, first: Bool) {
        assert(key.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: key.utf8)
        bytes.append(UInt8(ascii: "\""))
        if pretty {
            bytes.append(contentsOf: Self.prettyColon)
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Ends an object; `empty` when no field was written.
    mutating func endObject(empty: Bool) {
        close(UInt8(ascii: "}"), empty: empty)
    }

    /// Ends the text with a line break, as files should.
    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The text written, moved out of the writer.
    consuming func finish() -> [UInt8] {
        bytes
    }

    /// `JSONEncoder` writes an empty container as its brackets around an empty line.
    private mutating func close(_ bracket: UInt8, empty: Bool) {
        depth -= 1
        if empty && pretty { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static let unicodeEscape = Array("u00".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let prettyColon = Array(" : ".utf8)
}
