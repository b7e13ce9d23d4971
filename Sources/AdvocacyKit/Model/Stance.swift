/// Who supports or opposes what, where the text states it ("denounces IMCO’s draft opinion").
public struct Stance: DossierEntity {
    /// The id of a stance.
    public typealias ID = Identifier<Stance>

    /// The position taken.
    public enum Position: String, Hashable, Sendable, Codable, CaseIterable {
        /// For it.
        case supports
        /// Against it.
        case opposes
        /// Supports parts, opposes others.
        case mixed
    }

    /// The stance's id.
    public var id: ID
    /// Who takes the stance.
    public var holder: Party
    /// What the stance is about.
    public var subject: Subject
    /// For, against or mixed.
    public var position: Position
    /// Where the text states the stance (e.g. the word "denounces").
    public var evidence: SourceSpan?

    /// Creates a stance.
    public init(
        id: ID, holder: Party, subject: Subject, position: Position,
        evidence: SourceSpan? = nil
    ) {
        self.id = id
        self.holder = holder
        self.subject = subject
        self.position = position
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, holder, subject, position, evidence }

    /// Decodes a stance.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        id = try c.decode(ID.self, forKey: .id)
        holder = try c.decode(Party.self, forKey: .holder)
        subject = try c.decode(Subject.self, forKey: .subject)
        position = try c.decode(Position.self, forKey: .position)
        evidence = try c.decodeIfPresent(SourceSpan.self, forKey: .evidence)
    }

    /// Encodes a stance; a missing evidence span is left out.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encode(holder, forKey: .holder)
        try c.encode(id, forKey: .id)
        try c.encode(position, forKey: .position)
        try c.encode(subject, forKey: .subject)
    }

    /// The list that holds stances.
    public static var dossierList: WritableKeyPath<Dossier, [Stance]> { \.stances }
    /// `stances`.
    public static var listName: String { "stances" }
}
