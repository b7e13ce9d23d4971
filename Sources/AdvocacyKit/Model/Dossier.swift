/// Everything one advocacy document says, as typed records: the document and the
/// organisations, committees, coalitions, proposals, opinions, demands, people, quotes and
/// stances it mentions. Entities refer to each other by id.
///
/// A dossier's JSON form (see ``jsonData(format:)`` and ``init(json:)``) is the package's
/// public exchange format; ``schemaVersion`` names its version.
public struct Dossier: Hashable, Sendable, Codable {
    /// The JSON format version this package writes.
    public static let currentSchemaVersion = 1

    /// The JSON format version of this dossier.
    public var schemaVersion: Int
    /// The document.
    public var document: Statement
    /// Organisations, institutions and companies.
    public var organisations: [Organisation]
    /// Parliamentary committees.
    public var committees: [Committee]
    /// Coalitions, signatory groups and their bodies.
    public var coalitions: [Coalition]
    /// Legislative proposals.
    public var proposals: [Proposal]
    /// Opinions, reports, votes and positions on proposals.
    public var opinions: [Opinion]
    /// Demands.
    public var demands: [Demand]
    /// People.
    public var people: [Person]
    /// Quotes.
    public var quotes: [Quote]
    /// Stances.
    public var stances: [Stance]

    /// Creates a dossier.
    public init(
        document: Statement, organisations: [Organisation] = [], committees: [Committee] = [],
        coalitions: [Coalition] = [], proposals: [Proposal] = [], opinions: [Opinion] = [],
        demands: [Demand] = [], people: [Person] = [], quotes: [Quote] = [],
        stances: [Stance] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.document = document
        self.organisations = organisations
        self.committees = committees
        self.coalitions = coalitions
        self.proposals = proposals
        self.opinions = opinions
        self.demands = demands
        self.people = people
        self.quotes = quotes
        self.stances = stances
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, document, organisations, committees, coalitions, proposals,
            opinions, demands, people, quotes, stances
    }

    /// Decodes a dossier; missing entity lists are empty.
    ///
    /// Throws when `schemaVersion` is newer than this package understands.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "schema versions start at 1, found \(schemaVersion); set it to 1")
        }
        guard schemaVersion <= Self.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription:
                    "schema version \(schemaVersion) is newer than this AdvocacyKit reads (up to \(Self.currentSchemaVersion)); upgrade AdvocacyKit"
            )
        }
        // References are plain ids; resolve their kinds through an index of the dossier's ids.
        let decoded = try DossierReferenceKind.$decodingIndex.withValue(Self.referenceIndex(c)) {
            (
                try c.decode(Statement.self, forKey: .document),
                try c.decodeList(.organisations) as [Organisation],
                try c.decodeList(.committees) as [Committee],
                try c.decodeList(.coalitions) as [Coalition],
                try c.decodeList(.proposals) as [Proposal],
                try c.decodeList(.opinions) as [Opinion],
                try c.decodeList(.demands) as [Demand],
                try c.decodeList(.people) as [Person],
                try c.decodeList(.quotes) as [Quote],
                try c.decodeList(.stances) as [Stance]
            )
        }
        (
            document, organisations, committees, coalitions, proposals, opinions, demands, people,
            quotes, stances
        ) = decoded
    }

    /// The kind of every id the dossier's JSON holds; the first entity wins where an id is
    /// used twice (a validation error reported elsewhere). Lists that do not decode are left
    /// out here, so that their own decoding reports the error with its path.
    private static func referenceIndex(
        _ c: KeyedDecodingContainer<CodingKeys>
    ) -> [String: DossierReferenceKind] {
        struct Handle: Decodable {
            let id: String
            let bodies: [Handle]?
        }
        var index: [String: DossierReferenceKind] = [:]
        let lists: [(CodingKeys, DossierReferenceKind)] = [
            (.organisations, .organisation), (.committees, .committee), (.coalitions, .coalition),
            (.people, .person), (.proposals, .proposal), (.opinions, .opinion),
        ]
        for (key, kind) in lists {
            for handle in (try? c.decodeIfPresent([Handle].self, forKey: key)) ?? [] {
                if index[handle.id] == nil { index[handle.id] = kind }
                for body in handle.bodies ?? [] where index[body.id] == nil {
                    index[body.id] = .coalitionBody
                }
            }
        }
        return index
    }

    /// Encodes a dossier, leaving out empty entity lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeList(coalitions, forKey: .coalitions)
        try c.encodeList(committees, forKey: .committees)
        try c.encodeList(demands, forKey: .demands)
        try c.encode(document, forKey: .document)
        try c.encodeList(opinions, forKey: .opinions)
        try c.encodeList(organisations, forKey: .organisations)
        try c.encodeList(people, forKey: .people)
        try c.encodeList(proposals, forKey: .proposals)
        try c.encodeList(quotes, forKey: .quotes)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encodeList(stances, forKey: .stances)
    }
}
