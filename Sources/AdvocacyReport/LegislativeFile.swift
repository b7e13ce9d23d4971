import AdvocacyKit

/// One legislative file and what happened to it, as the documents tell: the proposal, the
/// opinions, reports, positions and votes on it, and the statements about it, by date.
///
/// A file is one proposal as the whole dataset knows it (proposals of several documents that
/// share a title, a short title or an identifier are one file, see `MergedEntity` in AdvocacyKit).
public struct LegislativeFile: Hashable, Sendable {
    /// The file's position in the report, from 1; its anchor is `file-N`.
    public var number: Int
    /// The proposal's title, or "Statements about no proposal".
    public var title: String
    /// Whether the file is a proposal (false for the file of documents about none).
    public var isProposal: Bool
    /// The proposal's identifiers as `SCHEME VALUE` (`COM 2022/209`), without repeats.
    public var identifiers: [String]
    /// The events, earliest first; an undated proposal first and other undated events last.
    public var entries: [TimelineEntry]

    /// Creates a file.
    public init(number: Int, title: String, isProposal: Bool = true, identifiers: [String] = [], entries: [TimelineEntry] = []) {
        self.number = number
        self.title = title
        self.isProposal = isProposal
        self.identifiers = identifiers
        self.entries = entries
    }

    /// The id of the file's timeline in the page: `file-N`.
    public var anchor: String { "file-\(number)" }
}

/// One event of a legislative file's timeline.
public struct TimelineEntry: Hashable, Sendable {
    /// What kind of event it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The proposal was made.
        case proposal
        /// A committee opinion.
        case opinion
        /// The lead committee's report.
        case report
        /// A vote in committee or plenary.
        case vote
        /// An institution's position.
        case position
        /// A compromise text.
        case compromiseText
        /// A document of the dataset (a press release, a letter) about the file.
        case statement

        /// The kind of an opinion.
        public init(_ kind: Opinion.Kind) {
            switch kind {
            case .opinion: self = .opinion
            case .report: self = .report
            case .vote: self = .vote
            case .position: self = .position
            case .compromiseText: self = .compromiseText
            }
        }

        /// The order of kinds on the same date: the proposal, then acts, then statements.
        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        /// A label for people: "proposal", "compromise text", …
        public var label: String {
            switch self {
            case .compromiseText: "compromise text"
            default: rawValue
            }
        }
    }

    /// What kind of event it is.
    public var kind: Kind
    /// For opinions and votes: draft or adopted, when the text says.
    public var stage: Opinion.Stage?
    /// When it happened, as precisely as the text says.
    public var date: PartialDate?
    /// Who acted: the proposer, the committee, the issuers.
    public var actor: String?
    /// What it is: the proposal's title, "IMCO opinion", the document's headline.
    public var title: String
    /// More words: an opinion's summary, a statement's stances.
    public var details: [String]
    /// The documents that tell of it (``ReportDocument/number``), without repeats.
    public var documents: [Int]

    /// Creates an entry.
    public init(
        kind: Kind, stage: Opinion.Stage? = nil, date: PartialDate? = nil, actor: String? = nil,
        title: String, details: [String] = [], documents: [Int] = []
    ) {
        self.kind = kind
        self.stage = stage
        self.date = date
        self.actor = actor
        self.title = title
        self.details = details
        self.documents = documents
    }

    /// The timeline order: an undated proposal first (it comes before whatever is said of
    /// it), then by date (a coarser date before the finer dates it covers, undated last),
    /// then kind, then title.
    static func precedes(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        let (undatedA, undatedB) = (a.kind == .proposal && a.date == nil, b.kind == .proposal && b.date == nil)
        if undatedA != undatedB { return undatedA }
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        return a.title < b.title
    }
}
