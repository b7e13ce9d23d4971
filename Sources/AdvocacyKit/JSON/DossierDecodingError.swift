import Foundation

/// Why a dossier's JSON could not be read, and where.
public struct DossierDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The JSON path of the problem, e.g. `proposals[0].date`; empty for the whole text.
    public var path: String
    /// What was expected and what was found.
    public var message: String
    /// The line of a problem in the JSON text itself (its syntax, a key given twice), from 1.
    public var line: Int?
    /// The column of that problem, in characters from 1.
    public var column: Int?

    /// Creates an error.
    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `path: message`, `line L, column C: message`, or the message alone.
    public var description: String {
        if let line, let column { return "line \(line), column \(column): \(message)" }
        return path.isEmpty ? message : "\(path): \(message)"
    }

    init(_ problem: JSONSyntaxCheck.Problem) {
        self.init(path: "", message: problem.message, line: problem.line, column: problem.column)
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
                let reason = context.underlyingError.map { " (\(Self.reason($0)))" } ?? ""
                self.init(path: "", message: "the data is not valid JSON\(reason); fix the syntax")
            } else {
                self.init(path: Self.path(context.codingPath), message: Self.rephrase(context.debugDescription))
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
        let name = "\(type)"
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }

    /// Foundation's "Cannot initialize Kind from invalid String value x" as a sentence in
    /// this type's style.
    private static func rephrase(_ message: String) -> String {
        let marker = " from invalid String value "
        guard message.hasPrefix("Cannot initialize "), let range = message.range(of: marker) else {
            return message
        }
        let type = message[message.index(message.startIndex, offsetBy: 18)..<range.lowerBound]
        let value = message[range.upperBound...]
        return "'\(value)' is not a known \(type) value; check the spelling"
    }

    /// The most specific text an underlying JSON syntax error carries.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        for key in ["NSDebugDescription", NSLocalizedDescriptionKey] {
            if let text = nsError.userInfo[key] as? String, !text.isEmpty { return text }
        }
        return "\(error)"
    }
}
