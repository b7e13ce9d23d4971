import Foundation
import PropertyBased
import Testing

@testable import AdvocacyKit

/// A generated dossier and the exporter options it needs (a generation date when it has no
/// publication date).
struct GeneratedDossier: Sendable, CustomStringConvertible {
    var dossier: Dossier
    var generationDate: PartialDate?

    var description: String {
        let json = (try? dossier.jsonData(format: .compact)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        return "generationDate: \(generationDate?.description ?? "nil"), dossier: \(json)"
    }
}

/// Builds random dossiers: unicode text in many scripts, optional fields present or absent,
/// up to 20 entities with valid spans and references only to entities that exist.
private struct DossierBuilder<RNG: RandomNumberGenerator> {
    var rng: RNG
    private var nextID = 0

    init(rng: RNG) { self.rng = rng }

    private static var words: [String] {
        [
            "Brüssel", "naïve", "Ελλάδα", "Κοινοβούλιο", "البرلمان", "الشفافية", "市民团体", "议会", "🛡️",
            "👩‍⚖️", "😀", "“quoted”", "‘single’", "\"double\"", "'apos'", "&", "<", ">", "&amp;", "]]>",
            "A&B", "<p>", "e\u{301}", "—", "\u{A0}", "ß", "İ", "MEPs", "urge", "the", "Commission", "x",
        ]
    }

    private static var ranges: [ClosedRange<UInt32>] {
        [
            0x20...0x7E, 0xA0...0xFF, 0x391...0x3C9, 0x621...0x64A, 0x4E00...0x4FFF, 0x1F600...0x1F64F,
        ]
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    private mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < probability }
    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    private mutating func maybe<T>(_ probability: Double = 0.5, _ make: (inout Self) -> T) -> T? {
        chance(probability) ? make(&self) : nil
    }

    private mutating func id() -> String {
        nextID += 1
        return "e\(nextID)"
    }

    /// A word from the pool, or a run of random scalars from one script.
    private mutating func token() -> String {
        if chance(0.6) { return pick(Self.words) }
        let range = pick(Self.ranges)
        var view = String.UnicodeScalarView()
        for _ in 0..<int(1...6) {
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { view.append(scalar) }
        }
        return String(view)
    }

    mutating func text(_ count: ClosedRange<Int>) -> String {
        var result = ""
        for index in 0..<int(count) {
            if index > 0 { result += pick([" ", " ", " ", "  ", "\n", "\t", "\r\n", "\r"]) }
            result += token()
        }
        return result
    }

    private mutating func date() -> PartialDate {
        let year = int(1990...2040)
        switch int(0...2) {
        case 0: return PartialDate(year: year) ?? "2000"
        case 1: return PartialDate(year: year, month: int(1...12)) ?? "2000"
        default: return PartialDate(year: year, month: int(1...12), day: int(1...28)) ?? "2000"
        }
    }

    private mutating func span(in source: SourceText) -> SourceSpan {
        let paragraph = int(0...(source.paragraphs.count - 1))
        let length = source.paragraphs[paragraph].text.unicodeScalars.count
        let start = int(0...length)
        let end = chance(0.05) ? start : int(start...length)
        return SourceSpan(paragraph: paragraph, start: start, end: end)
    }

    private mutating func spans(in source: SourceText, _ count: ClosedRange<Int>) -> [SourceSpan] {
        (0..<int(count)).map { _ in span(in: source) }
    }

    private mutating func subset<T>(_ items: [T]) -> [T] { items.filter { _ in chance(0.4) } }

    private mutating func identifiers() -> [DocumentIdentifier] {
        (0..<int(0...2)).map { _ in
            DocumentIdentifier(
                pick([.url, .procedure, .com, "custom"]), text(1...2),
                origin: chance(0.5) ? .source : .external)
        }
    }

    mutating func build() -> GeneratedDossier {
        // The text: a title, maybe a date line, then body paragraphs and headings.
        var paragraphs = [SourceText.Paragraph(text(1...8), role: .title)]
        for index in 1..<int(2...6) {
            let role: SourceText.Paragraph.Role =
                index == 1 && chance(0.2) ? .dateLine : chance(0.2) ? .heading : .body
            paragraphs.append(SourceText.Paragraph(chance(0.05) ? "" : text(1...14), role: role))
        }
        if !paragraphs.contains(where: { $0.role == .body || $0.role == .heading }) {
            paragraphs[paragraphs.count - 1].role = .body
        }
        var source = SourceText(paragraphs: paragraphs)
        source.separators = source.separators.map { _ in pick(["\n\n", "\n\n\n", "\n \n", "\n\t\n"]) }
        source.leading = pick(["", "", "\n"])
        source.trailing = pick(["", "\n", "\n\n"])

        // How many entities of each kind.
        var counts: [Int] = Array(repeating: 0, count: 7)
        for _ in 0..<int(0...20) { counts[int(0...6)] += 1 }

        var organisations: [Organisation] = []
        for _ in 0..<counts[0] {
            organisations.append(
                Organisation(
                    id: .init(id()), name: text(1...4), abbreviation: maybe { $0.text(1...1) },
                    aliases: (0..<int(0...2)).map { _ in text(1...3) },
                    kind: maybe { $0.pick([.ngo, .euInstitution, .company, "customKind"]) },
                    jurisdiction: maybe { $0.pick(["be", "eu", "int", "de"]) },
                    identifiers: identifiers(), isProposed: chance(0.2), mentions: spans(in: source, 0...3)))
        }
        let organisationIDs = organisations.map(\.id)
        var committees: [Committee] = []
        for _ in 0..<counts[1] {
            committees.append(
                Committee(
                    id: .init(id()), name: maybe { $0.text(1...5) }, abbreviation: maybe { $0.text(1...1) },
                    aliases: (0..<int(0...1)).map { _ in text(1...3) },
                    parliament: organisationIDs.isEmpty ? nil : maybe { $0.pick(organisationIDs) },
                    mentions: spans(in: source, 0...3)))
        }
        var coalitions: [Coalition] = []
        for _ in 0..<counts[2] {
            let claims = (0..<int(0...2)).map { _ in
                Coalition.SizeClaim(
                    Count(int(0...500), pick(Count.Qualifier.allCases)), excluding: subset(organisationIDs),
                    span: maybe { $0.span(in: source) })
            }
            let bodies = (0..<int(0...1)).map { _ in
                Coalition.Body(
                    id: .init(id()), name: text(1...3), members: subset(organisationIDs),
                    mentions: spans(in: source, 0...2))
            }
            coalitions.append(
                Coalition(
                    id: .init(id()), name: text(1...5), abbreviation: maybe { $0.text(1...1) },
                    kind: pick(Coalition.Kind.allCases), summary: maybe { $0.text(1...8) },
                    members: subset(organisationIDs), size: claims.first.map(\.count), sizeClaims: claims,
                    bodies: bodies, established: maybe { $0.date() }, mentions: spans(in: source, 0...3)))
        }
        let agents: [Party] =
            organisations.map { .organisation($0.id) } + committees.map { .committee($0.id) }
            + coalitions.map { .coalition($0.id) }
            + coalitions.flatMap(\.bodies).map { .coalitionBody($0.id) }
        var people: [Person] = []
        for _ in 0..<counts[3] {
            people.append(
                Person(
                    id: .init(id()), name: maybe(0.7) { $0.text(1...3) },
                    role: maybe { builder in
                        let own = builder.text(1...2)
                        return builder.pick(["spokesperson", "MEP", "author", "Président·e", own])
                    },
                    affiliation: agents.isEmpty ? nil : maybe { $0.pick(agents) }, mentions: spans(in: source, 0...3)))
        }
        let parties = agents + people.map { .person($0.id) }
        var proposals: [Proposal] = []
        for _ in 0..<counts[4] {
            let proposalDate = maybe { $0.date() }
            proposals.append(
                Proposal(
                    id: .init(id()), title: text(1...6), shortTitle: maybe { $0.text(1...3) },
                    proposer: parties.isEmpty ? nil : maybe { $0.pick(parties) }, date: proposalDate,
                    dateMentions: proposalDate == nil ? [] : spans(in: source, 0...1),
                    identifiers: chance(0.3) ? [DocumentIdentifier(.com, "COM(\(int(2000...2030))) \(int(1...999)) final")] : [],
                    leadCommittee: committees.isEmpty ? nil : maybe { $0.pick(committees).id },
                    status: maybe { $0.text(1...2) }, jurisdiction: maybe { $0.pick(["eu", "fr"]) },
                    mentions: spans(in: source, 0...3)))
        }
        var quotes: [Quote] = []
        for _ in 0..<counts[5] {
            let segments = (0..<int(1...2)).map { _ in
                let where_ = maybe(0.8) { $0.span(in: source) }
                return Quote.Segment(where_.flatMap(source.text(of:)) ?? text(1...4), span: where_)
            }
            quotes.append(
                Quote(
                    id: .init(id()), speaker: people.isEmpty ? nil : maybe { $0.pick(people).id },
                    onBehalfOf: agents.isEmpty ? nil : maybe { $0.pick(agents) }, segments: segments))
        }
        var demands: [Demand] = []
        for _ in 0..<counts[6] {
            let addressees = (0..<int(0...2)).map { _ in
                Demand.Addressee(
                    text(1...3), party: parties.isEmpty ? nil : maybe { $0.pick(parties) },
                    mentions: spans(in: source, 0...2))
            }
            demands.append(
                Demand(
                    id: .init(id()), action: text(1...6), actor: parties.isEmpty ? nil : maybe { $0.pick(parties) },
                    addressees: addressees,
                    subject: proposals.isEmpty ? nil : maybe { .proposal($0.pick(proposals).id) },
                    quote: quotes.isEmpty ? nil : maybe { $0.pick(quotes).id }, span: maybe { $0.span(in: source) }))
        }

        // The document itself.
        let published = maybe(0.85) { $0.date() }
        let statement = Statement(
            id: .init(pick(["doc-1", "a6688db363f34d57", "release.2024_x", "D"])),
            kind: pick([.pressRelease, .jointLetter, .positionStatement, .news, "customKind"]),
            title: chance(0.8) ? paragraphs[0].text : text(0...5),
            published: published,
            publishedMentions: published == nil ? [] : spans(in: source, 0...1),
            language: pick(["en", "fr", "de-AT", "el", "ar", "zh-Hant", "pt-BR", "xx"]),
            jurisdiction: pick(["eu", "de", "fr", "za-cpt"]),
            issuers: subset(parties),
            dateline: maybe(0.3) { Place($0.text(1...2), country: $0.maybe { $0.pick(["th", "be"]) }, mentions: $0.spans(in: source, 0...1)) },
            identifiers: identifiers(),
            source: source)
        let dossier = Dossier(
            document: statement, organisations: organisations, committees: committees, coalitions: coalitions,
            proposals: proposals, demands: demands, people: people, quotes: quotes)
        let generationDate: PartialDate? = published == nil || chance(0.3) ? date() : nil
        return GeneratedDossier(dossier: dossier, generationDate: generationDate)
    }
}

/// Builds a generated dossier from the property checker's random source.
private func buildDossier(_ rng: inout some RandomNumberGenerator) -> GeneratedDossier {
    var builder = DossierBuilder(rng: rng)
    let result = builder.build()
    rng = builder.rng
    return result
}

/// Random dossiers for the round-trip properties.
let generatedDossiers = Generator<GeneratedDossier, Shrink.None<GeneratedDossier>> { rng in
    buildDossier(&rng)
}

@Suite("Akoma Ntoso round trip (property-based)")
struct RoundTripPropertyTests {
    @Test("law 1: importing an export gives back the dossier, losslessly and without notes")
    func importOfExportIsIdentity() async {
        await propertyCheck(count: 200, input: generatedDossiers) { generated in
            let exporter = AKNExporter(generationDate: generated.generationDate)
            let xml = try exporter.export(generated.dossier).xml
            let result = try AKNImporter().importDocument(xml, source: "generated.xml")
            #expect(result.dossier == generated.dossier)
            #expect(try result.dossier.jsonData() == (try generated.dossier.jsonData()))
            #expect(result.isLossless)
            #expect(result.notes.isEmpty, "\(result.notes)")
        }
    }

    @Test("law 2: exporting an import gives back the document's bytes")
    func exportOfImportIsIdentity() async {
        await propertyCheck(count: 200, input: generatedDossiers) { generated in
            let xml = try AKNExporter(generationDate: generated.generationDate).export(generated.dossier).xml
            let result = try AKNImporter().importDocument(xml)
            #expect(try result.roundTripExporter.export(result.dossier).xml == xml)
        }
    }

    @Test("a generated export whose model copy is removed still imports its text and identity")
    func foreignReadingOfGeneratedExports() async {
        await propertyCheck(count: 100, input: generatedDossiers) { generated in
            let xml = try AKNExporter(generationDate: generated.generationDate).export(generated.dossier).xml
            var text = String(decoding: xml, as: UTF8.self)
            let start = try #require(text.range(of: "<proprietary"))
            let end = try #require(text.range(of: "</proprietary>"))
            text.removeSubrange(start.lowerBound..<end.upperBound)
            let result = try AKNImporter().importDocument(Data(text.utf8))
            let original = generated.dossier.document
            let document = result.dossier.document
            #expect(!result.isLossless)
            #expect(document.id == original.id)
            if !original.title.isEmpty { #expect(document.title == original.title) }
            #expect(document.jurisdiction == original.jurisdiction)
            #expect(document.published == (original.published ?? generated.generationDate))
            // Empty paragraphs have no block text to read back.
            #expect(
                document.source?.paragraphs.map(\.text) ?? []
                    == (original.source?.paragraphs.map(\.text) ?? []).filter { !$0.isEmpty })
        }
    }
}
