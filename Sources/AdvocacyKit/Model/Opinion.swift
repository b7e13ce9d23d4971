/// A stance of a body on a proposal: a committee's (draft) opinion or report, a vote,
/// a Council position or compromise text.
public struct Opinion: DossierEntity {
    /// The id of an opinion.
    public typealias ID = Identifier<Opinion>

    /// What kind of document or act it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A committee opinion for the lead committee.
        case opinion
        /// The lead committee's report.
        case report
        /// A vote in committee or plenary.
        case vote
        /// A stated position of an institution (Council general approach, …).
        case position
        /// A compromise text.
        case compromiseText
    }

    /// How far the opinion has come.
    public enum Stage: String, Hashable, Sendable, Codable, CaseIterable {
        /// Drafted, not adopted.
        case draft
        /// Adopted by the body.
        case adopted
    }

    /// The opinion's id.
    public var id: ID
    /// The body that wrote or adopted it.
    public var author: Party
    /// What kind of document or act it is.
    public var kind: Kind
    /// How far it has come, when the text says.
    public var stage: Stage?
    /// The proposal it is about.
    public var proposal: Proposal.ID?
    /// Its date, as precisely as known.
    public var date: PartialDate?
    /// What it says or seeks, as the text summarises it.
    public var summary: String?
    /// Identifiers such as an EP document number.
    public var identifiers: [DocumentIdentifier]
    /// Where the text refers to it.
    public var mentions: [SourceSpan]

    /// Creates an opinion.
    public init(
        id: ID, author: Party, kind: Kind = .opinion, stage: Stage? = nil,
        proposal: Proposal.ID? = nil, date: PartialDate? = nil, summary: String? = nil,
        identifiers: [DocumentIdentifier] = [], mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.author = author
        self.kind = kind
        self.stage = stage
        self.proposal = proposal
        self.date = date
        self.summary = summary
        self.identifiers = identifiers
        self.mentions = mentions
    }

    /// The list that holds opinions.
    public static var dossierList: WritableKeyPath<Dossier, [Opinion]> { \.opinions }
    /// `opinions`.
    public static var listName: String { "opinions" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, author, kind, stage, proposal, date, summary, identifiers, mentions
    }

    /// Decodes an opinion; missing lists are empty and a missing kind is `opinion`.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        author = try c.decode(Party.self, forKey: .author)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .opinion
        stage = try c.decodeIfPresent(Stage.self, forKey: .stage)
        proposal = try c.decodeIfPresent(Proposal.ID.self, forKey: .proposal)
        date = try c.decodeIfPresent(PartialDate.self, forKey: .date)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        identifiers = try c.decodeList(.identifiers)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes an opinion, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(author, forKey: .author)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(id, forKey: .id)
        try c.encodeList(identifiers, forKey: .identifiers)
        try c.encode(kind, forKey: .kind)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encodeIfPresent(proposal, forKey: .proposal)
        try c.encodeIfPresent(stage, forKey: .stage)
        try c.encodeIfPresent(summary, forKey: .summary)
    }
}
