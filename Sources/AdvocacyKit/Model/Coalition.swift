/// A group of organisations acting together: a named coalition or network, or the (often
/// unnamed) signatories of a letter.
///
/// Sizes are kept as the text states them, one ``SizeClaim`` per statement, never
/// reconciled: a headline that says 41 and a body that says 40 are two claims. ``size`` is
/// the one a curator or the converter takes as the group's size.
public struct Coalition: DossierEntity {
    /// The id of a coalition.
    public typealias ID = Identifier<Coalition>

    /// What kind of group it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A standing, named coalition or network.
        case coalition
        /// The signatories of one letter or statement.
        case signatories
    }

    /// One statement of the group's size and where the text makes it.
    public struct SizeClaim: Hashable, Sendable, Codable {
        /// The stated number and its qualifier.
        public var count: Count
        /// Members the text counts apart from the number ("ECPAT with 41 organisations").
        public var excluding: [Organisation.ID]
        /// Where the text states the size.
        public var span: SourceSpan?

        /// Creates a size claim.
        public init(_ count: Count, excluding: [Organisation.ID] = [], span: SourceSpan? = nil) {
            self.count = count
            self.excluding = excluding
            self.span = span
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case count, excluding, span }

        /// Decodes a size claim; a missing `excluding` is empty.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The only keys the object may have (unknown keys are errors).
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
        where Source.Key == CodingKeys {
            count = try c.decode(Count.self, forKey: .count)
            excluding = try c.decodeList(.excluding)
            span = try c.decodeIfPresent(SourceSpan.self, forKey: .span)
        }

        /// Encodes a size claim, leaving out an empty `excluding`.
        public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

        func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
        where Sink.Key == CodingKeys {
            try c.encode(count, forKey: .count)
            try c.encodeList(excluding, forKey: .excluding)
            try c.encodeIfPresent(span, forKey: .span)
        }
    }

    /// A body of the coalition, such as its steering group, with the members the text names.
    public struct Body: Hashable, Sendable, Codable, Identifiable {
        /// The id of a coalition body; unique across the dossier like every id.
        public typealias ID = Identifier<Body>

        /// The body's id.
        public var id: ID
        /// The body's name as the text gives it ("Steering Group").
        public var name: String
        /// The members the text names.
        public var members: [Organisation.ID]
        /// Where the text names the body.
        public var mentions: [SourceSpan]

        /// Creates a body.
        public init(id: ID, name: String, members: [Organisation.ID] = [], mentions: [SourceSpan] = []) {
            self.id = id
            self.name = name
            self.members = members
            self.mentions = mentions
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, name, members, mentions }

        /// Decodes a body; missing lists are empty.
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
            members = try c.decodeList(.members)
            mentions = try c.decodeList(.mentions)
        }

        /// Encodes a body, leaving out empty lists.
        public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

        func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
        where Sink.Key == CodingKeys {
            try c.encode(id, forKey: .id)
            try c.encodeList(members, forKey: .members)
            try c.encodeList(mentions, forKey: .mentions)
            try c.encode(name, forKey: .name)
        }
    }

    /// The coalition's id.
    public var id: ID
    /// The name the text gives, or a descriptive name for an unnamed group.
    public var name: String
    /// The acronym, e.g. `ECLAG`.
    public var abbreviation: String?
    /// What kind of group it is.
    public var kind: Kind
    /// How the text describes the group ("informal coalition of NGOs and IGOs").
    public var summary: String?
    /// The members the text names; usually fewer than the stated size.
    public var members: [Organisation.ID]
    /// The group's size as the dataset takes it, chosen from ``sizeClaims``.
    public var size: Count?
    /// Every statement of the group's size.
    public var sizeClaims: [SizeClaim]
    /// Bodies of the coalition, such as its steering group.
    public var bodies: [Body]
    /// When the group was founded, as precisely as known.
    public var established: PartialDate?
    /// Where the text names or describes the group.
    public var mentions: [SourceSpan]

    /// Creates a coalition.
    public init(
        id: ID, name: String, abbreviation: String? = nil, kind: Kind = .coalition,
        summary: String? = nil, members: [Organisation.ID] = [], size: Count? = nil,
        sizeClaims: [SizeClaim] = [], bodies: [Body] = [], established: PartialDate? = nil,
        mentions: [SourceSpan] = []
    ) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.kind = kind
        self.summary = summary
        self.members = members
        self.size = size
        self.sizeClaims = sizeClaims
        self.bodies = bodies
        self.established = established
        self.mentions = mentions
    }

    /// The list that holds coalitions.
    public static var dossierList: WritableKeyPath<Dossier, [Coalition]> { \.coalitions }
    /// `coalitions`.
    public static var listName: String { "coalitions" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, abbreviation, kind, summary, members, size, sizeClaims, bodies, established,
            mentions
    }

    /// Decodes a coalition; missing lists are empty and a missing kind is `coalition`.
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
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .coalition
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        members = try c.decodeList(.members)
        size = try c.decodeIfPresent(Count.self, forKey: .size)
        sizeClaims = try c.decodeList(.sizeClaims)
        bodies = try c.decodeList(.bodies)
        established = try c.decodeIfPresent(PartialDate.self, forKey: .established)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes a coalition, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(abbreviation, forKey: .abbreviation)
        try c.encodeList(bodies, forKey: .bodies)
        try c.encodeIfPresent(established, forKey: .established)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encodeList(members, forKey: .members)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(size, forKey: .size)
        try c.encodeList(sizeClaims, forKey: .sizeClaims)
        try c.encodeIfPresent(summary, forKey: .summary)
    }
}
