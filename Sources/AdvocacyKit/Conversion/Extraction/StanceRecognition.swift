extension ExtractionRun {
    /// Stances the text states: "ECPAT … denounces IMCO’s draft opinion" (opposes),
    /// "We welcome this recommendation" (supports).
    mutating func recogniseStances() {
        let opinionMentions = Self.indexByParagraph(opinions.map(\.mentions))
        for scanned in paragraphs {
            for sentence in scanned.sentences {
                for i in sentence where scanned.cues[i].contains(TokenCue.stance) {
                    let word = scanned.lowercased(i)
                    let position: Stance.Position
                    if ExtractionVocabulary.opposeVerbs.contains(word) {
                        position = .opposes
                    } else if ExtractionVocabulary.supportVerbs.contains(word), word != "support" || !scanned.token(i - 1, is: "to") {
                        position = .supports
                    } else {
                        continue
                    }
                    let holder =
                        agents(in: sentence.lowerBound..<i, of: scanned).first?.agent
                        ?? (isFirstPerson(sentence.lowerBound..<i, in: scanned) ? authors.first : nil)
                    guard let holder else { continue }
                    let after = (i + 1)..<sentence.upperBound
                    let lower = scanned.tokens[i].end
                    let upper = scanned.tokens[min(after.upperBound, scanned.tokens.count) - 1].end
                    let opinion = opinionMentions[scanned.index]?.first { $0.span.start >= lower && $0.span.start <= upper }?.owner
                    let law = opinion == nil ? lawsMentioned(in: after, of: scanned).first : nil
                    guard opinion != nil || law != nil else { continue }
                    let evidence = span(scanned, i, i)
                    guard !stances.contains(where: { $0.evidence == evidence }) else { continue }
                    stances.append(StanceFinding(holder: holder, opinion: opinion, law: law, position: position, evidence: evidence))
                }
            }
        }
    }
}
