@_exported import AdvocacyKit

/// Test helpers for advocacy datasets, for Swift Testing and XCTest.
///
/// - ``expectValid(_:validator:sourceLocation:)`` and ``XCTAssertValid(_:validator:file:line:)``
///   fail with every diagnostic of a dossier, readable;
/// - ``expectSchemaValid(_:sourceLocation:)`` and ``XCTAssertSchemaValid(_:file:line:)`` check
///   Akoma Ntoso against the bundled OASIS schema;
/// - ``expectFindings(in:_:converter:sourceLocation:)`` converts a text and checks that the
///   converter finds what you expect (``ExpectedFinding``);
/// - ``GoldenCorpus`` compares the conversion of a folder of texts with expected dossier JSON.
public enum AdvocacyTesting {
    /// The failure text for a list of diagnostics: one per line, indented.
    static func describe(_ diagnostics: [ValidationDiagnostic]) -> String {
        diagnostics.map { "  \($0)" }.joined(separator: "\n")
    }
}
