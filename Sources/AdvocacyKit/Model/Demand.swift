/// One distinct ask: what someone urges, calls on or says decision-makers must do.
public struct Demand: DossierEntity {
    /// The id of a demand.
    public typealias ID = Identifier<Demand>

    /// Those a demand is addressed to, as the text names them ("EU decision-makers").
    public struct Addressee: Hashable, Sendable, Codable {
        /// The addressee as written, without a leading article.
        public var name: String
        /// The entity meant, when the addressee is one (`the European Commission`).
        public var party: Party?
        /// Where the text names the addressee in the demand's sentence.
        public var mentions: [SourceSpan]

        /// Creates an addressee.
        public init(_ name: String, party: Party? = nil, mentions: [SourceSpan] = []) {
            self.name = name
            self.party = party
            self.mentions = mentions
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, party, mentions }

        /// Decodes an addressee; missing `mentions` are empty.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The only keys the object may have (unknown keys are errors).
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
        where Source.Key == CodingKeys {
            name = try c.decode(String.self, forKey: .name)
            party = try c.decodeIfPresent(Party.self, forKey: .party)
            mentions = try c.decodeList(.mentions)
        }

        /// Encodes an addressee, leaving out empty `mentions`.
        public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

        func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
        where Sink.Key == CodingKeys {
            try c.encodeList(mentions, forKey: .mentions)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(party, forKey: .party)
        }
    }

    /// The demand's id.
    public var id: ID
    /// The asked action as the text words it ("ensure the proposed Regulation … covers …").
    public var action: String
    /// Who makes the demand.
    public var actor: Party?
    /// To whom the demand is addressed.
    public var addressees: [Addressee]
    /// The proposal or opinion the demand is about.
    public var subject: Subject?
    /// The quote the demand is made in, when a spokesperson makes it.
    public var quote: Quote.ID?
    /// Where the text states the asked action.
    public var span: SourceSpan?

    /// Creates a demand.
    public init(
        id: ID, action: String, actor: Party? = nil, addressees: [Addressee] = [],
        subject: Subject? = nil, quote: Quote.ID? = nil, span: SourceSpan? = nil
    ) {
        self.id = id
        self.action = action
        self.actor = actor
        self.addressees = addressees
        self.subject = subject
        self.quote = quote
        self.span = span
    }

    /// The list that holds demands.
    public static var dossierList: WritableKeyPath<Dossier, [Demand]> { \.demands }
    /// `demands`.
    public static var listName: String { "demands" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, action, actor, addressees, subject, quote, span
    }

    /// Decodes a demand; missing `addressees` are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        action = try c.decode(String.self, forKey: .action)
        actor = try c.decodeIfPresent(Party.self, forKey: .actor)
        addressees = try c.decodeList(.addressees)
        subject = try c.decodeIfPresent(Subject.self, forKey: .subject)
        quote = try c.decodeIfPresent(Quote.ID.self, forKey: .quote)
        span = try c.decodeIfPresent(SourceSpan.self, forKey: .span)
    }

    /// Encodes a demand, leaving out empty `addressees`.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(action, forKey: .action)
        try c.encodeIfPresent(actor, forKey: .actor)
        try c.encodeList(addressees, forKey: .addressees)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encodeIfPresent(span, forKey: .span)
        try c.encodeIfPresent(subject, forKey: .subject)
    }
}
