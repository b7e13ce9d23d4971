/// A number as a text states it, with its qualifier: "more than 60", "about 200", "40".
///
/// JSON: `{"qualifier": "moreThan", "value": 60}`.
public struct Count: Hashable, Sendable, Codable {
    /// How the stated number bounds the real one.
    public enum Qualifier: String, Hashable, Sendable, Codable, CaseIterable {
        /// Exactly the number ("40 organisations").
        case exactly
        /// Strictly more ("more than 60", "over 60").
        case moreThan
        /// The number or more ("at least 60", "60 or more").
        case atLeast
        /// Strictly fewer ("fewer than 10", "under 10").
        case fewerThan
        /// The number or fewer ("up to 10", "at most 10").
        case atMost
        /// Roughly the number ("about 200", "some 200", "nearly 200").
        case approximately
    }

    /// The stated number.
    public var value: Int
    /// How `value` bounds the real number.
    public var qualifier: Qualifier

    /// Creates a count; a bare number is `exactly`.
    public init(_ value: Int, _ qualifier: Qualifier = .exactly) {
        self.value = value
        self.qualifier = qualifier
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case value, qualifier }

    /// Decodes a count; a missing qualifier is ``Qualifier/exactly``.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        value = try c.decode(Int.self, forKey: .value)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exactly
    }

    /// Encodes a count.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(value, forKey: .value)
    }

    /// Whether a real number `n` is consistent with this count.
    ///
    /// `approximately` admits anything within 20 % of the stated value (at least ±1).
    public func admits(_ n: Int) -> Bool {
        switch qualifier {
        case .exactly: n == value
        case .moreThan: n > value
        case .atLeast: n >= value
        case .fewerThan: n < value
        case .atMost: n <= value
        case .approximately: abs(n - value) <= max(1, value / 5)
        }
    }
}
