import AdvocacyKit
import ArgumentParser
import Foundation

/// The options that add to or steer the converter's knowledge: a lexicon of one's own and the
/// jurisdiction of the texts.
struct KnowledgeOptions: ParsableArguments {
    @Option(help: "A lexicon JSON file of your own (cue verbs, head nouns, …), added to the bundled English one.")
    var lexicon: String?

    @Option(
        help: ArgumentHelp(
            "The jurisdiction the texts are about: eu, us, gb, ca, au, in or another lower-case country code.",
            discussion: "By default each text's jurisdiction is found from the bodies and countries it names."))
    var jurisdiction: String?

    func validate() throws {
        if let jurisdiction, jurisdiction.isEmpty || !jurisdiction.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
            throw ValidationError("--jurisdiction takes a lower-case code such as us, gb or eu, not '\(jurisdiction)'.")
        }
    }

    /// A converter with the bundled knowledge, `additions` and these options, once the bundled
    /// knowledge being built at start (``KnowledgeWarmUp``) is built.
    func converter(additions: Gazetteer?) throws -> PressReleaseConverter {
        KnowledgeWarmUp.wait()
        let words = try lexicon.map { try Lexicon(contentsOf: URL(fileURLWithPath: $0)) }
        return try PressReleaseConverter(additions: additions, words: words, jurisdiction: jurisdiction)
    }
}
