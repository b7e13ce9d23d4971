/// The stage before the agents: which jurisdiction the text is about, so that a form shared by
/// several jurisdictions' gazetteers ("Senate", "House of Commons") names that jurisdiction's
/// body.
///
/// The signs are the gazetteer forms of several words that belong to one jurisdiction only
/// ("House Judiciary Committee", "Lok Sabha") and the lexicon's country names, demonyms and
/// capitals ("Canadian", "Canberra"); the jurisdiction with the most signs wins, the EU on a
/// tie. A jurisdiction given by the caller is used as it is.
///
/// One-word forms of another country's bodies ("Greens", "Labour", "Ofcom") are ordinary
/// words or names elsewhere, so they are neither signs nor matches unless the text is about
/// that country.
struct JurisdictionStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let matcher: GazetteerMatcher

    /// The jurisdiction of a document, or `given` when the caller knows it.
    static func run(
        _ document: AnalyzedDocument, vocabulary: Vocabulary, matcher: GazetteerMatcher, given: String? = nil
    ) -> JurisdictionLayer {
        JurisdictionStage(document: document, vocabulary: vocabulary, matcher: matcher).decide(given: given)
    }

    private func decide(given: String?) -> JurisdictionLayer {
        var matches = document.paragraphs.map { matcher.matches(in: $0.scalars, preferring: given ?? "eu") }
        let votes = given == nil ? self.votes(matches) : [:]
        let ranked = votes.sorted { ($0.value, $0.key == "eu" ? 1 : 0, $1.key) > ($1.value, $1.key == "eu" ? 1 : 0, $0.key) }
        let chosen = given ?? ranked.first?.key
        if given == nil, let chosen, chosen != "eu" {
            // Forms shared by several jurisdictions were read as the EU's (or the last file's): read them again.
            for (index, paragraphMatches) in matches.enumerated()
            where paragraphMatches.contains(where: { $0.jurisdiction == nil && $0.isEntry }) {
                matches[index] = matcher.matches(in: document.paragraphs[index].scalars, preferring: chosen)
            }
        }
        // Another country's one-word forms are not its bodies here.
        for index in matches.indices {
            matches[index].removeAll { match in
                guard match.isOneWord, let jurisdiction = match.entryJurisdiction, jurisdiction != chosen else { return false }
                return jurisdiction != "eu" && jurisdiction != "int"
            }
        }
        return JurisdictionLayer(jurisdiction: chosen, votes: votes, gazetteerMatches: matches)
    }

    /// The signs of each jurisdiction among the matches and the capitalised words.
    private func votes(_ matches: [[GazetteerMatch]]) -> [String: Int] {
        var votes: [String: Int] = [:]
        for match in matches.joined() {
            guard let jurisdiction = match.jurisdiction, jurisdiction != "int", !match.isOneWord else { continue }
            votes[jurisdiction, default: 0] += 1
        }
        for paragraph in document.paragraphs {
            for (i, token) in paragraph.tokens.enumerated() where token.isCapitalised && paragraph.cues[i].contains(.country) {
                if let code = vocabulary.countries[paragraph.string(of: token)] { votes[code, default: 0] += 1 }
            }
        }
        return votes
    }
}

extension GazetteerMatch {
    /// Whether the match names an entry (not a role).
    var isEntry: Bool {
        if case .entry = target { return true }
        return false
    }
}
