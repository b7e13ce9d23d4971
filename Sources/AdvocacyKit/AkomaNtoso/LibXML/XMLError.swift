/// An XML input or output that could not be processed, with everything libxml2 reported about it.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One complete sentence saying what went wrong and what to do about it.
    public var summary: String
    /// The individual messages, in the order they were reported.
    public var diagnostics: [XMLDiagnostic]

    /// Creates an error from a summary sentence and its diagnostics.
    public init(summary: String, diagnostics: [XMLDiagnostic]) {
        self.summary = summary
        self.diagnostics = diagnostics
    }

    /// The summary followed by each diagnostic on its own line.
    public var description: String {
        ([summary] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}

extension XMLError {
    /// The error for input longer than libxml2 parses in one piece (its lengths are `Int32`).
    static func inputTooLarge(_ count: Int, source: String?) -> XMLError {
        .single(
            "The input is \(count) bytes long, more than libxml2 can parse in one piece (2 GiB); split it into smaller documents.",
            message: "Input too large: \(count) bytes",
            source: source
        )
    }

    /// The error for a libxml2 parser context that could not be created or lacks its handlers.
    static func parserUnavailable(_ what: String, source: String?) -> XMLError {
        .single(
            "libxml2 could not set up \(what), which usually means memory ran out; retry with more memory available, and report it if it persists.",
            message: "\(what) unavailable",
            source: source
        )
    }

    /// An error with a single diagnostic of severity `.error`.
    static func single(
        _ summary: String,
        message: String,
        line: Int = 0,
        column: Int = 0,
        source: String? = nil
    ) -> XMLError {
        XMLError(
            summary: summary,
            diagnostics: [XMLDiagnostic(severity: .error, message: message, line: line, column: column, source: source)]
        )
    }

    /// A phrase locating a diagnostic for use inside a summary sentence, e.g. "at line 3, column 7".
    static func locationPhrase(of diagnostic: XMLDiagnostic) -> String {
        switch (diagnostic.line, diagnostic.column) {
        case (0, _): return "(no location known)"
        case (let line, 0): return "at line \(line)"
        case (let line, let column): return "at line \(line), column \(column)"
        }
    }
}
