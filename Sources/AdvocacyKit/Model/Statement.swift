/// The advocacy document itself: a press release, a joint or open letter, a statement.
public struct Statement: Hashable, Sendable, Codable, Identifiable {
    /// The id of a document; it becomes the FRBR number of its Akoma Ntoso export.
    public typealias ID = Identifier<Statement>

    /// What kind of document it is. Common kinds are static members; any other
    /// lowerCamelCase name works too and is exported as `<doc name="…">`.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
        /// The kind's name as it appears in JSON and as the Akoma Ntoso subtype.
        public let rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a kind from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// An organisation's own announcement (blog posts included).
        public static let pressRelease: Kind = "pressRelease"
        /// A letter signed by several organisations.
        public static let jointLetter: Kind = "jointLetter"
        /// A public letter addressed to decision-makers.
        public static let openLetter: Kind = "openLetter"
        /// A statement co-signed by several organisations.
        public static let jointStatement: Kind = "jointStatement"
        /// A position formally adopted by a body (exported as AKN `statement`).
        public static let positionStatement: Kind = "positionStatement"
        /// A press release issued by a parliament.
        public static let parliamentPressRelease: Kind = "parliamentPressRelease"
        /// Third-party reporting.
        public static let news: Kind = "news"
    }

    /// The document's id: a stable slug or hash, unique in a dataset.
    public var id: ID
    /// What kind of document it is.
    public var kind: Kind
    /// The headline as written.
    public var title: String
    /// When it was published, as precisely as the text says.
    public var published: PartialDate?
    /// Where the text states the publication date ("Mar 7, 2023").
    public var publishedMentions: [SourceSpan]
    /// The document's language as a BCP 47 tag (`en`, `fr`, `pt-BR`).
    public var language: String
    /// The jurisdiction the advocacy targets: `eu` or an ISO 3166-1 alpha-2 code in lower
    /// case. It is the country of the document's FRBR identity.
    public var jurisdiction: String
    /// Who issued it.
    public var issuers: [Party]
    /// The dateline's place ("BANGKOK —").
    public var dateline: Place?
    /// Identifiers such as the URL it was published at.
    public var identifiers: [DocumentIdentifier]
    /// The exact text, which spans point into; needed for Akoma Ntoso export.
    public var source: SourceText?

    /// Creates a document.
    public init(
        id: ID, kind: Kind = .pressRelease, title: String, published: PartialDate? = nil,
        publishedMentions: [SourceSpan] = [], language: String = "en",
        jurisdiction: String, issuers: [Party] = [], dateline: Place? = nil,
        identifiers: [DocumentIdentifier] = [], source: SourceText? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.published = published
        self.publishedMentions = publishedMentions
        self.language = language
        self.jurisdiction = jurisdiction
        self.issuers = issuers
        self.dateline = dateline
        self.identifiers = identifiers
        self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, title, published, publishedMentions, language, jurisdiction, issuers,
            dateline, identifiers, source
    }

    /// Decodes a document; missing lists are empty, a missing kind is `pressRelease` and a
    /// missing language is `en`.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .pressRelease
        title = try c.decode(String.self, forKey: .title)
        published = try c.decodeIfPresent(PartialDate.self, forKey: .published)
        publishedMentions = try c.decodeList(.publishedMentions)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? "en"
        jurisdiction = try c.decode(String.self, forKey: .jurisdiction)
        issuers = try c.decodeList(.issuers)
        dateline = try c.decodeIfPresent(Place.self, forKey: .dateline)
        identifiers = try c.decodeList(.identifiers)
        source = try c.decodeIfPresent(SourceText.self, forKey: .source)
    }

    /// Encodes a document, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(dateline, forKey: .dateline)
        try c.encode(id, forKey: .id)
        try c.encodeList(identifiers, forKey: .identifiers)
        try c.encodeList(issuers, forKey: .issuers)
        try c.encode(jurisdiction, forKey: .jurisdiction)
        try c.encode(kind, forKey: .kind)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encodeList(publishedMentions, forKey: .publishedMentions)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(title, forKey: .title)
    }
}
