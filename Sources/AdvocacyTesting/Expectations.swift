import Foundation
import Testing

/// Records a Swift Testing issue listing every error of `dossier` found by `validator`.
///
/// ```swift
/// @Test func datasetIsValid() throws {
///     let dossier = try Dossier(json: Data(contentsOf: url))
///     expectValid(dossier)
/// }
/// ```
///
/// Warnings are listed in the failure too but do not fail the test on their own.
public func expectValid(
    _ dossier: Dossier, validator: DossierValidator = DossierValidator(), file: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let diagnostics = validator.validate(dossier, file: file)
    guard diagnostics.contains(where: { $0.severity == .error }) else { return }
    Issue.record(
        "the dossier \(dossier.document.id) is not valid:\n\(AdvocacyTesting.describe(diagnostics))",
        sourceLocation: sourceLocation)
}

/// Records a Swift Testing issue listing every error of a dataset.
public func expectValid(
    _ dataset: Dataset, validator: DossierValidator = DossierValidator(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let diagnostics = validator.validate(dataset)
    guard diagnostics.contains(where: { $0.severity == .error }) else { return }
    Issue.record("the dataset is not valid:\n\(AdvocacyTesting.describe(diagnostics))", sourceLocation: sourceLocation)
}

/// Records a Swift Testing issue with every schema error of an Akoma Ntoso document.
public func expectSchemaValid(_ xml: Data, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let report = try AKNSchemaValidator.bundled().validate(xml, source: "document")
        guard !report.isValid else { return }
        Issue.record(
            "the document is not valid Akoma Ntoso 3.0:\n\(report.diagnostics.map { "  \($0)" }.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    } catch {
        Issue.record("the bundled Akoma Ntoso schema could not be loaded: \(error)", sourceLocation: sourceLocation)
    }
}

/// Converts `text` and records a Swift Testing issue for every expected finding the
/// converter does not make, listing what it did find.
///
/// ```swift
/// @Test func imcoIsFound() throws {
///     try expectFindings(in: release, .committee("IMCO"), .demand(addressedTo: "policymakers"))
/// }
/// ```
@discardableResult
public func expectFindings(
    in text: String, _ findings: ExpectedFinding..., converter: PressReleaseConverter? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Dossier {
    let dossier = try (converter ?? PressReleaseConverter()).convert(text: text).dossier
    for finding in findings where !finding.isFound(in: dossier) {
        Issue.record(
            "expected \(finding), but the conversion found:\n\(ExpectedFinding.summary(of: dossier))",
            sourceLocation: sourceLocation)
    }
    return dossier
}
