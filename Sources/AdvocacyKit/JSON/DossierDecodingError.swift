/// Why a dossier's JSON could not be read, and where.
public struct DossierDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The JSON path of the problem, e.g. `proposals[0].date`; empty for the whole text.
    public var path: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone when the path is empty.
    public var description: String {
        path.isEmpty ? message : "\(path): \(message)"
    }

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(
                path: Self.path(context.codingPath + [key]),
                message: "required key '\(key.stringValue)' is missing; add it")
        case .valueNotFound(let type, let context):
            self.init(
                path: Self.path(context.codingPath),
                message: "expected \(Self.describe(type)), found null")
        case .typeMismatch(let type, let context):
            self.init(
                path: Self.path(context.codingPath),
                message: "expected \(Self.describe(type)), found another type of value")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let reason = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
                self.init(path: "", message: "the data is not valid JSON\(reason)")
            } else {
                self.init(path: Self.path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(path: "", message: "\(error)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var result = ""
        for key in keys {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default:
            "\(type)".hasPrefix("Array") ? "a list" : "an object (\(type))"
        }
    }
}
