/// The outcome of validating one document against an XML Schema.
public struct SchemaValidationReport: Hashable, Sendable {
    /// Every parser and schema message, in the order they were reported; empty for a valid document.
    public var diagnostics: [XMLDiagnostic]

    /// Creates a report from its diagnostics.
    public init(diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Whether the document is valid: no diagnostic is an error (warnings are allowed).
    public var isValid: Bool {
        !diagnostics.contains { $0.severity == .error }
    }
}
