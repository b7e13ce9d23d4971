/// A legislative proposal: a Commission proposal, a bill, a draft law.
public struct Proposal: DossierEntity {
    /// The id of a proposal.
    public typealias ID = Identifier<Proposal>

    /// The proposal's id.
    public var id: ID
    /// The title as the text names it, in its most explicit form.
    public var title: String
    /// A short title or common name ("Child Sexual Abuse Regulation").
    public var shortTitle: String?
    /// Who proposed it.
    public var proposer: Party?
    /// When it was proposed, as precisely as the text says.
    public var date: PartialDate?
    /// Where the text states the date.
    public var dateMentions: [SourceSpan]
    /// Printed or external identifiers: COM number, procedure, CELEX, ELI.
    public var identifiers: [DocumentIdentifier]
    /// The committee responsible (lead committee) in parliament.
    public var leadCommittee: Committee.ID?
    /// The stage the text reports ("under discussion in the European Parliament").
    public var status: String?
    /// The jurisdiction the proposal would bind: `eu` or an ISO 3166-1 alpha-2 code.
    public var jurisdiction: String?
    /// Where the text refers to the proposal.
    public var mentions: [SourceSpan]

    /// Creates a proposal.
    public init(
        id: ID, title: String, shortTitle: String? = nil, proposer: Party? = nil,
        date: PartialDate? = nil, dateMentions: [SourceSpan] = [],
        identifiers: [DocumentIdentifier] = [], leadCommittee: Committee.ID? = nil,
        status: String? = nil, jurisdiction: String? = nil, mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.proposer = proposer
        self.date = date
        self.dateMentions = dateMentions
        self.identifiers = identifiers
        self.leadCommittee = leadCommittee
        self.status = status
        self.jurisdiction = jurisdiction
        self.mentions = mentions
    }

    /// The first identifier in the given scheme.
    public func identifier(_ scheme: DocumentIdentifier.Scheme) -> DocumentIdentifier? {
        identifiers.first { $0.scheme == scheme }
    }

    /// The list that holds proposals.
    public static var dossierList: WritableKeyPath<Dossier, [Proposal]> { \.proposals }
    /// `proposals`.
    public static var listName: String { "proposals" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, shortTitle, proposer, date, dateMentions, identifiers, leadCommittee,
            status, jurisdiction, mentions
    }

    /// Decodes a proposal; missing lists are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        shortTitle = try c.decodeIfPresent(String.self, forKey: .shortTitle)
        proposer = try c.decodeIfPresent(Party.self, forKey: .proposer)
        date = try c.decodeIfPresent(PartialDate.self, forKey: .date)
        dateMentions = try c.decodeList(.dateMentions)
        identifiers = try c.decodeList(.identifiers)
        leadCommittee = try c.decodeIfPresent(Committee.ID.self, forKey: .leadCommittee)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        jurisdiction = try c.decodeIfPresent(String.self, forKey: .jurisdiction)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes a proposal, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeList(dateMentions, forKey: .dateMentions)
        try c.encode(id, forKey: .id)
        try c.encodeList(identifiers, forKey: .identifiers)
        try c.encodeIfPresent(jurisdiction, forKey: .jurisdiction)
        try c.encodeIfPresent(leadCommittee, forKey: .leadCommittee)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encodeIfPresent(proposer, forKey: .proposer)
        try c.encodeIfPresent(shortTitle, forKey: .shortTitle)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encode(title, forKey: .title)
    }
}
