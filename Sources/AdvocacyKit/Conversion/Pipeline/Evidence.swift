/// Why the extraction believes that a name names an organisation, and how strongly: the
/// reasons it saw, each with a weight. A candidate becomes an agent of the dossier when its
/// ``strength`` reaches ``Evidence/enough``, or when a gazetteer knows it.
struct Evidence: Hashable, Sendable {
    /// One thing the text shows about a name.
    enum Reason: Hashable, Sendable {
        /// A form of a gazetteer entry ("European Parliament").
        case gazetteerEntry
        /// A form that names an institution only in texts of its jurisdiction ("Parliament"),
        /// read as a plain organisation name.
        case institutionForm
        /// A capitalised name with an organisation head word ("… Foundation").
        case headWord
        /// A name followed by the acronym it defines ("… (FSFE)").
        case definedAcronym
        /// A name in a list of organisations ("such as A, B and C").
        case listItem
        /// A known name named again in such a list.
        case listItemAgain
        /// "we at X": the first person places the author at X.
        case firstPersonAt
        /// A use of a capitalised acronym or mixed-case name ("FFII", "AlgorithmWatch").
        case acronymUse
        /// Such a word after "the" ("the FSFE").
        case afterArticle
        /// Such a word before a role noun ("FFII board member").
        case beforeRoleNoun
        /// Such a word before a possessive ("FSFE’s").
        case beforePossessive
        /// A name described as an organisation: "X, a digital rights group, …", "X is a charity".
        case describedAsOrganisation
        /// A name a person works for: "director of X", "X policy adviser".
        case affiliation
        /// A name counted with other organisations: "X and 14 other organisations".
        case countedWithOthers
        /// One of the subjects a headline opens with: "X, Y and Z praise …".
        case headlineSubject
        /// A one-word name that speaks: "…, said X."
        case speaker

        /// How much the reason counts.
        var weight: Int {
            switch self {
            case .definedAcronym: 4
            case .gazetteerEntry, .listItem, .headlineSubject: 3
            case .institutionForm, .headWord, .listItemAgain, .firstPersonAt, .describedAsOrganisation, .affiliation,
                .countedWithOthers, .speaker:
                2
            case .acronymUse, .afterArticle, .beforeRoleNoun, .beforePossessive: 1
            }
        }
    }

    /// The strength from which a name is taken as an organisation.
    static let enough = 2

    /// The reasons seen, in the order they were seen.
    private(set) var reasons: [Reason] = []
    /// The sum of the reasons' weights.
    private(set) var strength = 0

    /// No evidence.
    init() {}

    /// Evidence of the given reasons.
    init(_ reasons: [Reason]) {
        for reason in reasons { add(reason) }
    }

    /// Adds a reason.
    mutating func add(_ reason: Reason) {
        reasons.append(reason)
        strength += reason.weight
    }

    /// Adds the reasons of other evidence.
    mutating func add(_ other: Evidence) {
        reasons += other.reasons
        strength += other.strength
    }

    /// Whether the evidence suffices to take a name as an organisation.
    var isEnough: Bool { strength >= Self.enough }
}
