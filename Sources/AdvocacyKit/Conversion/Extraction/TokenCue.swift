/// What a token can start or signal, looked up once per token when a paragraph is scanned,
/// so that every recogniser can skip the tokens that cannot concern it with one bit test.
struct TokenCue: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// "urge", "ask", "call", "suggest", "please": may open an ask.
    static let ask = TokenCue(rawValue: 1 << 0)
    /// "must", "should", "need", "have": may state an obligation.
    static let obligation = TokenCue(rawValue: 1 << 1)
    /// "denounces", "welcomes": a stance verb.
    static let stance = TokenCue(rawValue: 1 << 2)
    /// "opinion", "report", "vote", "approach", "text": an opinion noun.
    static let opinion = TokenCue(rawValue: 1 << 3)
    /// The first word of a list opener ("consists", "like", "including").
    static let listOpener = TokenCue(rawValue: 1 << 4)
    /// The first word of a joint-action opener ("joins", "in", "together", "along").
    static let jointOpener = TokenCue(rawValue: 1 << 5)
    /// A word that refers back to a law ("proposal", "bill", "act").
    static let lawReference = TokenCue(rawValue: 1 << 6)
    /// "steering", "board", "secretariat": may name a coalition's body.
    static let body = TokenCue(rawValue: 1 << 7)
    /// "coalition", "alliance", "network": may describe a coalition.
    static let coalitionNoun = TokenCue(rawValue: 1 << 8)
    /// "proposed": may open "the proposed Regulation to …".
    static let proposed = TokenCue(rawValue: 1 << 9)
    /// A month's name or abbreviation: a date may be near.
    static let month = TokenCue(rawValue: 1 << 10)
    /// "we", "our", "us": the author speaks.
    static let firstPerson = TokenCue(rawValue: 1 << 11)
    /// "proposal", "proposes", "issued", "tabled": a sentence about proposing law.
    static let proposing = TokenCue(rawValue: 1 << 12)

    /// The cues of a folded token.
    static func of(_ folded: String) -> TokenCue { table[folded] ?? [] }

    private static let table: [String: TokenCue] = {
        var table: [String: TokenCue] = [:]
        func add(_ words: some Sequence<String>, _ cue: TokenCue) {
            for word in words { table[word, default: []].insert(cue) }
        }
        add(ExtractionVocabulary.askVerbs, .ask)
        add(["call", "calls", "called", "calling", "please", "suggest", "suggests", "suggesting", "suggested", "recommend", "recommending", "propose", "proposing"], .ask)
        add(ExtractionVocabulary.modalWords, .obligation)
        add(["need", "needs", "have", "has"], .obligation)
        add(ExtractionVocabulary.opposeVerbs, .stance)
        add(ExtractionVocabulary.supportVerbs, .stance)
        add(["opinion", "opinions", "report", "reports", "vote", "votes", "voted", "approach", "position", "mandate", "text"], .opinion)
        add(["consists", "consist", "comprising", "comprises", "including", "such", "like", "in", "together", "along", "joined", "signed", "members", "alongside", "co-signed", "endorsed"], .listOpener)
        add(["in", "joins", "join", "together", "jointly", "alongside", "along", "co-signed", "signed", "written"], .jointOpener)
        add(["proposal", "bill", "regulation", "directive", "act", "legislation", "law"], .lawReference)
        add(["steering", "board", "secretariat"], .body)
        add(["coalition", "alliance", "network"], .coalitionNoun)
        add(["proposed"], .proposed)
        add(["we", "our", "us", "we're", "we've", "ourselves"], .firstPerson)
        add(["proposal", "proposes", "proposed", "propose", "issued", "presented", "tabled", "published", "relaunched"], .proposing)
        add(
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
             "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], .month)
        return table
    }()
}
