/// A limit on the attributes of one element, checked on the raw bytes before libxml2 sees
/// them: libxml2 2.9 compares each attribute of a start tag with all the others (for
/// duplicates), so an element with n attributes costs n² (40,000 attributes: 3 s, and it
/// grows fourfold with each doubling). No Akoma Ntoso or press-release element needs more
/// than a few dozen.
///
/// The scan reads markup as an XML or HTML tokenizer would at the level that matters here:
/// comments, CDATA sections, processing instructions and declarations are stepped over, and
/// attribute values (quoted or not) are skipped, so it costs one pass over the bytes.
enum AttributeBudget {
    /// The most attributes one element may have.
    static let maximumPerElement = 256

    /// The error for the first element with more than ``maximumPerElement`` attributes, or `nil`.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, source: String?) -> XMLError? {
        var scanner = Scanner(bytes: bytes)
        guard let offset = scanner.firstOverBudget() else { return nil }
        let (line, column) = TextPosition.of(offset, in: bytes)
        return .single(
            "An element has more than \(maximumPerElement) attributes (line \(line)); no document needs so many, so the input is refused rather than parsed in quadratic time.",
            message: "More than \(maximumPerElement) attributes on one element",
            line: line, column: column, source: source)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        private func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

        private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

        private func starts(with literal: StaticString, at offset: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            return UnsafeBufferPointer(start: literal.utf8Start, count: count).elementsEqual(bytes[offset..<(offset + count)])
        }

        /// Moves past the first `terminator` at or after `offset` (to the end if there is none).
        private mutating func skip(past terminator: StaticString, from offset: Int) {
            var index = offset
            while index < bytes.count, !starts(with: terminator, at: index) { index += 1 }
            position = min(bytes.count, index + terminator.utf8CodeUnitCount)
        }

        /// The offset of the attribute that first goes over the budget.
        mutating func firstOverBudget() -> Int? {
            while position < bytes.count {
                guard bytes[position] == UInt8(ascii: "<") else {
                    position += 1
                    continue
                }
                if starts(with: "<!--", at: position) {
                    skip(past: "-->", from: position + 4)
                } else if starts(with: "<![CDATA[", at: position) {
                    skip(past: "]]>", from: position + 9)
                } else if starts(with: "<?", at: position) {
                    skip(past: "?>", from: position + 2)
                } else if starts(with: "<!", at: position) || starts(with: "</", at: position) {
                    skip(past: ">", from: position + 2)
                } else if let over = startTag() {
                    return over
                }
            }
            return nil
        }

        /// Reads a start tag from its `<`; returns the offset of an attribute over the budget.
        private mutating func startTag() -> Int? {
            position += 1
            while let byte = at(position), !isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/") { position += 1 }
            var count = 0
            while let byte = at(position) {
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                if byte == UInt8(ascii: ">") {
                    position += 1
                    return nil
                }
                // An attribute: its name, then maybe `=` and a value.
                count += 1
                if count > AttributeBudget.maximumPerElement { return position }
                while let byte = at(position), !isSpace(byte), byte != UInt8(ascii: "="), byte != UInt8(ascii: ">") { position += 1 }
                while let byte = at(position), isSpace(byte) { position += 1 }
                guard at(position) == UInt8(ascii: "=") else { continue }
                position += 1
                while let byte = at(position), isSpace(byte) { position += 1 }
                if let quote = at(position), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    position += 1
                    while let byte = at(position), byte != quote { position += 1 }
                    position += 1
                } else {
                    while let byte = at(position), !isSpace(byte), byte != UInt8(ascii: ">") { position += 1 }
                }
            }
            return nil
        }
    }
}
