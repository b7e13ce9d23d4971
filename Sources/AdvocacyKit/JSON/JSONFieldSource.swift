/// Where a ``JSONFieldDecodable`` value reads its fields: a `KeyedDecodingContainer`, or
/// ``JSONTape/Object`` reading straight from the tape.
protocol JSONFieldSource<Key> {
    /// The object's keys.
    associatedtype Key: CodingKey
    /// What reading can fail with.
    associatedtype Failure: Error

    /// The field's value; a missing field is an error.
    func decode<Value: JSONTapeDecodable>(_ type: Value.Type, forKey key: Key) throws(Failure) -> Value
    /// The field's value, or `nil` when the field is missing or `null`.
    func decodeIfPresent<Value: JSONTapeDecodable>(_ type: Value.Type, forKey key: Key) throws(Failure) -> Value?
    /// A list that may be missing; a missing list is `[]`.
    func decodeList<Element: JSONTapeDecodable>(_ key: Key) throws(Failure) -> [Element]
    /// The error for a field whose value is well-formed but not acceptable.
    func corrupted(_ key: Key, _ message: String) -> Failure
    /// The same for a value deeper inside, at `path` below this object.
    func corrupted(at path: [any CodingKey], _ message: String) -> Failure
}

extension KeyedDecodingContainer: JSONFieldSource {
    typealias Failure = any Error

    func corrupted(_ key: Key, _ message: String) -> any Error {
        DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: message)
    }

    func corrupted(at path: [any CodingKey], _ message: String) -> any Error {
        DecodingError.dataCorrupted(.init(codingPath: codingPath + path, debugDescription: message))
    }
}

extension JSONTape {
    /// An object on the tape, read as a ``JSONFieldSource``.
    struct Object<Key: CodingKey>: JSONFieldSource {
        typealias Failure = Refusal

        let value: Value
        /// Where the members looked up are marked, a bit for each by its position, when the
        /// caller checks that every member was (``JSONFieldDecodable``'s closed objects).
        private let lookedUp: UnsafeMutablePointer<UInt64>?

        init(_ value: Value, lookedUp: UnsafeMutablePointer<UInt64>? = nil) {
            self.value = value
            self.lookedUp = lookedUp
        }

        /// The member `key`, marked as looked up.
        private func member(_ key: Key) -> Value? {
            guard let (member, position) = value.memberAndPosition(key.stringValue) else { return nil }
            lookedUp?.pointee |= 1 << position  // 0 from the 64th on, which the caller refuses
            return member
        }

        func decode<Field: JSONTapeDecodable>(_ type: Field.Type, forKey key: Key) throws(Refusal) -> Field {
            guard let member = member(key) else { throw Refusal() }
            return try Field(tape: member)
        }

        func decodeIfPresent<Field: JSONTapeDecodable>(_ type: Field.Type, forKey key: Key) throws(Refusal) -> Field? {
            guard let member = member(key), member.entry.kind != .null else { return nil }
            return try Field(tape: member)
        }

        func decodeList<Element: JSONTapeDecodable>(_ key: Key) throws(Refusal) -> [Element] {
            try decodeIfPresent([Element].self, forKey: key) ?? []
        }

        func corrupted(_ key: Key, _ message: String) -> Refusal { Refusal() }

        func corrupted(at path: [any CodingKey], _ message: String) -> Refusal { Refusal() }
    }
}
