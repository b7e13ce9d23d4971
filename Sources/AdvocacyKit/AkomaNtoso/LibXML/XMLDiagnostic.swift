/// One message from libxml2 (parser, writer or schema validator), with its location.
///
/// ``description`` prints it the way compilers do, so editors and CI logs can link to the spot:
/// `press-release.xml:3:7: error: Opening and ending tag mismatch: p line 2 and doc`.
public struct XMLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Something suspicious that did not stop processing.
        case warning
        /// A problem that makes the input unusable or invalid.
        case error
    }

    /// Whether this is a warning or an error.
    public var severity: Severity
    /// The message, as libxml2 (or this library) wrote it, without a trailing newline.
    public var message: String
    /// The 1-based line number, or 0 when it is not known.
    public var line: Int
    /// The 1-based column number, or 0 when it is not known.
    public var column: Int
    /// The file name or other label of the input, or `nil` when the input has none.
    public var source: String?

    /// Creates a diagnostic from its parts.
    public init(severity: Severity, message: String, line: Int = 0, column: Int = 0, source: String? = nil) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.source = source
    }

    /// The diagnostic in compiler style: `source:line:column: error: message`.
    ///
    /// `<input>` stands in for a missing source; the column is left out when it is 0 and the line too
    /// when that is 0, so nothing made-up is ever printed.
    public var description: String {
        var location = source ?? "<input>"
        if line > 0 {
            location += ":\(line)"
            if column > 0 {
                location += ":\(column)"
            }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
