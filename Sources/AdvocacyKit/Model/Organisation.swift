/// A named organisation: an NGO, an institution, a body, a company, a political group.
///
/// Committees and coalitions have their own types (``Committee``, ``Coalition``).
public struct Organisation: DossierEntity {
    /// The id of an organisation.
    public typealias ID = Identifier<Organisation>

    /// What kind of organisation it is. Common kinds are static members; any other
    /// lowerCamelCase name works too.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
        /// The kind's name as it appears in JSON.
        public let rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a kind from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// A non-governmental organisation.
        public static let ngo: Kind = "ngo"
        /// An intergovernmental organisation.
        public static let igo: Kind = "igo"
        /// An EU institution (Commission, Parliament, Council, …).
        public static let euInstitution: Kind = "euInstitution"
        /// An EU agency or body, existing or proposed.
        public static let euBody: Kind = "euBody"
        /// A national or regional parliament.
        public static let parliament: Kind = "parliament"
        /// A government, ministry or public authority.
        public static let government: Kind = "government"
        /// A political party or parliamentary political group.
        public static let politicalGroup: Kind = "politicalGroup"
        /// A company.
        public static let company: Kind = "company"
        /// A foundation, university, research institute or other body.
        public static let other: Kind = "other"
    }

    /// The organisation's id.
    public var id: ID
    /// The fullest name the text uses, e.g. `European Commission`.
    public var name: String
    /// The acronym or short form, e.g. `EC`.
    public var abbreviation: String?
    /// Other forms the text uses ("the Commission").
    public var aliases: [String]
    /// What kind of organisation it is.
    public var kind: Kind?
    /// Where it is based or registered: an ISO 3166-1 alpha-2 code in lower case (`be`),
    /// `eu` for EU bodies, `int` for international organisations.
    public var jurisdiction: String?
    /// Identifiers such as its website or a transparency-register number.
    public var identifiers: [DocumentIdentifier]
    /// Whether the organisation exists yet; `true` for a body a proposal would create.
    public var isProposed: Bool
    /// Where the text names the organisation.
    public var mentions: [SourceSpan]

    /// Creates an organisation.
    public init(
        id: ID, name: String, abbreviation: String? = nil, aliases: [String] = [],
        kind: Kind? = nil, jurisdiction: String? = nil, identifiers: [DocumentIdentifier] = [],
        isProposed: Bool = false, mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.aliases = aliases
        self.kind = kind
        self.jurisdiction = jurisdiction
        self.identifiers = identifiers
        self.isProposed = isProposed
        self.mentions = mentions
    }

    /// The list that holds organisations.
    public static var dossierList: WritableKeyPath<Dossier, [Organisation]> { \.organisations }
    /// `organisations`.
    public static var listName: String { "organisations" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, abbreviation, aliases, kind, jurisdiction, identifiers, isProposed, mentions
    }

    /// Decodes an organisation; missing lists are empty and `isProposed` defaults to false.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        abbreviation = try c.decodeIfPresent(String.self, forKey: .abbreviation)
        aliases = try c.decodeList(.aliases)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind)
        jurisdiction = try c.decodeIfPresent(String.self, forKey: .jurisdiction)
        identifiers = try c.decodeList(.identifiers)
        isProposed = try c.decodeIfPresent(Bool.self, forKey: .isProposed) ?? false
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes an organisation, leaving out empty lists and `isProposed` when false.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(abbreviation, forKey: .abbreviation)
        try c.encodeList(aliases, forKey: .aliases)
        try c.encode(id, forKey: .id)
        try c.encodeList(identifiers, forKey: .identifiers)
        if isProposed { try c.encode(isProposed, forKey: .isProposed) }
        try c.encodeIfPresent(jurisdiction, forKey: .jurisdiction)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encode(name, forKey: .name)
    }
}
