import Foundation

/// The words of a language that the converter's patterns are made of: cue verbs ("urge",
/// "denounces"), head nouns of organisation names ("Foundation", "GmbH"), modal verbs, role
/// nouns ("spokesperson"), count qualifiers ("more than"), country names and demonyms.
///
/// Code holds the mechanisms; a lexicon holds English. AdvocacyKit bundles an English lexicon
/// (``bundled()``); users extend it with a file of their own in the same format
/// (``init(contentsOf:)``, ``merging(_:)``) and pass it to
/// ``PressReleaseConverter/init(gazetteer:lexicon:jurisdiction:)``.
///
/// ## File format
///
/// ```json
/// {
///   "version": 1,
///   "language": "en",
///   "lists": {"askVerbs": ["urge", "urges"], "organisationHeads": ["foundation"]},
///   "countQualifiers": [{"phrase": "more than", "qualifier": "moreThan"}],
///   "opinionNouns": {"report": "report"},
///   "countries": {"Canada": "ca", "Canadian": "ca"}
/// }
/// ```
///
/// - `lists` maps the names of ``List`` to words in lower case (phrases with single spaces:
///   `"signed by"`); `countries` maps capitalised country names, demonyms and capitals to
///   lower-case ISO 3166-1 alpha-2 codes; `opinionNouns` maps nouns to ``Opinion/Kind`` names;
///   `countQualifiers` are tried in order. Every key is optional; unknown keys and list names
///   are errors (``LexiconError``).
public struct Lexicon: Sendable, Hashable, Codable {
    /// The format version this library reads and writes.
    public static let formatVersion = 1

    /// The named word lists of a lexicon.
    public enum List: String, Sendable, Hashable, Codable, CaseIterable {
        /// Head words that make a capitalised phrase an organisation ("… Foundation").
        case organisationHeads
        /// Head words of a coalition's name ("… Alliance").
        case coalitionHeads
        /// Words that end the name of a law or a legislative proposal ("… Act").
        case lawHeads
        /// Law words that name a proposal even when the text mentions it once ("… Bill").
        case proposalHeads
        /// Lower-case words allowed inside a capitalised name ("Committee on the …").
        case nameConnectors
        /// Capitalised words that are not names when they start a sentence or stand alone.
        case commonCapitalised
        /// Acronyms that are common words rather than organisations ("AI", "NGO").
        case genericAcronyms
        /// Verbs that introduce an ask addressed to someone: "urge X to …".
        case askVerbs
        /// Forms of "call" that take "on X to …".
        case callVerbs
        /// Words that open a polite ask addressed to the reader ("Please …").
        case politeAsks
        /// Verbs that put an ask as a that-clause: "suggesting the Commission excludes …".
        case suggestVerbs
        /// Modal verbs of obligation: "X must …".
        case modalVerbs
        /// Verbs that state a need with "to": "X needs to …".
        case needVerbs
        /// Adverbs that may stand between a subject and its modal verb ("also", "urgently").
        case obligationAdverbs
        /// Verbs that open an imperative recommendation ("Define …").
        case imperativeVerbs
        /// Pronouns and determiners that cannot be the addressee of a demand.
        case nonActorSubjects
        /// Speech verbs of attributions: "said X", "X comments:".
        case speechVerbs
        /// Verbs of opposition in stances ("denounces X").
        case opposeVerbs
        /// Verbs of support in stances ("welcomes X").
        case supportVerbs
        /// Role nouns of a person's affiliation ("board member", "spokesperson").
        case affiliationNouns
        /// Phrases after which a list of organisations follows ("such as").
        case listOpeners
        /// List openers strong enough that one named item is an organisation ("signed by").
        case strongListOpeners
        /// Phrases that make the author act jointly with the organisations after them ("joins").
        case jointOpeners
        /// Words that show a sentence speaks of a joint action ("letter", "signed").
        case jointWords
        /// What a joint document is called, most specific first ("joint letter", "statement").
        case jointDocumentNouns
        /// Plural nouns that a count of members ends with ("organisations").
        case memberHeads
        /// Plural nouns that a description of a group ends with ("partners").
        case groupHeads
        /// Words that describe a coalition in "X is a coalition of …".
        case coalitionDescriptionNouns
        /// Words that may name a coalition's body ("steering", "board").
        case bodyCues
        /// Head words of a body named "<body> of <organisation>" ("group", "board").
        case bodyHeads
        /// Modifiers of such a body ("steering", "advisory").
        case bodyModifiers
        /// Words that, with organisation heads, only refer to a body named elsewhere ("the Joint Committee").
        case referenceModifiers
        /// Gazetteer forms that name an EU institution only in a text about the EU ("Commission").
        case genericInstitutionForms
        /// Common nouns that name an institution rather than an issuer ("parliament").
        case institutionNouns
        /// Words of the names of bodies that propose law ("ministry", "commission").
        case proposerNouns
        /// Head words of bodies that give opinions ("committee", "council").
        case opinionBodyHeads
        /// Opinion nouns that count only with an owner right before them ("Council text").
        case ownedOpinionNouns
        /// Words that refer back to a law ("the proposal", "this bill").
        case lawReferenceNouns
        /// Words that do not identify a law when its mentions are compared ("draft", "the").
        case lawNameFillers
        /// Words that end the tail of "the proposed Regulation to …".
        case proposalClauseStops
        /// Adjectives that open "the proposed Regulation to …".
        case proposedWords
        /// Words of sentences about proposing law ("tabled", "proposes").
        case proposingWords
        /// The author speaking in the first person plural ("we", "our").
        case firstPersonWords
        /// Month names and their abbreviations, in lower case.
        case monthNames
        /// Words that a full stop abbreviates without ending the sentence ("dr", "e.g").
        case sentenceAbbreviations
        /// Words of a sentence about passing or proposing law ("bills", "voted", "introduced"): a law named there once is a proposal.
        case legislativeActionWords
        /// Lower-case law nouns that make a capitalised name before them a law ("Trade Promotion Authority legislation").
        case lawNounsAfterName
        /// Lower-case words allowed inside the name of a law when the name ends with a law word ("Access to Resources for Youth Act").
        case lawNameConnectors
        /// Words right before a law's name that show it is the law in force ("under the", "amend the"), not a proposal.
        case existingLawMarkers
        /// Capitalised common words that may open a place name in a dateline ("New York", "San José").
        case placeNamePrefixes
        /// Words that, followed by a date in brackets or after a comma, date the text ("Today (27 March 2014) …").
        case todayWords
        /// Capitalised titles of people: a name phrase from one of them on names a person, not an organisation ("Ranking Member Boyle", "Foundation Executive Director").
        case personTitles
        /// Words after which a name is a term, not an organisation ("known as CETA", "dubbed …").
        case termIntroducers
        /// Nouns that describe an organisation in an apposition or a predicate ("X, a digital rights group, …", "X is a charity").
        case organisationDescriptionNouns
        /// Plural nouns of a count of other organisations ("X and 14 other organisations").
        case groupCountNouns
        /// Titles whose "of"/"for" names a portfolio, not an organisation ("Minister for Communications").
        case portfolioTitles
        /// Titles of elected officials before their names ("Congresswoman", "Senator"): a titled person whose surname the headline names issues the text.
        case legislatorTitles
        /// Nouns of an issued statement: "X released the following statement" makes X the issuer.
        case statementWords
        /// Verbs of issuing a statement ("X released the following statement").
        case issuingVerbs
        /// Suffixes after a person's name, with a comma ("Jo Smith, M.D.").
        case nameSuffixes
        /// Region words that end a branch's name ("Greenpeace EU"): the name without them is an alias.
        case regionalSuffixes
        /// Head words that make a name a coalition by themselves ("… Coalition", "… Alliance"); other coalition heads ("Network", "Group") need the text to show a coalition.
        case strongCoalitionHeads
        /// Plural nouns of actors that can be asked to act ("Regulators should …", "Platforms must …").
        case actorNouns
        /// First-person verbs of hope that put an ask to someone ("we hope Senators will …").
        case hopeVerbs
        /// Words that may follow an imperative verb opening a sentence ("Keep an eye …", "Sign the petition").
        case imperativeObjects
        /// Words just before a vote or position that make it a future one, not an opinion ("will vote", "ahead of the vote").
        case futureMarkers
        /// Words of a line that introduces a block quote with a colon ("… released the following statement:", "… attributed to X:").
        case blockQuoteIntroducers
    }

    /// A count qualifier: the phrase before a number and what it says about the number.
    public struct CountQualifier: Sendable, Hashable, Codable {
        /// The phrase in lower case ("more than").
        public var phrase: String
        /// What it says ("more than 60" is ``Count/Qualifier/moreThan``).
        public var qualifier: Count.Qualifier

        /// Creates a qualifier.
        public init(phrase: String, qualifier: Count.Qualifier) {
            self.phrase = phrase
            self.qualifier = qualifier
        }

        enum CodingKeys: String, CodingKey { case phrase, qualifier }

        /// Decodes a qualifier.
        public init(from decoder: any Decoder) throws {
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
            phrase = try c.decode(String.self, forKey: .phrase)
            qualifier = try c.decode(Count.Qualifier.self, forKey: .qualifier)
        }
    }

    /// The language of the words, a BCP 47 tag (`en`).
    public var language: String
    /// The word lists.
    public var lists: [List: [String]]
    /// Count qualifiers, tried in order.
    public var countQualifiers: [CountQualifier]
    /// Opinion nouns and the kind of opinion each names.
    public var opinionNouns: [String: Opinion.Kind]
    /// Country names, demonyms and capitals with the ISO 3166-1 alpha-2 code each points to.
    public var countries: [String: String]

    /// Creates a lexicon.
    public init(
        language: String = "en", lists: [List: [String]] = [:], countQualifiers: [CountQualifier] = [],
        opinionNouns: [String: Opinion.Kind] = [:], countries: [String: String] = [:]
    ) {
        self.language = language
        self.lists = lists
        self.countQualifiers = countQualifiers
        self.opinionNouns = opinionNouns
        self.countries = countries
    }

    /// The words of a list (empty when the lexicon has none).
    public func words(_ list: List) -> [String] { lists[list] ?? [] }

    /// The English lexicon bundled with AdvocacyKit, read on first use and kept for the process.
    ///
    /// - Throws: ``LexiconError`` if the resource is missing or damaged (a build problem).
    public static func bundled() throws(LexiconError) -> Lexicon {
        try bundledLexicon.get()
    }

    /// Reads a lexicon file.
    ///
    /// - Throws: ``LexiconError`` naming the file and, for bad content, what is wrong.
    public init(contentsOf url: URL) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(file: url.path, message: "could not read the file (\(error.localizedDescription))")
        }
        self = try Lexicon(json: data, file: url.path)
    }

    /// Decodes a lexicon from JSON; `file` names the source in errors.
    public init(json data: Data, file: String? = nil) throws(LexiconError) {
        // The tape reads what it reads exactly as JSONDecoder does; JSONDecoder reads the
        // rest or explains what is wrong.
        if let lexicon = Lexicon.fromTape(data) {
            self = lexicon
            return
        }
        do {
            self = try JSONDecoder().decode(Lexicon.self, from: data)
        } catch let error as DecodingError {
            throw LexiconError(error, file: file)
        } catch {
            throw LexiconError(file: file, message: "\(error)")
        }
    }

    /// This lexicon with `other`'s words added: lists are joined (without repeats), count
    /// qualifiers appended, and `other`'s opinion nouns and countries replace equal keys.
    public func merging(_ other: Lexicon) -> Lexicon {
        var result = self
        for (list, words) in other.lists {
            var merged = result.lists[list] ?? []
            var seen = Set(merged)
            for word in words where seen.insert(word).inserted { merged.append(word) }
            result.lists[list] = merged
        }
        for qualifier in other.countQualifiers where !result.countQualifiers.contains(qualifier) {
            result.countQualifiers.append(qualifier)
        }
        result.opinionNouns.merge(other.opinionNouns) { $1 }
        result.countries.merge(other.countries) { $1 }
        return result
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, language, lists, countQualifiers, opinionNouns, countries
    }

    /// Decodes a lexicon; every key may be left out. Unknown keys and list names, and a version
    /// other than 1, are errors.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The keys a lexicon may have.
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
        if let version = try c.decodeIfPresent(Int.self, forKey: .version), version != Self.formatVersion {
            throw c.corrupted(
                .version, "version \(version) is not supported; this version of AdvocacyKit reads version \(Self.formatVersion)")
        }
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? "en"
        let named = try c.decodeIfPresent([String: [String]].self, forKey: .lists) ?? [:]
        var lists: [List: [String]] = [:]
        for (name, words) in named {
            guard let list = List(rawValue: name) else {
                throw c.corrupted(
                    .lists, "'\(name)' is not a list name; the names are \(List.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let empty = words.firstIndex(where: Self.isBlank) {
                throw c.corrupted(.lists, "\(name)[\(empty)] is empty; remove it")
            }
            lists[list] = words
        }
        self.lists = lists
        countQualifiers = try c.decodeIfPresent([CountQualifier].self, forKey: .countQualifiers) ?? []
        opinionNouns = try c.decodeIfPresent([String: Opinion.Kind].self, forKey: .opinionNouns) ?? [:]
        countries = try c.decodeIfPresent([String: String].self, forKey: .countries) ?? [:]
    }

    /// Whether a word is empty or only blanks: what `trimmingCharacters(in: .whitespaces)`
    /// would leave empty (Unicode's space separators and the tab), without Foundation's
    /// bridging to `NSString`, which cost more than the rest of the lexicon's decoding.
    private static func isBlank(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// Encodes a lexicon with its `version`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatVersion, forKey: .version)
        try c.encode(language, forKey: .language)
        try c.encode(Dictionary(uniqueKeysWithValues: lists.map { ($0.key.rawValue, $0.value) }), forKey: .lists)
        try c.encode(countQualifiers, forKey: .countQualifiers)
        try c.encode(opinionNouns, forKey: .opinionNouns)
        try c.encode(countries, forKey: .countries)
    }
}

/// The bundled lexicon, read on first access; a failure is kept too, so it is reported on every call.
let bundledLexicon: Result<Lexicon, LexiconError> = {
    guard let url = Bundle.module.url(forResource: "en", withExtension: "json", subdirectory: "Lexicon") else {
        return .failure(
            LexiconError(
                file: "Lexicon/en.json",
                message: "the bundled lexicon is missing from the AdvocacyKit resource bundle; reinstall or rebuild the package"))
    }
    return Result { () throws(LexiconError) in try Lexicon(contentsOf: url) }
}()
