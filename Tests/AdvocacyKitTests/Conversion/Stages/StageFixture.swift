import Foundation
import Testing

@testable import AdvocacyKit

/// Builds the inputs of single stages from plain texts, with the bundled lexicon and gazetteer.
enum StageFixture {
    static let vocabulary: Vocabulary = {
        do {
            return Vocabulary(try Lexicon.bundled())
        } catch {
            preconditionFailure("the bundled lexicon must load: \(error)")
        }
    }()

    static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer.bundled()
        } catch {
            preconditionFailure("the bundled gazetteer must load: \(error)")
        }
    }()

    static let matcher = GazetteerMatcher(gazetteer)

    /// The text layer of a plain text (title, blank line, paragraphs).
    static func document(_ text: String) throws -> AnalyzedDocument {
        AnalyzedDocument(try InputReader.read(Data(text.utf8), format: .plainText), vocabulary: vocabulary)
    }

    /// One analysed paragraph.
    static func paragraph(_ text: String) -> AnalyzedParagraph {
        AnalyzedParagraph(index: 0, text: text, vocabulary: vocabulary)
    }

    /// Every layer of a plain text.
    static func layers(_ text: String) throws -> ExtractionPipeline.Layers {
        ExtractionPipeline(vocabulary: vocabulary, gazetteer: gazetteer, matcher: matcher)
            .layers(of: try InputReader.read(Data(text.utf8), format: .plainText))
    }

    /// The agent layer of a plain text.
    static func agents(_ text: String) throws -> (AnalyzedDocument, AgentLayer) {
        let document = try document(text)
        let jurisdiction = JurisdictionStage.run(document, vocabulary: vocabulary, matcher: matcher)
        return (document, AgentStage.run(document, vocabulary: vocabulary, gazetteer: gazetteer, jurisdiction: jurisdiction))
    }
}

extension AgentRegistry {
    /// The agents that count (not merged into another), by name.
    var names: [String] { agents.elements.filter { $0.mergedInto == nil }.map(\.name) }

    /// The agent with this name.
    func agent(named name: String) -> AgentFinding? {
        agents.elements.first { $0.name == name && $0.mergedInto == nil }
    }
}
