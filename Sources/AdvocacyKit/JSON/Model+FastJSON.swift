// The model types that ``CanonicalJSONWriter`` writes and ``JSONTape`` reads. Objects give
// their fields through `encodeFields(to:)` and `init(fields:)`, next to their `Codable`
// conformance; the rest are one string.

extension Dossier: JSONFieldEncodable, JSONTapeDecodable { typealias FieldKey = CodingKeys }
extension Statement: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Organisation: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Committee: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Coalition: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Coalition.SizeClaim: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Coalition.Body: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Proposal: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Opinion: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Demand: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Demand.Addressee: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Person: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Quote: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Quote.Segment: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Stance: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Place: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Count: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension DocumentIdentifier: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension SourceText: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension SourceText.Paragraph: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension SourceSpan: JSONFieldEncodable, JSONFieldDecodable { typealias FieldKey = CodingKeys }

extension Identifier: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Statement.Kind: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Organisation.Kind: CanonicalJSONEncodable, JSONTapeDecodable {}
extension DocumentIdentifier.Scheme: CanonicalJSONEncodable, JSONTapeDecodable {}
extension DocumentIdentifier.Origin: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Coalition.Kind: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Opinion.Kind: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Opinion.Stage: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Stance.Position: CanonicalJSONEncodable, JSONTapeDecodable {}
extension Count.Qualifier: CanonicalJSONEncodable, JSONTapeDecodable {}
extension SourceText.Paragraph.Role: CanonicalJSONEncodable, JSONTapeDecodable {}

extension PartialDate: CanonicalJSONEncodable, JSONTapeDecodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(description) }

    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        guard let date = PartialDate(try String(tape: value)) else { throw JSONTape.Refusal() }
        self = date
    }
}

extension Party: CanonicalJSONEncodable, JSONTapeDecodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(id) }

    /// A bare id resolved through the dossier's index; the explicit `{"type", "id"}` form is
    /// left to `JSONDecoder`.
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        let (kind, id) = try value.reference()
        guard let party = Party(kind: kind, id: id) else { throw JSONTape.Refusal() }
        self = party
    }
}

extension Subject: CanonicalJSONEncodable, JSONTapeDecodable {
    func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(id) }

    /// A bare id resolved through the dossier's index, as for ``Party``.
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        let (kind, id) = try value.reference()
        guard let subject = Subject(kind: kind, id: id) else { throw JSONTape.Refusal() }
        self = subject
    }
}

extension JSONTape.Value {
    /// A reference written as a bare id, with the kind the dossier's index gives it.
    fileprivate func reference() throws(JSONTape.Refusal) -> (kind: DossierReferenceKind, id: String) {
        let id = try String(tape: self)
        guard let kind = references?[id] else { throw JSONTape.Refusal() }
        return (kind, id)
    }
}
