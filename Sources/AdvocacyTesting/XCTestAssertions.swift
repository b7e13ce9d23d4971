import Foundation
import XCTest

/// Fails an XCTest with every error of `dossier` found by `validator`.
public func XCTAssertValid(
    _ dossier: Dossier, validator: DossierValidator = DossierValidator(), file: StaticString = #filePath,
    line: UInt = #line
) {
    let diagnostics = validator.validate(dossier, file: nil)
    guard diagnostics.contains(where: { $0.severity == .error }) else { return }
    XCTFail("the dossier \(dossier.document.id) is not valid:\n\(AdvocacyTesting.describe(diagnostics))", file: file, line: line)
}

/// Fails an XCTest with every schema error of an Akoma Ntoso document.
public func XCTAssertSchemaValid(_ xml: Data, file: StaticString = #filePath, line: UInt = #line) {
    do {
        let report = try AKNSchemaValidator.bundled().validate(xml, source: "document")
        guard !report.isValid else { return }
        XCTFail(
            "the document is not valid Akoma Ntoso 3.0:\n\(report.diagnostics.map { "  \($0)" }.joined(separator: "\n"))",
            file: file, line: line)
    } catch {
        XCTFail("the bundled Akoma Ntoso schema could not be loaded: \(error)", file: file, line: line)
    }
}

/// Fails an XCTest for every expected finding the converter does not make in `text`.
public func XCTAssertFindings(
    in text: String, _ findings: ExpectedFinding..., converter: PressReleaseConverter? = nil,
    file: StaticString = #filePath, line: UInt = #line
) throws {
    let dossier = try (converter ?? PressReleaseConverter()).convert(text: text).dossier
    for finding in findings where !finding.isFound(in: dossier) {
        XCTFail("expected \(finding), but the conversion found:\n\(ExpectedFinding.summary(of: dossier))", file: file, line: line)
    }
}
