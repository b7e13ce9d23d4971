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
        /// caller checks that every member was (``readClosed(_:keyCount:_:)``).
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

        /// What `body` reads from the object `value` of a closed type with `keyCount` keys,
        /// refused if the object has a key the type does not have.
        ///
        /// The keys (all different on the tape) are checked without comparing them again: the
        /// object given to `body` marks each member it looks up, and a closed type looks up
        /// every key it has, so a member left unmarked is a key it does not have. (A type that
        /// skipped a key of its own would only send its objects to `JSONDecoder`.)
        static func readClosed<Read>(
            _ value: Value, keyCount: Int, _ body: (Object) throws(Refusal) -> Read
        ) throws(Refusal) -> Read {
            let object = value.entry
            guard object.kind == .object, object.count <= keyCount else { throw Refusal() }
            var lookedUp: UInt64 = 0
            let read = try withUnsafeMutablePointer(to: &lookedUp) { lookedUp throws(Refusal) in
                try body(Object(value, lookedUp: lookedUp))
            }
            guard lookedUp.nonzeroBitCount == object.count else { throw Refusal() }
            return read
        }

        func decodeList<Element: JSONTapeDecodable>(_ key: Key) throws(Refusal) -> [Element] {
            try decodeIfPresent([Element].self, forKey: key) ?? []
        }

        func corrupted(_ key: Key, _ message: String) -> Refusal { Refusal() }

        func corrupted(at path: [any CodingKey], _ message: String) -> Refusal { Refusal() }
    }
}
