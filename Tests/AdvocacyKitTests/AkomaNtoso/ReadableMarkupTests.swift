import Foundation
import Testing

@testable import AdvocacyKit

/// The Akoma Ntoso a conversion writes is meant to be read by people too.
@Suite struct ReadableMarkupTests {
    /// The seed press release, as shipped in `seeds/`.
    static let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/ecpat-2023-03-07-imco-draft-opinion-csa-regulation.txt")

    @Test("the converted seed has no element nested in an identical element, and marks each phrase as one kind")
    func seedHasNoIdenticalNesting() throws {
        let dossier = try Converted.converter.convert(data: Data(contentsOf: Self.seed), format: .plainText).dossier
        // The converter finds both "LIBE" and "LIBE Committee" for the same committee.
        let libe = try #require(dossier.committees.first { $0.abbreviation == "LIBE" })
        let spans = libe.mentions.sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        #expect(zip(spans, spans.dropFirst()).contains { $0.paragraph == $1.paragraph && $1.start < $0.end })
        let xml = try AKNExporter().export(dossier).xml
        #expect(try AKNChecks.elementsNestedInIdenticalOnes(in: xml) == [])
        #expect(try AKNChecks.phrasesWithSeveralKinds(in: xml) == [:])
    }
}
