// The model types ``CanonicalJSONWriter`` writes. Objects give their fields through
// `encodeFields(to:)`, next to their `Codable` conformance; the rest write one string.

extension Dossier: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Statement: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Organisation: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Committee: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Coalition: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Coalition.SizeClaim: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Coalition.Body: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Proposal: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Opinion: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Demand: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Demand.Addressee: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Person: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Quote: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Quote.Segment: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Stance: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Place: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension Count: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension DocumentIdentifier: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension SourceText: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension SourceText.Paragraph: JSONFieldEncodable { typealias FieldKey = CodingKeys }
extension SourceSpan: JSONFieldEncodable { typealias FieldKey = CodingKeys }

extension Identifier: CanonicalJSONEncodable {}
extension Statement.Kind: CanonicalJSONEncodable {}
extension Organisation.Kind: CanonicalJSONEncodable {}
extension DocumentIdentifier.Scheme: CanonicalJSONEncodable {}
extension DocumentIdentifier.Origin: CanonicalJSONEncodable {}
extension Coalition.Kind: CanonicalJSONEncodable {}
extension Opinion.Kind: CanonicalJSONEncodable {}
extension Opinion.Stage: CanonicalJSONEncodable {}
extension Stance.Position: CanonicalJSONEncodable {}
extension Count.Qualifier: CanonicalJSONEncodable {}
extension SourceText.Paragraph.Role: CanonicalJSONEncodable {}

extension PartialDate: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(description) }
}

extension Party: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(id) }
}

extension Subject: CanonicalJSONEncodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(id) }
}
