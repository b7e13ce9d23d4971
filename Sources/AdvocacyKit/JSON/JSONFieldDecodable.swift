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

    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        guard value.entry.kind == .object else { throw JSONTape.Refusal() }
        if let keys = Self.closedKeys, !value.tape.hasOnlyKeys(keys, object: value.index) { throw JSONTape.Refusal() }
        try self.init(fields: JSONTape.Object<FieldKey>(value))
    }
}
