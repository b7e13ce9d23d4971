import Foundation
import Testing

@testable import AdvocacyKit

/// An Akoma Ntoso file whose model copy (`<adv:model>`) and markup say different things is
/// not taken at its word, even with a correct hash.
@Suite("Akoma Ntoso import: the model copy must agree with the markup")
struct ModelCopyTrustTests {
    /// The seed's export, and its model copy's JSON text.
    private func seedExport() throws -> (xml: String, model: String) {
        let dossier = try Dossier(json: Fixtures.data("seed.dossier.json"))
        let xml = String(decoding: try AKNExporter().export(dossier).xml, as: UTF8.self)
        let start = try #require(xml.range(of: "<adv:model"))
        let open = try #require(xml[start.upperBound...].firstIndex(of: ">"))
        let close = try #require(xml.range(of: "</adv:model>"))
        return (xml, String(xml[xml.index(after: open)..<close.lowerBound]))
    }

    /// The document with its model copy's JSON replaced (escaped as the exporter escapes it)
    /// and its hash recomputed, or left stale.
    private func replacingModel(in xml: String, _ old: String, with new: String, rehash: Bool = true) throws -> Data {
        let unescaped = old.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        let oldHash = SHA256.hex(of: unescaped.utf8)
        let edited = try #require(unescaped.range(of: #""name" : "ECPAT""#))
        var changed = unescaped
        changed.replaceSubrange(edited, with: #""name" : "ECPAT International""#)
        let escaped = changed.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return Data(
            xml.replacingOccurrences(of: old, with: escaped)
                .replacingOccurrences(of: oldHash, with: rehash ? SHA256.hex(of: changed.utf8) : oldHash).utf8)
    }

    @Test("an edited model copy with a recomputed hash is found out, with the place it differs")
    func editedCopy() throws {
        let (xml, model) = try seedExport()
        let result = try AKNImporter().importDocument(try replacingModel(in: xml, model, with: model), source: "edited.xml")
        #expect(result.modelCopy == .disagrees)
        #expect(!result.isLossless)
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.contains("TLCOrganization[2]/@showAs") == true)
    }

    @Test("a model copy whose hash does not match is not trusted, and says so as a conflict")
    func staleHash() throws {
        let (xml, model) = try seedExport()
        let result = try AKNImporter().importDocument(try replacingModel(in: xml, model, with: model, rehash: false))
        #expect(result.modelCopy == .untrusted)
        #expect(result.conflicts.first?.contains("hash does not match") == true)
    }

    @Test("the same document reformatted (indentation only) still matches its copy")
    func reformatted() throws {
        let (xml, _) = try seedExport()
        let reindented = xml.replacingOccurrences(of: "\n    <meta>", with: "\n\n        <meta>")
        #expect(reindented != xml)
        let result = try AKNImporter().importDocument(Data(reindented.utf8))
        #expect(result.modelCopy == .matches)
        #expect(result.isLossless)
        #expect(result.conflicts.isEmpty)
    }

    @Test("validation reports the conflicts as errors, and foreign mapping notes stay warnings")
    func validationSeverity() throws {
        let (xml, model) = try seedExport()
        let loaded = Dataset.load(try replacingModel(in: xml, model, with: model), source: "edited.akn.xml")
        let diagnostics = DossierValidator().validate(loaded.dataset)
        let conflicts = diagnostics.filter { $0.ruleID == "akn-model-copy-matches" }
        #expect(conflicts.count == 1)
        #expect(conflicts.allSatisfy { $0.severity == .error })
        let stale = Dataset.load(try replacingModel(in: xml, model, with: model, rehash: false), source: "stale.akn.xml")
        let staleNotes = DossierValidator().validate(stale.dataset).filter { $0.ruleID == "akn-model-copy-matches" }
        #expect(staleNotes.filter { $0.severity == .error }.count == 1)
        #expect(staleNotes.contains { $0.severity == .warning })
    }
}
