import AdvocacyKit

/// The demands made of one addressee.
public struct DemandGroup: Hashable, Sendable {
    /// The addressee's name ("European Commission", "EU decision-makers"), or
    /// "No addressee named".
    public var addressee: String
    /// The addressee's node in the ``ActorNetwork``, if it has one.
    public var node: Int?
    /// The demands, in document order.
    public var rows: [DemandRow]

    /// Creates a group.
    public init(addressee: String, node: Int? = nil, rows: [DemandRow] = []) {
        self.addressee = addressee
        self.node = node
        self.rows = rows
    }
}

/// One demand in the demand table, with the sentence it came from.
public struct DemandRow: Hashable, Sendable {
    /// The demand's anchor in the page (`demand-D-N`: document D's N-th demand).
    public var anchor: String
    /// Who demands.
    public var actor: String?
    /// The asked action.
    public var action: String
    /// The proposal or opinion it is about.
    public var subject: String?
    /// The document it is in (``ReportDocument/number``).
    public var document: Int
    /// The sentence of the source that states it, when the dossier keeps its text.
    public var sentence: ReportSentence?

    /// Creates a row.
    public init(
        anchor: String, actor: String? = nil, action: String, subject: String? = nil, document: Int,
        sentence: ReportSentence? = nil
    ) {
        self.anchor = anchor
        self.actor = actor
        self.action = action
        self.subject = subject
        self.document = document
        self.sentence = sentence
    }
}

/// The sentence around a span of the source text, split where the span starts and ends.
public struct ReportSentence: Hashable, Sendable {
    /// The 0-based paragraph the sentence is in.
    public var paragraph: Int
    /// The sentence's text before the span.
    public var before: String
    /// The span's own text.
    public var marked: String
    /// The sentence's text after the span.
    public var after: String

    /// Creates a sentence.
    public init(paragraph: Int, before: String, marked: String, after: String) {
        self.paragraph = paragraph
        self.before = before
        self.marked = marked
        self.after = after
    }

    /// The most characters taken on either side of the span: a paragraph without a full stop
    /// is cut there (with "…"), so each sentence costs at most this much beyond its span.
    public static let maximumContext = 320

    /// The sentence of `scalars` (one paragraph) around `span`, or `nil` when the span is not
    /// inside it. A sentence ends after `.`, `!` or `?` followed by a space or the paragraph's end.
    public init?(paragraph: Int, scalars: [Unicode.Scalar], span: SourceSpan) {
        guard span.paragraph == paragraph, span.start >= 0, span.start <= span.end, span.end <= scalars.count
        else { return nil }
        func endsSentence(_ i: Int) -> Bool {
            switch scalars[i] {
            case ".", "!", "?": i + 1 == scalars.count || scalars[i + 1].properties.isWhitespace
            default: false
            }
        }
        var start = span.start
        var cutStart = false
        while start > 0, !endsSentence(start - 1) {
            if span.start - start >= Self.maximumContext { cutStart = true; break }
            start -= 1
        }
        while start < span.start, scalars[start].properties.isWhitespace { start += 1 }
        var end = span.end
        var cutEnd = false
        while end < scalars.count, end == span.start || !endsSentence(end - 1) {
            if end - span.end >= Self.maximumContext { cutEnd = true; break }
            end += 1
        }
        func text(_ range: Range<Int>) -> String {
            var result = ""
            result.unicodeScalars.append(contentsOf: scalars[range])
            return result
        }
        self.paragraph = paragraph
        self.before = (cutStart ? "…" : "") + text(start..<span.start)
        self.marked = text(span.start..<span.end)
        self.after = text(span.end..<end) + (cutEnd ? "…" : "")
    }
}
