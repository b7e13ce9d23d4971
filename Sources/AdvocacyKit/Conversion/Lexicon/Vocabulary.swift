/// A ``Lexicon`` compiled for the recognisers: every list as a set for constant-time
/// look-ups, phrases split into words, and the cue of every cue word, made once per converter
/// (the bundled lexicon's once per process, ``bundled()``). A class, immutable, so that every
/// stage and converter shares the one copy.
final class Vocabulary: Sendable {
    let organisationHeads: WordSet
    let coalitionHeads: WordSet
    let lawHeads: WordSet
    let proposalHeads: WordSet
    let commonCapitalised: WordSet
    /// In upper case, compared with the upper-cased word.
    let genericAcronyms: WordSet
    let askVerbs: WordSet
    let callVerbs: WordSet
    let politeAsks: WordSet
    let suggestVerbs: WordSet
    let modalVerbs: WordSet
    let needVerbs: WordSet
    let obligationAdverbs: WordSet
    let imperativeVerbs: WordSet
    let nonActorSubjects: WordSet
    let speechVerbs: WordSet
    let opposeVerbs: WordSet
    let supportVerbs: WordSet
    let affiliationNouns: WordSet
    /// The list openers, each as its words, by their first word.
    let listOpenersByFirstWord: WordTable<[[String]]>
    /// The joint openers, each as its words, by their first word.
    let jointOpenersByFirstWord: WordTable<[[String]]>
    let strongListOpeners: WordSet
    let jointWords: WordSet
    let jointDocumentNouns: [[String]]
    /// The positions in ``jointDocumentNouns`` of the nouns that start with each word, in order.
    let jointDocumentNounsByFirstWord: WordTable<[Int]>
    /// Whether every joint document noun starts with a word of lower-case ASCII letters, so
    /// that the ``TokenCue/jointDocument`` cue marks every token where one may start.
    let jointDocumentNounsHaveCues: Bool
    let memberHeads: WordSet
    let groupHeads: WordSet
    let bodyHeads: WordSet
    let bodyModifiers: WordSet
    let referenceModifiers: WordSet
    let genericInstitutionForms: WordSet
    let institutionNouns: WordSet
    let proposerNouns: [String]
    let opinionBodyHeads: [String]
    let ownedOpinionNouns: WordSet
    let lawNameFillers: WordSet
    let proposalClauseStops: WordSet
    let sentenceAbbreviations: WordSet
    let blockQuoteIntroducers: WordSet
    let futureMarkers: WordSet
    let imperativeObjects: WordSet
    let actorNouns: WordSet
    let strongCoalitionHeads: WordSet
    let regionalSuffixes: WordSet
    let nameSuffixes: WordSet
    let legislatorTitles: WordSet
    let portfolioTitles: WordSet
    let groupCountNouns: WordSet
    let organisationDescriptionNouns: WordSet
    let personTitles: WordSet
    let todayWords: WordSet
    let placeNamePrefixes: WordSet
    let existingLawMarkers: WordSet
    let lawNounsAfterName: WordSet
    /// Count qualifiers as words, in the lexicon's order.
    let countQualifiers: [(words: [String], qualifier: Count.Qualifier)]
    let opinionNouns: WordTable<Opinion.Kind>
    let countries: WordTable<String>
    /// The cues of each cue word.
    private let cues: WordTable<TokenCue>
    /// The length in scalars of the longest cue word: longer words need no look-up.
    let longestCueWord: Int

    /// The bundled lexicon's vocabulary, made on first use.
    static func bundled() throws(LexiconError) -> Vocabulary {
        try bundledVocabulary.get()
    }

    init(_ lexicon: Lexicon) {
        func set(_ list: Lexicon.List) -> WordSet { WordSet(lexicon.words(list)) }
        func phrases(_ list: Lexicon.List) -> [[String]] {
            lexicon.words(list).map { $0.split(separator: " ").map(String.init) }
        }
        organisationHeads = set(.organisationHeads)
        coalitionHeads = set(.coalitionHeads)
        lawHeads = set(.lawHeads)
        proposalHeads = set(.proposalHeads)
        commonCapitalised = set(.commonCapitalised)
        genericAcronyms = WordSet(lexicon.words(.genericAcronyms).map { $0.uppercased() })
        askVerbs = set(.askVerbs)
        callVerbs = set(.callVerbs)
        politeAsks = set(.politeAsks)
        suggestVerbs = set(.suggestVerbs)
        modalVerbs = set(.modalVerbs)
        needVerbs = set(.needVerbs)
        obligationAdverbs = set(.obligationAdverbs)
        imperativeVerbs = set(.imperativeVerbs)
        nonActorSubjects = set(.nonActorSubjects)
        speechVerbs = set(.speechVerbs)
        opposeVerbs = set(.opposeVerbs)
        supportVerbs = set(.supportVerbs)
        affiliationNouns = set(.affiliationNouns)
        let listOpeners = phrases(.listOpeners)
        strongListOpeners = set(.strongListOpeners)
        let jointOpeners = phrases(.jointOpeners)
        listOpenersByFirstWord = Self.table(Dictionary(grouping: listOpeners.filter { !$0.isEmpty }, by: { $0[0] }))
        jointOpenersByFirstWord = Self.table(Dictionary(grouping: jointOpeners.filter { !$0.isEmpty }, by: { $0[0] }))
        jointWords = set(.jointWords)
        let documentNouns = phrases(.jointDocumentNouns)
        jointDocumentNouns = documentNouns
        jointDocumentNounsByFirstWord = Self.table(
            Dictionary(grouping: documentNouns.indices.filter { !documentNouns[$0].isEmpty }, by: { documentNouns[$0][0] }))
        jointDocumentNounsHaveCues = documentNouns.allSatisfy { words in
            words.first.map { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A } } ?? false
        }
        memberHeads = set(.memberHeads)
        groupHeads = set(.groupHeads)
        bodyHeads = set(.bodyHeads)
        bodyModifiers = set(.bodyModifiers)
        referenceModifiers = set(.referenceModifiers)
        genericInstitutionForms = set(.genericInstitutionForms)
        institutionNouns = set(.institutionNouns)
        proposerNouns = lexicon.words(.proposerNouns)
        opinionBodyHeads = lexicon.words(.opinionBodyHeads)
        ownedOpinionNouns = set(.ownedOpinionNouns)
        lawNameFillers = set(.lawNameFillers)
        proposalClauseStops = set(.proposalClauseStops)
        sentenceAbbreviations = set(.sentenceAbbreviations)
        blockQuoteIntroducers = set(.blockQuoteIntroducers)
        futureMarkers = set(.futureMarkers)
        imperativeObjects = set(.imperativeObjects)
        actorNouns = set(.actorNouns)
        strongCoalitionHeads = set(.strongCoalitionHeads)
        regionalSuffixes = set(.regionalSuffixes)
        nameSuffixes = set(.nameSuffixes)
        legislatorTitles = set(.legislatorTitles)
        portfolioTitles = set(.portfolioTitles)
        groupCountNouns = set(.groupCountNouns)
        organisationDescriptionNouns = set(.organisationDescriptionNouns)
        personTitles = set(.personTitles)
        todayWords = set(.todayWords)
        placeNamePrefixes = set(.placeNamePrefixes)
        existingLawMarkers = set(.existingLawMarkers)
        lawNounsAfterName = set(.lawNounsAfterName)
        countQualifiers = lexicon.countQualifiers.map { ($0.phrase.split(separator: " ").map(String.init), $0.qualifier) }
        opinionNouns = Self.table(lexicon.opinionNouns)
        countries = Self.table(lexicon.countries)

        var cues: [String: TokenCue] = [:]
        func add(_ words: some Sequence<String>, _ cue: TokenCue) {
            for word in words { cues[word, default: []].insert(cue) }
        }
        for list in [Lexicon.List.askVerbs, .callVerbs, .politeAsks, .suggestVerbs] { add(lexicon.words(list), .ask) }
        for list in [Lexicon.List.modalVerbs, .needVerbs] { add(lexicon.words(list), .obligation) }
        for list in [Lexicon.List.opposeVerbs, .supportVerbs] { add(lexicon.words(list), .stance) }
        add(lexicon.opinionNouns.keys, .opinion)
        add(listOpeners.compactMap(\.first), .listOpener)
        add(jointOpeners.compactMap(\.first), .jointOpener)
        add(lexicon.words(.lawReferenceNouns), .lawReference)
        add(lexicon.words(.bodyCues), .body)
        add(lexicon.words(.coalitionDescriptionNouns), .coalitionNoun)
        add(lexicon.words(.proposedWords), .proposed)
        add(lexicon.words(.firstPersonWords), .firstPerson)
        add(lexicon.words(.proposingWords), .proposing)
        add(lexicon.words(.monthNames), .month)
        add(lexicon.words(.hopeVerbs), .hope)
        add(lexicon.words(.personTitles), .personTitle)
        add(lexicon.words(.placeNamePrefixes), .placePrefix)
        add(lexicon.words(.lawNameConnectors), .lawConnector)
        add(lexicon.words(.termIntroducers), .termIntroducer)
        add(lexicon.words(.statementWords), .statementWord)
        add(lexicon.words(.issuingVerbs), .issuingVerb)
        add(lexicon.words(.nameConnectors), .nameConnector)
        add(lexicon.words(.commonCapitalised), .commonCapitalised)
        add(lexicon.words(.legislativeActionWords), .legislativeAction)
        add(documentNouns.compactMap(\.first), .jointDocument)
        add(lexicon.countries.keys.filter { !$0.contains(" ") }.map { $0.lowercased() }, .country)
        self.cues = WordTable(cues.lazy.map { ($0.key, $0.value) })
        longestCueWord = cues.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// A dictionary of the lexicon as a ``WordTable``: its keys are fixed once the converter
    /// is made, and a look-up hashes with FNV-1a instead of SipHash.
    private static func table<Value: Sendable>(_ dictionary: [String: Value]) -> WordTable<Value> {
        WordTable(dictionary.lazy.map { ($0.key, $0.value) })
    }

    /// The cues of a folded word.
    func cues(of folded: String) -> TokenCue { cues[folded] ?? [] }

    /// The cues of a folded word whose ``FNV1a`` hash is `hash`.
    func cues(of folded: String, hash: UInt64) -> TokenCue { cues[folded, hash: hash] ?? [] }
}

/// The bundled lexicon's vocabulary, made on first access.
private let bundledVocabulary: Result<Vocabulary, LexiconError> = bundledLexicon.map(Vocabulary.init)
