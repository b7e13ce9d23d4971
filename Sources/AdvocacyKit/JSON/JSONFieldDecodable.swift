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

    /// Reads the value from an object; a closed type's object must have no key but its own.
    ///
    /// The keys (all different on the tape) are checked without comparing them again: the
    /// decoding marks each member it looks up, and a closed type looks up every key it has, so
    /// a member left unmarked is a key it does not have. (A type that skipped a key of its own
    /// would only send its objects to `JSONDecoder`.)
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        let object = value.entry
        guard object.kind == .object else { throw JSONTape.Refusal() }
        guard let keys = Self.closedKeys else {
            try self.init(fields: JSONTape.Object<FieldKey>(value))
            return
        }
        guard object.count <= keys.count else { throw JSONTape.Refusal() }
        var lookedUp: UInt64 = 0
        self = try withUnsafeMutablePointer(to: &lookedUp) { lookedUp throws(JSONTape.Refusal) in
            try Self(fields: JSONTape.Object<FieldKey>(value, lookedUp: lookedUp))
        }
        guard lookedUp.nonzeroBitCount == object.count else { throw JSONTape.Refusal() }
    }
}
