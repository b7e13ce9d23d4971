/// Where a fact was found: a range of characters in one paragraph of the source text.
///
/// `paragraph` is a 0-based index into ``SourceText/paragraphs``. `start` and `end`
/// (exclusive) count Unicode scalars from the start of that paragraph, the same unit as
/// Python's `str` indices, so `paragraphs[p].text[start:end]` in Python gives the span's text.
///
/// JSON: `{"end": 25, "paragraph": 2, "start": 10}`.
public struct SourceSpan: Hashable, Comparable, Sendable, Codable {
    /// The 0-based index of the paragraph in ``SourceText/paragraphs``.
    public var paragraph: Int
    /// The offset of the first Unicode scalar of the span.
    public var start: Int
    /// The offset just past the last Unicode scalar of the span.
    public var end: Int

    /// Creates a span; `start` must not be greater than `end`.
    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case paragraph, start, end }

    /// Decodes a span.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        paragraph = try c.decode(Int.self, forKey: .paragraph)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
    }

    /// Encodes a span.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(end, forKey: .end)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
    }

    /// The number of Unicode scalars the span covers.
    public var length: Int { end - start }

    /// Whether the span lies entirely within `other`.
    public func isInside(_ other: SourceSpan) -> Bool {
        paragraph == other.paragraph && start >= other.start && end <= other.end
    }

    /// Whether the spans share at least one character.
    public func overlaps(_ other: SourceSpan) -> Bool {
        paragraph == other.paragraph && start < other.end && other.start < end
    }

    /// Orders spans by paragraph, then start, then the longer span first.
    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.paragraph, lhs.start, rhs.end) < (rhs.paragraph, rhs.start, lhs.end)
    }
}

extension SourceSpan {
    /// Whether the span lies inside its paragraph, given each paragraph's length in scalars
    /// (``SourceText/scalarLengths``): a constant-time check, for checking many spans.
    public func lies(within scalarLengths: [Int]) -> Bool {
        scalarLengths.indices.contains(paragraph) && start >= 0 && start <= end && end <= scalarLengths[paragraph]
    }
}
