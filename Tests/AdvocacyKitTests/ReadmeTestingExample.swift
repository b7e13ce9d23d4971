import AdvocacyTesting
import Foundation
import Testing

@Suite("My dataset")
struct MyDatasetTests {
    let release = """
        Clean Air Network urges MEPs to back the Ambient Air Quality Directive

        Posted on 12 March 2024

        BRUSSELS — The Clean Air Network (CAN) and 30 organisations urge MEPs to back the Ambient Air Quality Directive.
        """

    @Test func conversionFindsTheFacts() throws {
        try expectFindings(
            in: release, .organisation("CAN"), .coalitionOfSize(31), .proposal("Ambient Air Quality Directive"),
            .demand(addressedTo: "MEPs"), .published("2024-03-12"))
    }

    @Test func convertedDossierIsValidAndExports() throws {
        let dossier = try PressReleaseConverter().convert(text: release).dossier
        expectValid(dossier)
        expectSchemaValid(try AKNExporter().export(dossier).xml)
    }

    @Test func goldenCorpusConvertsAsExpected() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/GoldenCorpus")
        try expectGoldenCorpus(at: corpus)
    }
}
