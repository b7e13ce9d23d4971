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
    public var organisations: [Organisation] { didSet { lookup = DossierLookup() } }
    /// Parliamentary committees.
    public var committees: [Committee] { didSet { lookup = DossierLookup() } }
    /// Coalitions, signatory groups and their bodies.
    public var coalitions: [Coalition] { didSet { lookup = DossierLookup() } }
    /// Legislative proposals.
    public var proposals: [Proposal] { didSet { lookup = DossierLookup() } }
    /// Opinions, reports, votes and positions on proposals.
    public var opinions: [Opinion] { didSet { lookup = DossierLookup() } }
    /// Demands.
    public var demands: [Demand] { didSet { lookup = DossierLookup() } }
    /// People.
    public var people: [Person] { didSet { lookup = DossierLookup() } }
    /// Quotes.
    public var quotes: [Quote] { didSet { lookup = DossierLookup() } }
    /// Stances.
    public var stances: [Stance] { didSet { lookup = DossierLookup() } }
    /// The entities' positions by id, for `dossier[id]`; rebuilt when a list changes.
    var lookup = DossierLookup()

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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, document, organisations, committees, coalitions, proposals,
            opinions, demands, people, quotes, stances
    }

    /// Decodes a dossier; missing entity lists are empty.
    ///
    /// Throws when `schemaVersion` is newer than this package understands.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let schemaVersion = try Self.schemaVersion(in: c)
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        // References are plain ids; resolve their kinds through an index of the dossier's ids.
        self = try DossierReferenceKind.$decodingIndex.withValue(Self.referenceIndex(c)) {
            try Self(fields: c, schemaVersion: schemaVersion)
        }
    }

    /// The only keys a dossier may have (unknown keys are errors).
    static let closedKeys = CodingKeys.allCases.map(\.rawValue)

    /// Reads a dossier from a ``JSONTape``: as ``init(from:)`` does, with the reference index
    /// kept on the tape; refuses whatever it does not read the same way.
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        self = try JSONTape.Object<CodingKeys>.readClosed(value, keyCount: Self.closedKeys.count) {
            fields throws(JSONTape.Refusal) in
            let schemaVersion = try Self.schemaVersion(in: fields)
            value.references = try Self.referenceIndex(value)
            return try Self(fields: fields, schemaVersion: schemaVersion)
        }
    }

    private init<Source: JSONFieldSource>(fields c: Source, schemaVersion: Int) throws(Source.Failure)
    where Source.Key == CodingKeys {
        self.schemaVersion = schemaVersion
        document = try c.decode(Statement.self, forKey: .document)
        organisations = try c.decodeList(.organisations)
        committees = try c.decodeList(.committees)
        coalitions = try c.decodeList(.coalitions)
        proposals = try c.decodeList(.proposals)
        opinions = try c.decodeList(.opinions)
        demands = try c.decodeList(.demands)
        people = try c.decodeList(.people)
        quotes = try c.decodeList(.quotes)
        stances = try c.decodeList(.stances)
    }

    /// The schema version, refused when it is not one this package reads.
    private static func schemaVersion<Source: JSONFieldSource>(in c: Source) throws(Source.Failure) -> Int
    where Source.Key == CodingKeys {
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version >= 1 else {
            throw c.corrupted(.schemaVersion, "schema versions start at 1, found \(version); set it to 1")
        }
        guard version <= Self.currentSchemaVersion else {
            throw c.corrupted(
                .schemaVersion,
                "schema version \(version) is newer than this AdvocacyKit reads (up to \(Self.currentSchemaVersion)); upgrade AdvocacyKit"
            )
        }
        return version
    }

    /// The lists whose entities can be referred to, and the kind of their ids.
    private static let referenceLists: [(CodingKeys, DossierReferenceKind)] = [
        (.organisations, .organisation), (.committees, .committee), (.coalitions, .coalition),
        (.people, .person), (.proposals, .proposal), (.opinions, .opinion),
    ]

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
        for (key, kind) in referenceLists {
            for handle in (try? c.decodeIfPresent([Handle].self, forKey: key)) ?? [] {
                if index[handle.id] == nil { index[handle.id] = kind }
                for body in handle.bodies ?? [] where index[body.id] == nil {
                    index[body.id] = .coalitionBody
                }
            }
        }
        return index
    }

    /// The same index read from the tape; a list of any other shape is refused.
    private static func referenceIndex(
        _ value: JSONTape.Value
    ) throws(JSONTape.Refusal) -> [String: DossierReferenceKind] {
        /// The ids of the objects in the list at `index` (none for `null`), each with the ids
        /// of its bodies; bodies of bodies are refused.
        func handles(in value: JSONTape.Value, nested: Bool) throws(JSONTape.Refusal) -> [(id: String, bodies: [String])] {
            let list = value.entry
            if list.kind == .null { return [] }
            guard list.kind == .array else { throw JSONTape.Refusal() }
            var result: [(id: String, bodies: [String])] = []
            var element = value.index + 1
            while element < list.next {
                guard let id = value.at(element).member("id") else { throw JSONTape.Refusal() }
                var bodies: [String] = []
                if let list = value.at(element).member("bodies") {
                    guard !nested else { throw JSONTape.Refusal() }
                    bodies = try handles(in: list, nested: true).map(\.id)
                }
                result.append((try id.string(), bodies))
                element = value.entries[element].next
            }
            return result
        }
        var index: [String: DossierReferenceKind] = [:]
        for (key, kind) in referenceLists {
            guard let list = value.member(key.stringValue) else { continue }
            for handle in try handles(in: list, nested: false) {
                if index[handle.id] == nil { index[handle.id] = kind }
                for body in handle.bodies where index[body] == nil { index[body] = .coalitionBody }
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
