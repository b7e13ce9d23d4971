/// A model type that decodes from a JSON object and describes how once, for both
/// `Decodable` (through a keyed container) and ``JSONTape``.
protocol JSONFieldDecodable: JSONTapeDecodable {
    /// The object's keys.
    associatedtype FieldKey: CodingKey
    /// Reads the value from its fields.
    init<Source: JSONFieldSource>(fields: Source) throws(Source.Failure) where Source.Key == FieldKey
}

extension JSONFieldDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        guard value.entry.kind == .object else { throw JSONTape.Refusal() }
        try self.init(fields: JSONTape.Object<FieldKey>(value))
    }
}
