/// Where a ``JSONFieldEncodable`` value gives its fields: a `KeyedEncodingContainer`, or
/// ``CanonicalJSONWriter/Fields`` writing straight to bytes.
protocol JSONFieldSink<Key> {
    /// The object's keys.
    associatedtype Key: CodingKey
    /// What a field can fail with (`Never` for the writer).
    associatedtype Failure: Error

    /// Adds a field.
    mutating func encode<Value: CanonicalJSONEncodable>(_ value: Value, forKey key: Key) throws(Failure)
    /// Adds a field unless `value` is `nil`.
    mutating func encodeIfPresent<Value: CanonicalJSONEncodable>(_ value: Value?, forKey key: Key) throws(Failure)
    /// Adds a list unless it is empty.
    mutating func encodeList<Element: CanonicalJSONEncodable>(_ list: [Element], forKey key: Key) throws(Failure)
}

extension KeyedEncodingContainer: JSONFieldSink {
    typealias Failure = any Error
}

extension CanonicalJSONWriter {
    /// The fields of one object being written.
    struct Fields<Key: CodingKey>: JSONFieldSink {
        typealias Failure = Never

        /// The writer, moved in for the object's duration.
        var writer = CanonicalJSONWriter(format: .compact, capacity: 0)
        /// Whether no field has been written yet.
        private(set) var isEmpty = true
        #if DEBUG
            private var previousKey: String?
        #endif

        mutating func encode<Value: CanonicalJSONEncodable>(_ value: Value, forKey key: Key) {
            let name = key.stringValue
            #if DEBUG
                if let previousKey {
                    assert(
                        previousKey.utf8.lexicographicallyPrecedes(name.utf8),
                        "fields out of key order: '\(name)' after '\(previousKey)'")
                }
                previousKey = name
            #endif
            writer.key(name, first: isEmpty)
            isEmpty = false
            value.writeJSON(to: &writer)
        }

        mutating func encodeIfPresent<Value: CanonicalJSONEncodable>(_ value: Value?, forKey key: Key) {
            if let value { encode(value, forKey: key) }
        }

        mutating func encodeList<Element: CanonicalJSONEncodable>(_ list: [Element], forKey key: Key) {
            if !list.isEmpty { encode(list, forKey: key) }
        }

        /// Writes every field of `value`.
        mutating func encodeAll<Value: JSONFieldEncodable>(_ value: Value) where Value.FieldKey == Key {
            value.encodeFields(to: &self)
        }
    }
}
