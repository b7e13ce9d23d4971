/// Something a careful reader would flag in a converted text: two different counts for the
/// same group, a quote without a speaker, a date that cannot be read.
public struct ConversionDiagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How much the diagnostic matters.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Worth a look; the result may still be right.
        case note
        /// Probably a problem in the text or the result.
        case warning
    }

    /// How much it matters.
    public var severity: Severity
    /// A stable identifier of the kind of finding, e.g. `conflicting-counts`.
    public var code: String
    /// One sentence saying what was found.
    public var message: String
    /// Where in the text, when it is one place.
    public var span: SourceSpan?

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, span: SourceSpan? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    /// `paragraph N: warning: message [code]`.
    public var description: String {
        let location = span.map { "paragraph \($0.paragraph + 1), characters \($0.start)-\($0.end): " } ?? ""
        return "\(location)\(severity.rawValue): \(message) [\(code)]"
    }
}
