/// Why an Akoma Ntoso document could not be imported: it is not well-formed or hostile XML
/// (a DOCTYPE, entity tricks, absurd nesting), it is not Akoma Ntoso, or its AdvocacyKit
/// model copy has a version this package cannot read.
///
/// ``description`` prints it compiler-style, `file.xml:3:7: error: …`, with the location
/// of the first problem libxml2 reported when there is one.
public struct AKNImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One sentence saying what went wrong and what to do about it.
    public var message: String
    /// The 1-based line of the first problem, when known.
    public var line: Int?
    /// The 1-based column of the first problem, when known.
    public var column: Int?
    /// The file name or label of the input, when the caller gave one.
    public var source: String?
    /// Everything the XML parser reported, in order (empty for errors found after parsing).
    public var diagnostics: [XMLDiagnostic]

    /// Creates an error.
    public init(
        message: String, line: Int? = nil, column: Int? = nil, source: String? = nil,
        diagnostics: [XMLDiagnostic] = []
    ) {
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        self.diagnostics = diagnostics
    }

    /// An error for XML that the hardened parser refused, located at its first error.
    init(parsing error: XMLError, source: String?) {
        let first = error.diagnostics.first { $0.severity == .error } ?? error.diagnostics.first
        self.init(
            message: error.summary,
            line: first.flatMap { $0.line > 0 ? $0.line : nil },
            column: first.flatMap { $0.line > 0 && $0.column > 0 ? $0.column : nil },
            source: source,
            diagnostics: error.diagnostics)
    }

    /// The error in compiler style: `source:line:column: error: message`; `<input>` stands
    /// in for a missing source, and unknown parts of the location are left out.
    public var description: String {
        var location = source ?? "<input>"
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
