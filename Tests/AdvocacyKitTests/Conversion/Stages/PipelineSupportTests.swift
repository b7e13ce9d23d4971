import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Pipeline support: handles, evidence and the lexicon")
struct PipelineSupportTests {
    @Test("handles address their own list and compare by position")
    func handles() {
        var list = FindingList<String>()
        let first = list.append("a")
        let second = list.append("b")
        list[first] = "c"
        #expect(list.elements == ["c", "b"])
        #expect(first < second && list.lastHandle == second)
        #expect(list.firstHandle { $0 == "b" } == second)
        #expect(list.withHandles.map(\.handle) == list.handles)
    }

    @Test("agent parties answer as a dictionary from handles to parties does")
    func agentPartiesAgreeWithDictionary() {
        var parties = AgentParties(count: 4)
        var reference: [AgentHandle: Party] = [:]
        let assignments: [(Int, Party)] = [
            (2, .organisation(Organisation.ID("harbour-trust"))), (0, .committee(Committee.ID("envi"))),
            (2, .coalition(Coalition.ID("ferry-alliance"))),
        ]
        for (position, party) in assignments {
            parties[AgentHandle(position: position)] = party
            reference[AgentHandle(position: position)] = party
        }
        // Handles past the count (from a registry that grew later) have no party either.
        for position in 0..<7 {
            #expect(parties[AgentHandle(position: position)] == reference[AgentHandle(position: position)])
        }
    }

    @Test("evidence adds up the weights of its reasons")
    func evidence() {
        var evidence = Evidence([.acronymUse])
        #expect(!evidence.isEnough)
        evidence.add(.afterArticle)
        #expect(evidence.isEnough && evidence.strength == 2)
        evidence.add(Evidence([.definedAcronym]))
        #expect(evidence.reasons == [.acronymUse, .afterArticle, .definedAcronym] && evidence.strength == 6)
    }

    @Test("the bundled lexicon has every list, and a user lexicon adds words")
    func lexicon() throws {
        let bundled = try Lexicon.bundled()
        for list in Lexicon.List.allCases {
            #expect(!bundled.words(list).isEmpty, "\(list) is empty")
        }
        let mine = try Lexicon(json: Data(#"{"lists": {"askVerbs": ["beseech", "urge"]}, "countries": {"Atlantis": "xa"}}"#.utf8))
        let merged = bundled.merging(mine)
        #expect(merged.words(.askVerbs).filter { $0 == "urge" }.count == 1)
        #expect(merged.words(.askVerbs).last == "beseech")
        #expect(Vocabulary(merged).cues(of: "beseech").contains(.ask))
        #expect(merged.countries["Atlantis"] == "xa")
    }

    @Test("a user lexicon with an unknown list or an empty word is refused with its path")
    func lexiconErrors() throws {
        #expect(throws: LexiconError.self) { try Lexicon(json: Data(#"{"lists": {"askVerb": ["x"]}}"#.utf8)) }
        do {
            _ = try Lexicon(json: Data(#"{"lists": {"askVerbs": [" "]}}"#.utf8), file: "mine.json")
            Issue.record("an empty word was accepted")
        } catch {
            #expect(error.description.hasPrefix("mine.json: lists"))
            #expect(error.description.contains("askVerbs[0] is empty"))
        }
        #expect(throws: LexiconError.self) { try Lexicon(json: Data(#"{"version": 2}"#.utf8)) }
        #expect(throws: LexiconError.self) { try Lexicon(json: Data(#"{"words": []}"#.utf8)) }
        // Blank is what Foundation's `.whitespaces` would trim away: spaces of any width and
        // tabs, not a word with a space inside or a line break.
        for blank in ["", "\t", "\u{3000}", "\u{A0}\u{2009} "] {
            let lexicon = Data(try JSONSerialization.data(withJSONObject: ["lists": ["askVerbs": ["urge", blank]]]))
            #expect(throws: LexiconError.self, "\(blank.unicodeScalars.map(\.value))") { try Lexicon(json: lexicon) }
            #expect(blank.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        for word in ["call on", "\n"] {
            let lexicon = Data(try JSONSerialization.data(withJSONObject: ["lists": ["askVerbs": [word]]]))
            #expect(throws: Never.self) { try Lexicon(json: lexicon) }
            #expect(!word.trimmingCharacters(in: .whitespaces).isEmpty)
        }
    }

    @Test("a document's id is the FNV-1a hash of its full text, hashed part by part")
    func fingerprintOfParts() {
        var missingSeparator = SourceText(paragraphs: [.init("x"), .init("y")])
        missingSeparator.separators = []  // the full text then joins them with "\n\n"
        let cases: [(source: SourceText, text: String)] = [
            "Title\n\nBody one.\r\n \r\nBody two.\n", "\n\n  Only one paragraph, après la pluie  \n\n\n", "",
        ].map { (SourceText(parsing: $0), $0) } + [
            (SourceText(paragraphs: [.init("A"), .init("B"), .init("C")], separator: "\n \n", leading: "\n", trailing: "\n"), "\nA\n \nB\n \nC\n"),
            (missingSeparator, "x\n\ny"),
        ]
        for (source, text) in cases {
            #expect(source.text == text)
            let hex = String(FNV1a.hash(text), radix: 16)
            #expect(PressReleaseConverter.fingerprint(of: source) == String(repeating: "0", count: 16 - hex.count) + hex)
        }
    }
}
