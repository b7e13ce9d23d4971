/// What a token can start or signal, looked up once per token in the ``Vocabulary`` when a
/// paragraph is analysed, so that every stage can skip the tokens that cannot concern it with
/// one bit test.
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
    /// "hope", "trust": may put an ask as a hope.
    static let hope = TokenCue(rawValue: 1 << 13)
    /// "bills", "passed", "tabled": a sentence about passing or proposing law.
    static let legislativeAction = TokenCue(rawValue: 1 << 14)
    /// A one-word country name, demonym or capital ("Canadian"), in lower case.
    static let country = TokenCue(rawValue: 1 << 15)
    /// "Senator", "Director": a person's title.
    static let personTitle = TokenCue(rawValue: 1 << 16)
    /// "New", "San": may open a place name.
    static let placePrefix = TokenCue(rawValue: 1 << 17)
    /// "to", "and": may stand inside a law's name.
    static let lawConnector = TokenCue(rawValue: 1 << 18)
    /// "known", "dubbed": may introduce a term.
    static let termIntroducer = TokenCue(rawValue: 1 << 19)
    /// "statement", "release": a sentence may say who issues the text.
    static let statementWord = TokenCue(rawValue: 1 << 20)
    /// "issued", "published": the verb of such a sentence.
    static let issuingVerb = TokenCue(rawValue: 1 << 21)
    /// "of", "for", "and": may stand inside a name.
    static let nameConnector = TokenCue(rawValue: 1 << 22)
    /// "The", "In", "While": a common word that is capitalised only at a sentence's start.
    static let commonCapitalised = TokenCue(rawValue: 1 << 23)
    /// "joint", "open", "letter": the first word of a joint document's noun.
    static let jointDocument = TokenCue(rawValue: 1 << 24)
}
