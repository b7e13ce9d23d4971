/// One record of a JSON Lines stream of documents to convert: `{"id": …, "text": …}` or
/// `{"id": …, "html": …}` (other keys are ignored; `html` wins when both are there).
package struct TextRecord: Sendable, Hashable {
    /// The record's id.
    package var id: String
    /// The document's text or HTML.
    package var content: String
    /// Whether ``content`` is HTML.
    package var isHTML: Bool

    private enum CodingKeys: String, CodingKey { case id, text, html }

    /// Reads a record through ``JSONTape``, or returns `nil` when the tape refuses the line or
    /// it is no record; the caller then asks `JSONDecoder`, which reads the same records.
    package init?(json bytes: [UInt8]) {
        guard let tape = try? JSONTape(bytes), tape.root.entry.kind == .object else { return nil }
        let fields = JSONTape.Object<CodingKeys>(tape.root)
        do {
            id = try fields.decode(String.self, forKey: .id)
            if let html = try fields.decodeIfPresent(String.self, forKey: .html) {
                content = html
                isHTML = true
            } else {
                content = try fields.decode(String.self, forKey: .text)
                isHTML = false
            }
        } catch {
            return nil
        }
    }
}
