/// Direct speech attributed to a speaker; it may run over several paragraphs.
public struct Quote: DossierEntity {
    /// The id of a quote.
    public typealias ID = Identifier<Quote>

    /// One contiguous piece of the quote, quotation marks included.
    public struct Segment: Hashable, Sendable, Codable {
        /// The exact text of the piece.
        public var text: String
        /// Where the piece stands in the source.
        public var span: SourceSpan?

        /// Creates a segment.
        public init(_ text: String, span: SourceSpan? = nil) {
            self.text = text
            self.span = span
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case text, span }

        /// Decodes a segment.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The only keys the object may have (unknown keys are errors).
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
        where Source.Key == CodingKeys {
            text = try c.decode(String.self, forKey: .text)
            span = try c.decodeIfPresent(SourceSpan.self, forKey: .span)
        }

        /// Encodes a segment; a missing span is left out.
        public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

        func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
        where Sink.Key == CodingKeys {
            try c.encodeIfPresent(span, forKey: .span)
            try c.encode(text, forKey: .text)
        }
    }

    /// The quote's id.
    public var id: ID
    /// Who speaks.
    public var speaker: Person.ID?
    /// On whose behalf the speaker speaks.
    public var onBehalfOf: Party?
    /// The quote's pieces in reading order.
    public var segments: [Segment]

    /// Creates a quote.
    public init(
        id: ID, speaker: Person.ID? = nil, onBehalfOf: Party? = nil, segments: [Segment] = []
    ) {
        self.id = id
        self.speaker = speaker
        self.onBehalfOf = onBehalfOf
        self.segments = segments
    }

    /// The whole quote: its segments joined by a blank line.
    public var text: String { segments.map(\.text).joined(separator: "\n\n") }

    /// The list that holds quotes.
    public static var dossierList: WritableKeyPath<Dossier, [Quote]> { \.quotes }
    /// `quotes`.
    public static var listName: String { "quotes" }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, speaker, onBehalfOf, segments }

    /// Decodes a quote; missing `segments` are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        speaker = try c.decodeIfPresent(Person.ID.self, forKey: .speaker)
        onBehalfOf = try c.decodeIfPresent(Party.self, forKey: .onBehalfOf)
        segments = try c.decodeList(.segments)
    }

    /// Encodes a quote, leaving out empty `segments`.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(onBehalfOf, forKey: .onBehalfOf)
        try c.encodeList(segments, forKey: .segments)
        try c.encodeIfPresent(speaker, forKey: .speaker)
    }
}
