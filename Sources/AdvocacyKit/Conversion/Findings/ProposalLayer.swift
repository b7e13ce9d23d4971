/// A law or legislative proposal found in the text.
struct LawFinding: Sendable {
    var name: String {
        didSet { contentWords = Set(LawFinding.contentWords(of: name, fillers: fillers)) }
    }
    /// The words of the name that identify the law, for merging mentions.
    private(set) var contentWords: Set<String>
    /// The words that do not identify a law ("draft", "the").
    private let fillers: WordSet
    var acronym: String?
    var aliases: [String] = []
    var mentions: [SourceSpan] = []
    var identifiers: [DocumentIdentifier] = []
    var proposer: AgentHandle?
    var date: PartialDate?
    var dateMentions: [SourceSpan] = []
    /// Whether the text treats it as a proposal (not an existing law).
    var isProposal: Bool
    var inTitle = false

    init(name: String, acronym: String?, mentions: [SourceSpan], isProposal: Bool, fillers: WordSet) {
        self.name = name
        self.fillers = fillers
        self.contentWords = Set(Self.contentWords(of: name, fillers: fillers))
        self.acronym = acronym
        self.mentions = mentions
        self.isProposal = isProposal
    }

    /// The words of a law's name that identify it.
    static func contentWords(of name: String, fillers: WordSet) -> [String] {
        let key = AgentRegistry.key(name)
        var words: [String] = []
        var start = key.startIndex
        while start < key.endIndex {
            let end = key[start...].firstIndex(of: " ") ?? key.endIndex
            let word = String(key[start..<end])
            if !fillers.contains(word) { words.append(word) }
            start = end < key.endIndex ? key.index(after: end) : end
        }
        return words
    }
}

/// A typed reference to a law.
typealias LawHandle = FindingHandle<LawFinding>

/// A mention of a law.
struct LawMention: Sendable {
    var law: LawHandle
    var span: SourceSpan
}

/// The laws and proposals a text names; the output of ``ProposalStage``.
struct ProposalLayer: Sendable {
    var laws: FindingList<LawFinding>
    /// The law the text is mostly about.
    var mainLaw: LawHandle?
    /// Every law mention by paragraph.
    var mentionsByParagraph: [Int: [LawMention]]

    /// The laws that tokens `range` of a paragraph name, in reading order.
    func lawsMentioned(in range: Range<Int>, of scanned: AnalyzedParagraph) -> [LawHandle] {
        Self.laws(mentionedIn: range, of: scanned, index: mentionsByParagraph)
    }

    /// The laws that tokens `range` of a paragraph name, in reading order, by a mention index.
    static func laws(mentionedIn range: Range<Int>, of scanned: AnalyzedParagraph, index: [Int: [LawMention]]) -> [LawHandle] {
        guard !range.isEmpty, range.upperBound <= scanned.tokens.count else { return [] }
        let lower = scanned.tokens[range.lowerBound].start
        let upper = scanned.tokens[range.upperBound - 1].end
        var result: [(law: LawHandle, start: Int)] = []
        for mention in index[scanned.index] ?? [] where mention.span.start >= lower && mention.span.end <= upper {
            if !result.contains(where: { $0.law == mention.law }) { result.append((mention.law, mention.span.start)) }
        }
        return result.sorted { $0.start < $1.start }.map(\.law)
    }

    /// Law mentions by paragraph.
    static func index(_ laws: FindingList<LawFinding>) -> [Int: [LawMention]] {
        var index: [Int: [LawMention]] = [:]
        for (handle, law) in laws.lazyWithHandles {
            for span in law.mentions { index[span.paragraph, default: []].append(LawMention(law: handle, span: span)) }
        }
        return index
    }
}
