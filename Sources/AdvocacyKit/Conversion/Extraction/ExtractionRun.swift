/// One conversion of one document: the recognisers' shared state, run in a fixed order,
/// then assembled into a ``Dossier``. Deterministic: the same input gives the same dossier.
///
/// Stages (each in its own file): document facts (title, date, dateline) → agents
/// (gazetteer, capitalised names, acronyms, lists) → people and quotes → proposals →
/// opinions → authors → coalitions → demands → stances → consistency checks → assembly.
struct ExtractionRun {
    /// A law or legislative proposal found in the text.
    struct Law {
        var name: String {
            didSet { contentWords = Set(ExtractionRun.contentWords(name)) }
        }
        /// The words of the name that identify the law, for merging mentions.
        private(set) var contentWords: Set<String>
        var acronym: String?
        var aliases: [String] = []
        var mentions: [SourceSpan] = []
        var identifiers: [DocumentIdentifier] = []
        var proposer: Int?
        var date: PartialDate?
        var dateMentions: [SourceSpan] = []
        /// Whether the text treats it as a proposal (not an existing law).
        var isProposal: Bool
        var inTitle = false

        init(name: String, contentWords: Set<String>, acronym: String?, mentions: [SourceSpan], isProposal: Bool) {
            self.name = name
            self.contentWords = contentWords
            self.acronym = acronym
            self.mentions = mentions
            self.isProposal = isProposal
        }
    }

    /// A person found in an attribution ("Jonas Maebe, FFII board member").
    struct Speaker {
        var name: String?
        var role: String?
        var affiliation: Int?
        var attribution: String
        var mentions: [SourceSpan] = []
    }

    /// A quotation and who says it.
    struct QuoteFinding {
        var speaker: Int?
        var segments: [(text: String, span: SourceSpan)]
    }

    /// An opinion, report, vote or position of a body.
    struct OpinionFinding {
        var body: Int
        var kind: Opinion.Kind
        var stage: Opinion.Stage?
        var law: Int?
        var mentions: [SourceSpan]
    }

    /// A group of organisations acting together.
    struct CoalitionFinding {
        var agent: Int?
        var name: String
        var kind: Coalition.Kind
        var members: [Int] = []
        var claims: [(count: Count, span: SourceSpan, inTitle: Bool, excluding: [Int])] = []
        var bodies: [(name: String, members: [Int], mentions: [SourceSpan])] = []
        var mentions: [SourceSpan] = []
    }

    /// An ask.
    struct DemandFinding {
        var action: String
        var span: SourceSpan
        var addressees: [(name: String, agent: Int?, span: SourceSpan)]
        var actor: Party?
        var quote: Int?
        var law: Int?
    }

    /// A stated position on a proposal or opinion.
    struct StanceFinding {
        var holder: Int
        var opinion: Int?
        var law: Int?
        var position: Stance.Position
        var evidence: SourceSpan
    }

    let source: SourceText
    let paragraphs: [ScannedParagraph]
    let metadata: DocumentMetadata
    let gazetteer: Gazetteer
    let gazetteerMatches: [[GazetteerMatch]]

    var agents = AgentRegistry()
    var names: [[NamePhrase]] = []
    /// Gazetteer roles mentioned ("policymakers"), by paragraph.
    var roleMentions: [(role: Int, span: SourceSpan)] = []
    /// Bodies named as "<body> of <coalition>" ("Steering Group of the … (ECLAG)"): owner, name, span.
    var bodyMentions: [(owner: Int, name: String, span: SourceSpan)] = []
    /// Acronyms of terms that are not organisations ("CSAM").
    var termAcronyms: Set<String> = []
    var laws: [Law] = []
    var speakers: [Speaker] = []
    var quotes: [QuoteFinding] = []
    var opinions: [OpinionFinding] = []
    var coalitions: [CoalitionFinding] = []
    var demands: [DemandFinding] = []
    var stances: [StanceFinding] = []
    var authors: [Int] = []
    var diagnostics: [ConversionDiagnostic] = []
    /// Law mentions by paragraph, built once the proposals are known.
    var lawMentions: [Int: [(owner: Int, span: SourceSpan)]] = [:]
    /// The law the text is mostly about, once the proposals are known.
    var mainLawIndex: Int?

    /// The paragraph of the headline, if the text has one.
    var titleParagraph: Int?
    /// The publication date and where the text states it.
    var published: (date: PartialDate, span: SourceSpan?)?
    /// The dateline's place and where it stands.
    var dateline: (name: String, span: SourceSpan)?

    init(input: ConversionInput, gazetteer: Gazetteer, matcher: GazetteerMatcher) {
        source = input.source
        metadata = input.metadata
        self.gazetteer = gazetteer
        paragraphs = input.source.paragraphs.enumerated().map { ScannedParagraph(index: $0.offset, text: $0.element.text) }
        gazetteerMatches = paragraphs.map { matcher.matches(in: $0.scalars) }
    }

    /// Runs every stage.
    mutating func run() {
        recogniseDocumentFacts()
        recogniseAgents()
        recogniseQuotes()
        recogniseProposals()
        recogniseOpinions()
        recogniseAuthors()
        recogniseCoalitions()
        recogniseDemands()
        recogniseStances()
        checkConsistency()
    }

    // MARK: - Helpers shared by the stages

    /// The role of paragraph `index`.
    func role(of index: Int) -> SourceText.Paragraph.Role {
        source.paragraphs[index].role
    }

    /// The span of tokens `first...last` of a paragraph.
    func span(_ scanned: ScannedParagraph, _ first: Int, _ last: Int) -> SourceSpan {
        SourceSpan(paragraph: scanned.index, start: scanned.tokens[first].start, end: scanned.tokens[last].end)
    }

    /// The agents mentioned within tokens `range` of a paragraph, in reading order.
    func agents(in range: Range<Int>, of scanned: ScannedParagraph) -> [(agent: Int, span: SourceSpan)] {
        guard !range.isEmpty, let mentions = agents.mentionsByParagraph[scanned.index] else { return [] }
        let lower = scanned.tokens[range.lowerBound].start
        let upper = scanned.tokens[range.upperBound - 1].end
        var found = mentions.filter { $0.span.start >= lower && $0.span.end <= upper && agents.agents[$0.agent].evidence > Int.min / 4 }
        // Keep the outermost mention where mentions nest (an organisation inside a committee's name).
        found.sort { ($0.span.start, -$0.span.end, $0.agent) < ($1.span.start, -$1.span.end, $1.agent) }
        var result: [(agent: Int, span: SourceSpan)] = []
        for item in found where !result.contains(where: { item.span.isInside($0.span) }) {
            result.append(item)
        }
        return result
    }

    /// Whether a sentence speaks in the first person plural ("we", "our", "us").
    func isFirstPerson(_ sentence: Range<Int>, in scanned: ScannedParagraph) -> Bool {
        sentence.contains { scanned.cues[$0].contains(.firstPerson) }
    }

    /// Mentions of several owners (laws, opinions) indexed by paragraph.
    static func indexByParagraph(_ owners: [[SourceSpan]]) -> [Int: [(owner: Int, span: SourceSpan)]] {
        var index: [Int: [(owner: Int, span: SourceSpan)]] = [:]
        for (owner, spans) in owners.enumerated() {
            for span in spans { index[span.paragraph, default: []].append((owner, span)) }
        }
        return index
    }

    mutating func diagnose(_ severity: ConversionDiagnostic.Severity, _ code: String, _ message: String, at span: SourceSpan? = nil) {
        diagnostics.append(ConversionDiagnostic(severity: severity, code: code, message: message, span: span))
    }
}
