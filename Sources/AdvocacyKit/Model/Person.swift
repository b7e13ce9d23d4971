/// A person the text names or refers to, such as an unnamed spokesperson.
public struct Person: DossierEntity {
    /// The id of a person.
    public typealias ID = Identifier<Person>

    /// The person's id.
    public var id: ID
    /// The person's name; `nil` when the text does not give it ("a spokesperson").
    public var name: String?
    /// Other forms the text uses for the person, e.g. `Congresswoman Ana Ruiz` for `Ana Ruiz`.
    public var aliases: [String]
    /// The role the text gives, e.g. `spokesperson`, `rapporteur`, `MEP`.
    public var role: String?
    /// Whom the person works for or speaks for.
    public var affiliation: Party?
    /// Where the text refers to the person.
    public var mentions: [SourceSpan]

    /// Creates a person.
    public init(
        id: ID, name: String? = nil, aliases: [String] = [], role: String? = nil, affiliation: Party? = nil,
        mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.mentions = mentions
    }

    /// The best name to show: the name, else "unnamed <role>", else the id.
    public var displayName: String {
        name ?? role.map { "\($0.prefix(1).uppercased())\($0.dropFirst()) (unnamed)" } ?? id.rawValue
    }

    /// The list that holds people.
    public static var dossierList: WritableKeyPath<Dossier, [Person]> { \.people }
    /// `people`.
    public static var listName: String { "people" }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, aliases, role, affiliation, mentions }

    /// Decodes a person; missing `aliases` and `mentions` are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        aliases = try c.decodeList(.aliases)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        affiliation = try c.decodeIfPresent(Party.self, forKey: .affiliation)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes a person, leaving out empty `aliases` and `mentions`.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(affiliation, forKey: .affiliation)
        try c.encodeList(aliases, forKey: .aliases)
        try c.encode(id, forKey: .id)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(role, forKey: .role)
    }
}
