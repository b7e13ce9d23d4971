/// The text of one block (`p`, `heading`, …) of an imported document, with where each inline
/// element inside it starts and ends, in Unicode scalars of that text (the unit of
/// ``SourceSpan``).
///
/// Under `xml:space="preserve"` the text is kept exactly. Otherwise whitespace is
/// insignificant layout, as in most published Akoma Ntoso: runs of spaces, tabs and line
/// breaks become one space and the ends are trimmed; inline ranges follow the text.
struct AKNBlockText {
    /// An inline element of the block and the range of the text it covers.
    struct Inline {
        /// The element.
        var element: AKNImportElement
        /// Offset of the first covered scalar.
        var start: Int
        /// Offset just past the last covered scalar.
        var end: Int
    }

    /// The block's text.
    private(set) var text: String
    /// Every element inside the block, in document order (outer before inner).
    private(set) var inlines: [Inline]

    /// XML's whitespace: space, tab, line feed and carriage return.
    static func isXMLSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Reads the text of `block`; `preserve` says whether `xml:space="preserve"` is in effect.
    init(_ block: AKNImportElement, preserve: Bool) {
        var raw: [Unicode.Scalar] = []
        var rawInlines: [Inline] = []
        func walk(_ element: AKNImportElement) {
            for child in element.children {
                switch child {
                case .text(let text):
                    raw.append(contentsOf: text.unicodeScalars)
                case .element(let inner):
                    let index = rawInlines.count
                    rawInlines.append(Inline(element: inner, start: raw.count, end: raw.count))
                    if inner.localName == "br", inner.children.isEmpty {
                        raw.append("\n")
                    } else {
                        walk(inner)
                    }
                    rawInlines[index].end = raw.count
                }
            }
        }
        walk(block)
        guard !preserve else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: raw)
            text = String(view)
            inlines = rawInlines
            return
        }
        // Collapse whitespace; remember where each kept scalar lands.
        var output = String.UnicodeScalarView()
        var count = 0
        var position = [Int](repeating: -1, count: raw.count)
        var pendingSpace = false
        for (index, scalar) in raw.enumerated() {
            if Self.isXMLSpace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace, count > 0 {
                output.append(" ")
                count += 1
            }
            pendingSpace = false
            position[index] = count
            output.append(scalar)
            count += 1
        }
        // startAt[i]: where the first kept scalar at or after raw offset i lands.
        var startAt = [Int](repeating: count, count: raw.count + 1)
        if !raw.isEmpty {
            for index in stride(from: raw.count - 1, through: 0, by: -1) {
                startAt[index] = position[index] >= 0 ? position[index] : startAt[index + 1]
            }
        }
        // endAt[i]: just past the last kept scalar before raw offset i.
        var endAt = [Int](repeating: 0, count: raw.count + 1)
        for index in 0..<raw.count {
            endAt[index + 1] = position[index] >= 0 ? position[index] + 1 : endAt[index]
        }
        text = String(output)
        inlines = rawInlines.map { inline in
            let start = startAt[inline.start]
            return Inline(element: inline.element, start: start, end: max(start, endAt[inline.end]))
        }
    }

    /// Puts `number` (a `num`) and a space before this text, as in "3. Definitions".
    mutating func prepend(number: AKNBlockText) {
        guard !number.text.isEmpty else { return }
        let shift = number.text.unicodeScalars.count + (text.isEmpty ? 0 : 1)
        inlines = number.inlines
            + inlines.map { Inline(element: $0.element, start: $0.start + shift, end: $0.end + shift) }
        text = text.isEmpty ? number.text : number.text + " " + text
    }
}
