/// The exact text of a document, as paragraphs, so that every ``SourceSpan`` can be read
/// back and the original file rebuilt byte for byte.
///
/// Paragraphs are separated by one or more blank lines (`\n`, then any number of lines
/// holding only spaces, tabs or `\r`, then `\n`). The separators, blank lines before the
/// first paragraph and the line break(s) after the last are kept, so
/// ``text`` equals the input exactly.
///
/// ```swift
/// let source = SourceText(parsing: "Title\n\nFirst paragraph.\n")
/// source.paragraphs.map(\.text)   // ["Title", "First paragraph."]
/// source.text                     // "Title\n\nFirst paragraph.\n"
/// ```
public struct SourceText: Hashable, Sendable, Codable {
    /// One paragraph of the source and the part it plays in the document.
    public struct Paragraph: Hashable, Sendable, Codable {
        /// The part a paragraph plays; it decides where the paragraph goes in Akoma Ntoso.
        public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
            /// The headline (`preface/p/docTitle`).
            case title
            /// A publication line such as "Posted on Mar 7, 2023" (`preface/p`).
            case dateLine
            /// A heading that opens a section such as "About ECLAG" (`hcontainer/heading`).
            case heading
            /// Running text (`mainBody/p`).
            case body
        }

        /// The paragraph's exact text, without the separating blank lines.
        public var text: String
        /// The part the paragraph plays.
        public var role: Role

        /// Creates a paragraph.
        public init(_ text: String, role: Role = .body) {
            self.text = text
            self.role = role
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case text, role }

        /// Decodes a paragraph; a missing role is ``Role/body``.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The only keys the object may have (unknown keys are errors).
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
        where Source.Key == CodingKeys {
            text = try c.decode(String.self, forKey: .text)
            role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .body
        }

        /// Encodes a paragraph.
        public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

        func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
        where Sink.Key == CodingKeys {
            try c.encode(role, forKey: .role)
            try c.encode(text, forKey: .text)
        }
    }

    /// The paragraphs in order.
    public var paragraphs: [Paragraph]
    /// The exact text between paragraph `i` and `i + 1`; one fewer than the paragraphs.
    public var separators: [String]
    /// Blank lines before the first paragraph (usually empty).
    public var leading: String
    /// Line breaks and blank lines after the last paragraph (often `"\n"` or empty).
    public var trailing: String

    /// Creates a source from paragraphs joined by `separator`.
    public init(
        paragraphs: [Paragraph], separator: String = "\n\n", leading: String = "",
        trailing: String = ""
    ) {
        self.paragraphs = paragraphs
        self.separators = Array(repeating: separator, count: max(0, paragraphs.count - 1))
        self.leading = leading
        self.trailing = trailing
    }

    /// Splits plain text into paragraphs at blank lines, keeping every separator.
    ///
    /// A `\r` before a line break belongs to the separator, so CRLF text gives clean
    /// paragraphs. Blank lines before the first paragraph go to ``leading``, and the line
    /// break(s) after the last to ``trailing``; text of only whitespace has no paragraphs.
    /// The first paragraph gets the role ``Paragraph/Role/title``, the others
    /// ``Paragraph/Role/body``; set other roles afterwards where they apply.
    public init(parsing text: String) {
        var text = text
        self = text.withUTF8 { Self(parsingUTF8: $0) }
    }

    /// ``init(parsing:)`` over text given as UTF-8, which must be valid. The split only looks
    /// at spaces, tabs, `\r` and `\n`, which are single bytes that never occur inside another
    /// scalar's encoding, so byte offsets stand in for scalar offsets and every part is a run
    /// of whole scalars.
    init(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        // Blank lines before the first paragraph.
        var start = 0
        var cursor = 0
        while cursor < bytes.count, isBlank(bytes[cursor]) {
            if bytes[cursor] == 0x0A { start = cursor + 1 }
            cursor += 1
        }
        // Line breaks and blank lines after the last paragraph.
        var end = bytes.count
        cursor = bytes.count
        while cursor > start, isBlank(bytes[cursor - 1]) {
            cursor -= 1
            if bytes[cursor] == 0x0A { end = cursor > start && bytes[cursor - 1] == 0x0D ? cursor - 1 : cursor }
        }
        if cursor == start { end = start }

        var pieces: [String] = []
        var separators: [String] = []
        var pieceStart = start
        let lineFeed = ByteScan(0x0A)
        let searched = UnsafeBufferPointer(rebasing: bytes[..<end])
        var index = lineFeed.firstIndex(in: searched, from: start)
        while index < end {
            if let runEnd = Self.blankRunEnd(bytes, from: index), runEnd <= end {
                let separatorStart = index > pieceStart && bytes[index - 1] == 0x0D ? index - 1 : index
                pieces.append(string(pieceStart..<separatorStart))
                separators.append(string(separatorStart..<runEnd))
                pieceStart = runEnd
                index = lineFeed.firstIndex(in: searched, from: runEnd)
            } else {
                index = lineFeed.firstIndex(in: searched, from: index + 1)
            }
        }
        if end > start { pieces.append(string(pieceStart..<end)) }

        self.paragraphs = pieces.enumerated().map {
            Paragraph($0.element, role: $0.offset == 0 ? .title : .body)
        }
        self.separators = separators
        self.leading = string(0..<start)
        self.trailing = string(end..<bytes.count)
    }

    /// The full text, rebuilt from the paragraphs and separators.
    public var text: String {
        var result = ""
        forEachPart { result += $0 }
        return result
    }

    /// Calls `body` with the parts of ``text`` in order (``leading``, each paragraph with the
    /// separator before it, ``trailing``), for work that reads the full text without joining it.
    func forEachPart(_ body: (String) -> Void) {
        body(leading)
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { body(index - 1 < separators.count ? separators[index - 1] : "\n\n") }
            body(paragraph.text)
        }
        body(trailing)
    }

    /// The text a span covers, or `nil` if the span is outside the source.
    ///
    /// It walks the paragraph from its start, so it costs O(`span.end`); to check many spans,
    /// compare them with ``scalarLengths`` (counted once) instead.
    public func text(of span: SourceSpan) -> String? {
        guard paragraphs.indices.contains(span.paragraph), span.start >= 0,
            span.start <= span.end
        else { return nil }
        let scalars = paragraphs[span.paragraph].text.unicodeScalars
        guard span.end <= scalars.count else { return nil }
        let from = scalars.index(scalars.startIndex, offsetBy: span.start)
        let to = scalars.index(from, offsetBy: span.length)
        return String(scalars[from..<to])
    }

    /// Each paragraph's length in Unicode scalars, the unit of ``SourceSpan`` offsets.
    public var scalarLengths: [Int] { paragraphs.map(\.text.scalarCount) }

    /// Every occurrence of `phrase` as a whole word or phrase, in reading order.
    ///
    /// A match must not continue a word: "EC" is not found inside "ECPAT", but "IMCO" is
    /// found in "IMCO’s". Matching is exact (case and punctuation count).
    public func spans(of phrase: String, inParagraph paragraph: Int? = nil) -> [SourceSpan] {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let indices = paragraph.map { [$0] } ?? Array(paragraphs.indices)
        var result: [SourceSpan] = []
        for index in indices where paragraphs.indices.contains(index) {
            let haystack = Array(paragraphs[index].text.unicodeScalars)
            var start = 0
            while start + needle.count <= haystack.count {
                let end = start + needle.count
                if haystack[start..<end].elementsEqual(needle),
                    start == 0 || !Self.continuesWord(haystack[start - 1], needle[0]),
                    end == haystack.count || !Self.continuesWord(haystack[end], needle[needle.count - 1])
                {
                    result.append(SourceSpan(paragraph: index, start: start, end: end))
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return result
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case paragraphs, separators, leading, trailing }

    /// Decodes a source; missing separators are `"\n\n"` and missing `leading` and
    /// `trailing` are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        paragraphs = try c.decode([Paragraph].self, forKey: .paragraphs)
        separators =
            try c.decodeIfPresent([String].self, forKey: .separators)
            ?? Array(repeating: "\n\n", count: max(0, paragraphs.count - 1))
        guard separators.count == max(0, paragraphs.count - 1) else {
            throw c.corrupted(
                .separators,
                "expected one separator fewer than the \(paragraphs.count) paragraphs, found \(separators.count)")
        }
        leading = try c.decodeIfPresent(String.self, forKey: .leading) ?? ""
        trailing = try c.decodeIfPresent(String.self, forKey: .trailing) ?? ""
    }

    /// Encodes a source, leaving out empty `leading`, `trailing` and `separators`.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        if !leading.isEmpty { try c.encode(leading, forKey: .leading) }
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encodeList(separators, forKey: .separators)
        if !trailing.isEmpty { try c.encode(trailing, forKey: .trailing) }
    }

    /// The index just past a separator that starts with the `\n` at `index`, or `nil`
    /// when that line break does not end a paragraph.
    private static func blankRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var cursor = index + 1
        var end: Int?
        while cursor < bytes.count {
            switch bytes[cursor] {
            case 0x0A:
                end = cursor + 1
            case 0x20, 0x09, 0x0D:
                break
            default:
                return end
            }
            cursor += 1
        }
        return end
    }

    private static func continuesWord(_ neighbour: Unicode.Scalar, _ edge: Unicode.Scalar) -> Bool {
        isWordScalar(edge) && (isWordScalar(neighbour) || isCombiningMark(neighbour))
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }
}
