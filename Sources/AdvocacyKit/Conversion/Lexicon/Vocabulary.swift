/// A ``Lexicon`` compiled for the recognisers: every list as a set for constant-time
/// look-ups, phrases split into words, and the cue of every cue word, made once per converter.
/// A class, immutable, so that every stage shares the one copy.
final class Vocabulary: Sendable {
    let organisationHeads: Set<String>
    let coalitionHeads: Set<String>
    let lawHeads: Set<String>
    let proposalHeads: Set<String>
    let nameConnectors: Set<String>
    let commonCapitalised: Set<String>
    /// In upper case, compared with the upper-cased word.
    let genericAcronyms: Set<String>
    let askVerbs: Set<String>
    let callVerbs: Set<String>
    let politeAsks: Set<String>
    let suggestVerbs: Set<String>
    let modalVerbs: Set<String>
    let needVerbs: Set<String>
    let obligationAdverbs: Set<String>
    let imperativeVerbs: Set<String>
    let nonActorSubjects: Set<String>
    let speechVerbs: Set<String>
    let opposeVerbs: Set<String>
    let supportVerbs: Set<String>
    let affiliationNouns: Set<String>
    /// The list openers, each as its words, by their first word.
    let listOpenersByFirstWord: [String: [[String]]]
    /// The joint openers, each as its words, by their first word.
    let jointOpenersByFirstWord: [String: [[String]]]
    let strongListOpeners: Set<String>
    let jointWords: Set<String>
    let jointDocumentNouns: [[String]]
    let memberHeads: Set<String>
    let groupHeads: Set<String>
    let bodyHeads: Set<String>
    let bodyModifiers: Set<String>
    let referenceModifiers: Set<String>
    let genericInstitutionForms: Set<String>
    let institutionNouns: Set<String>
    let proposerNouns: [String]
    let opinionBodyHeads: [String]
    let ownedOpinionNouns: Set<String>
    let lawNameFillers: Set<String>
    let proposalClauseStops: Set<String>
    let sentenceAbbreviations: Set<String>
    let blockQuoteIntroducers: Set<String>
    let futureMarkers: Set<String>
    let imperativeObjects: Set<String>
    let actorNouns: Set<String>
    let strongCoalitionHeads: Set<String>
    let regionalSuffixes: Set<String>
    let nameSuffixes: Set<String>
    let issuingVerbs: Set<String>
    let statementWords: Set<String>
    let legislatorTitles: Set<String>
    let portfolioTitles: Set<String>
    let groupCountNouns: Set<String>
    let organisationDescriptionNouns: Set<String>
    let termIntroducers: Set<String>
    let personTitles: Set<String>
    let todayWords: Set<String>
    let placeNamePrefixes: Set<String>
    let existingLawMarkers: Set<String>
    let lawNameConnectors: Set<String>
    let lawNounsAfterName: Set<String>
    /// Count qualifiers as words, in the lexicon's order.
    let countQualifiers: [(words: [String], qualifier: Count.Qualifier)]
    let opinionNouns: [String: Opinion.Kind]
    let countries: [String: String]
    /// The cues of each cue word.
    private let cues: [String: TokenCue]
    /// The length in scalars of the longest cue word: longer words need no look-up.
    let longestCueWord: Int

    init(_ lexicon: Lexicon) {
        func set(_ list: Lexicon.List) -> Set<String> { Set(lexicon.words(list)) }
        func phrases(_ list: Lexicon.List) -> [[String]] {
            lexicon.words(list).map { $0.split(separator: " ").map(String.init) }
        }
        organisationHeads = set(.organisationHeads)
        coalitionHeads = set(.coalitionHeads)
        lawHeads = set(.lawHeads)
        proposalHeads = set(.proposalHeads)
        nameConnectors = set(.nameConnectors)
        commonCapitalised = set(.commonCapitalised)
        genericAcronyms = Set(lexicon.words(.genericAcronyms).map { $0.uppercased() })
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
        listOpenersByFirstWord = Dictionary(grouping: listOpeners.filter { !$0.isEmpty }, by: { $0[0] })
        jointOpenersByFirstWord = Dictionary(grouping: jointOpeners.filter { !$0.isEmpty }, by: { $0[0] })
        jointWords = set(.jointWords)
        jointDocumentNouns = phrases(.jointDocumentNouns)
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
        issuingVerbs = set(.issuingVerbs)
        statementWords = set(.statementWords)
        legislatorTitles = set(.legislatorTitles)
        portfolioTitles = set(.portfolioTitles)
        groupCountNouns = set(.groupCountNouns)
        organisationDescriptionNouns = set(.organisationDescriptionNouns)
        termIntroducers = set(.termIntroducers)
        personTitles = set(.personTitles)
        todayWords = set(.todayWords)
        placeNamePrefixes = set(.placeNamePrefixes)
        existingLawMarkers = set(.existingLawMarkers)
        lawNameConnectors = set(.lawNameConnectors)
        lawNounsAfterName = set(.lawNounsAfterName)
        countQualifiers = lexicon.countQualifiers.map { ($0.phrase.split(separator: " ").map(String.init), $0.qualifier) }
        opinionNouns = lexicon.opinionNouns
        countries = lexicon.countries

        var cues: [String: TokenCue] = [:]
        func add(_ words: some Sequence<String>, _ cue: TokenCue) {
            for word in words { cues[word, default: []].insert(cue) }
        }
        add(askVerbs.union(callVerbs).union(politeAsks).union(suggestVerbs), .ask)
        add(modalVerbs.union(needVerbs), .obligation)
        add(opposeVerbs.union(supportVerbs), .stance)
        add(opinionNouns.keys, .opinion)
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
        add(personTitles, .personTitle)
        add(placeNamePrefixes, .placePrefix)
        add(lawNameConnectors, .lawConnector)
        add(termIntroducers, .termIntroducer)
        add(lexicon.words(.legislativeActionWords), .legislativeAction)
        add(lexicon.countries.keys.filter { !$0.contains(" ") }.map { $0.lowercased() }, .country)
        self.cues = cues
        longestCueWord = cues.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// The cues of a folded word.
    func cues(of folded: String) -> TokenCue { cues[folded] ?? [] }
}
