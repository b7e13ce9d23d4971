/// A model type that decodes from a JSON object and describes how once, for both
/// `Decodable` (through a keyed container) and ``JSONTape``.
protocol JSONFieldDecodable: JSONTapeDecodable {
    /// The object's keys.
    associatedtype FieldKey: CodingKey
    /// Reads the value from its fields.
    init<Source: JSONFieldSource>(fields: Source) throws(Source.Failure) where Source.Key == FieldKey
    /// The only keys the object may have, for types that refuse unknown keys (their
    /// `init(from:)` checks the same); `nil` ignores unknown keys.
    static var closedKeys: [String]? { get }
}

extension JSONFieldDecodable {
    static var closedKeys: [String]? { nil }

    /// Reads the value from an object; a closed type's object must have no key but its own
    /// (``JSONTape/Object/readClosed(_:keyCount:_:)``).
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        guard let keys = Self.closedKeys else {
            guard value.entry.kind == .object else { throw JSONTape.Refusal() }
            try self.init(fields: JSONTape.Object<FieldKey>(value))
            return
        }
        self = try JSONTape.Object<FieldKey>.readClosed(value, keyCount: keys.count) { object throws(JSONTape.Refusal) in
            try Self(fields: object)
        }
    }
}
