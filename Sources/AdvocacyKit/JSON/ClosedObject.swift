/// Objects that refuse keys they do not define, as the JSON Schema of the exchange format
/// says (`"additionalProperties": false`): a misspelt key ("organization") would otherwise be
/// dropped without a word.
enum ClosedObject {
    /// A coding key made from any string or index.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            self.stringValue = "\(intValue)"
            self.intValue = intValue
        }
    }

    /// Throws for the first key of the object that is not in `allowed`.
    static func rejectUnknownKeys(in decoder: any Decoder, allowed: [String]?) throws {
        guard let allowed else { return }
        let container = try decoder.container(keyedBy: AnyKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: container.codingPath + [AnyKey(stringValue: first)],
                    debugDescription: "unknown key '\(first)'; the keys are \(allowed.joined(separator: ", "))"))
        }
    }

}
