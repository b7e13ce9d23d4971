/// A place named in a text, such as the dateline "BANGKOK —".
public struct Place: Hashable, Sendable, Codable {
    /// The place's name in its usual form ("Bangkok").
    public var name: String
    /// The ISO 3166-1 alpha-2 code of its country in lower case (`th`), when known.
    public var country: String?
    /// Where the text names the place.
    public var mentions: [SourceSpan]

    /// Creates a place.
    public init(_ name: String, country: String? = nil, mentions: [SourceSpan] = []) {
        self.name = name
        self.country = country
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, country, mentions }

    /// Decodes a place; missing `mentions` are empty.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        name = try c.decode(String.self, forKey: .name)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        mentions = try c.decodeList(.mentions)
    }

    /// Encodes a place, leaving out empty `mentions`.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encodeIfPresent(country, forKey: .country)
        try c.encodeList(mentions, forKey: .mentions)
        try c.encode(name, forKey: .name)
    }
}
