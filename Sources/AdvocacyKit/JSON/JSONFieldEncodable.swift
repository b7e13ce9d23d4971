/// A model type that encodes as a JSON object and describes its fields once, for both
/// `Encodable` (through a keyed container) and ``CanonicalJSONWriter``.
///
/// ``encodeFields(to:)`` must give the fields in the order of their keys' UTF-8 bytes, the
/// order `JSONEncoder`'s `.sortedKeys` writes.
protocol JSONFieldEncodable: CanonicalJSONEncodable {
    /// The object's keys.
    associatedtype FieldKey: CodingKey
    /// Gives each field to the sink, in key order; empty lists and `nil`s are left out.
    func encodeFields<Sink: JSONFieldSink>(to sink: inout Sink) throws(Sink.Failure)
    where Sink.Key == FieldKey
}

extension JSONFieldEncodable {
    /// Encodes the fields into a keyed container of `encoder`.
    func encodeFields(toEncoder encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        try encodeFields(to: &container)
    }

    func writeJSON(to writer: inout CanonicalJSONWriter) {
        var fields = CanonicalJSONWriter.Fields<FieldKey>()
        swap(&fields.writer, &writer)
        fields.writer.beginObject()
        fields.encodeAll(self)
        fields.writer.endObject(empty: fields.isEmpty)
        swap(&fields.writer, &writer)
    }
}
