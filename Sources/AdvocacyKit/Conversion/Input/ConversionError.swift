/// An input that cannot be converted, with one sentence saying what is wrong and what to do.
///
/// For invalid UTF-8 the error also gives the ``line`` and ``column`` of the first bad
/// byte; its ``description`` then reads like a compiler message: `3:17: The input is not
/// valid UTF-8 …`.
public struct ConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem the input has.
    public enum Code: String, Hashable, Sendable, Codable, CaseIterable {
        /// The input has no bytes, or only whitespace.
        case empty
        /// The input looks like a binary file (an image, a PDF, an archive), not text.
        case binary
        /// The input is not valid UTF-8 and declares no other encoding that can be used.
        case invalidUTF8
        /// The input is larger than ``InputReader/maximumSize``.
        case tooLarge
        /// The input could not be parsed at all.
        case unreadable
        /// The input was read, but no paragraph of running text was found in it.
        case noText
    }

    /// What kind of problem the input has.
    public var code: Code
    /// One sentence: what is wrong and what to do about it.
    public var message: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The 1-based column of the problem, counted in bytes (not characters), when known.
    public var column: Int?

    /// Creates an error from its parts.
    public init(_ code: Code, message: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }

    /// The message, prefixed with `line:column: ` (or `line: `) when the location is known.
    public var description: String {
        guard let line else { return message }
        guard let column else { return "\(line): \(message)" }
        return "\(line):\(column): \(message)"
    }
}
