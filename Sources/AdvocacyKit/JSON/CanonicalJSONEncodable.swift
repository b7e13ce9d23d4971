/// A value that ``CanonicalJSONWriter`` can write as `JSONEncoder` would encode it.
protocol CanonicalJSONEncodable: Encodable {
    /// Writes the value.
    func writeJSON(to writer: inout CanonicalJSONWriter)
}

extension String: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(self) }
}

extension Int: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.integer(self) }
}

extension Bool: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.boolean(self) }
}

extension Array: CanonicalJSONEncodable where Element: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.array(self) { writer, element in element.writeJSON(to: &writer) }
    }
}

/// Enumerations and identifiers with a string raw value encode as that string.
extension CanonicalJSONEncodable where Self: RawRepresentable, RawValue == String {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}
