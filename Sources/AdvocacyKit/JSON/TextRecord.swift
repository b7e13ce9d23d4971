import Foundation

/// One record of a JSON Lines stream of documents to convert: `{"id": …, "text": …}` or
/// `{"id": …, "html": …}` (other keys are ignored; `html` wins when both are there).
package struct TextRecord: Sendable, Hashable, Decodable {
    /// The record's id.
    package var id: String
    /// The document's text or HTML.
    package var content: String
    /// Whether ``content`` is HTML.
    package var isHTML: Bool

    enum CodingKeys: String, CodingKey { case id, text, html }

    /// Reads a record from one line: through ``JSONTape``, or `JSONDecoder` for what the tape
    /// refuses (which reads the same records, and throws for anything that is none).
    package init(jsonLine line: Data) throws {
        self = try Self.fromTape(line) ?? JSONDecoder().decode(Self.self, from: line)
    }

    /// Decodes a record.
    package init(from decoder: any Decoder) throws {
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
        id = try c.decode(String.self, forKey: .id)
        if let html = try c.decodeIfPresent(String.self, forKey: .html) {
            (content, isHTML) = (html, true)
        } else {
            (content, isHTML) = (try c.decode(String.self, forKey: .text), false)
        }
    }
}

extension TextRecord: JSONFieldDecodable { typealias FieldKey = CodingKeys }
