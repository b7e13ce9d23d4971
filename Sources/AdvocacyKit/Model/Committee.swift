/// A parliamentary committee, e.g. the European Parliament's IMCO committee.
public struct Committee: DossierEntity {
    /// The id of a committee.
    public typealias ID = Identifier<Committee>

    /// The committee's id.
    public var id: ID
    /// The full name as the text gives it; `nil` when the text only uses the acronym.
    public var name: String?
    /// The acronym, e.g. `IMCO`.
    public var abbreviation: String?
    /// Other forms the text uses ("the LIBE Committee").
    public var aliases: [String]
    /// The parliament the committee belongs to.
    public var parliament: Organisation.ID?
    /// Where the text names the committee.
    public var mentions: [SourceSpan]

    /// Creates a committee.
    public init(
        id: ID, name: String? = nil, abbreviation: String? = nil, aliases: [String] = [],
        parliament: Organisation.ID? = nil, mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.aliases = aliases
        self.parliament = parliament
        self.mentions = mentions
    }

    /// The best name to show: the full name, else the acronym, else the id.
    public var displayName: String { name ?? abbreviation ?? id.rawValue }

    /// The list that holds committees.
    public static var dossierList: WritableKeyPath<Dossier, [Committee]> { \.committees }
    /// `committees`.
    public static var listName: String { "committees" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, abbreviation, aliases, parliament, mentions
    }

    /// Decodes a committee; missing lists are empty.
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
        abbreviation = try c.decodeIfPresent(String.self, forKey: .abbreviation)
        aliases = try c.decodeList(.aliases)
        parliament = try c.decodeIfPresent(Organisation.ID.self, forKey: .parliament)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes a committee, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(abbreviation, forKey: .abbreviation)
        try c.encodeList(aliases, forKey: .aliases)
        try c.encode(id, forKey: .id)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(parliament, forKey: .parliament)
    }
}
