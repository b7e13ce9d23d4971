import AdvocacyKit

/// What `advocacy report` shows of a set of dossiers, ready to be drawn: a timeline per
/// legislative file, the network of actors, the demands grouped by addressee, the
/// diagnostics and the documents' own text.
///
/// Build one from a `Dataset` with ``init(dataset:diagnostics:title:)`` and turn it into a
/// self-contained HTML page with ``ReportHTMLRenderer``. Every list is in a fixed order, so
/// the same dataset always gives the same report.
///
/// ```swift
/// let (dataset, problems) = try Dataset.load(paths: ["dossiers"])
/// let diagnostics = DossierValidator.sorted(problems + DossierValidator().validate(dataset))
/// let report = DossierReport(dataset: dataset, diagnostics: diagnostics)
/// let html = try ReportHTMLRenderer().render(report)
/// ```
public struct DossierReport: Hashable, Sendable {
    /// The page's title.
    public var title: String
    /// The documents, in dataset order; ``ReportDocument/number`` counts from 1.
    public var documents: [ReportDocument]
    /// One timeline per legislative file, by title; documents about no proposal come last,
    /// in a file of their own (``LegislativeFile/isProposal`` false).
    public var files: [LegislativeFile]
    /// Who is who and who demands what of whom.
    public var network: ActorNetwork
    /// The demands grouped by addressee, the most addressed first; demands without an
    /// addressee last.
    public var demandGroups: [DemandGroup]
    /// What loading and validating the dossiers found, in `DossierValidator.sorted(_:)` order.
    public var diagnostics: [ValidationDiagnostic]

    /// Creates a report from its parts.
    public init(
        title: String, documents: [ReportDocument], files: [LegislativeFile], network: ActorNetwork,
        demandGroups: [DemandGroup], diagnostics: [ValidationDiagnostic]
    ) {
        self.title = title
        self.documents = documents
        self.files = files
        self.network = network
        self.demandGroups = demandGroups
        self.diagnostics = diagnostics
    }

    /// The number of demands in all groups.
    public var demandCount: Int { demandGroups.reduce(0) { $0 + $1.rows.count } }
}

/// One document of a report: what it is, who issued it, and its paragraphs, which the
/// report's links to sentences point at.
public struct ReportDocument: Hashable, Sendable {
    /// The document's position in the dataset, from 1; its anchor is `doc-N`.
    public var number: Int
    /// Where it came from (`DatasetDocument.source`).
    public var source: String
    /// The headline.
    public var title: String
    /// The kind (`pressRelease`, `jointLetter`, …).
    public var kind: String
    /// The publication date, as precisely as the text gives it.
    public var published: PartialDate?
    /// The issuers' names.
    public var issuers: [String]
    /// The source text's paragraphs; empty when the dossier keeps no text.
    public var paragraphs: [String]

    /// Creates a document.
    public init(
        number: Int, source: String, title: String, kind: String, published: PartialDate? = nil,
        issuers: [String] = [], paragraphs: [String] = []
    ) {
        self.number = number
        self.source = source
        self.title = title
        self.kind = kind
        self.published = published
        self.issuers = issuers
        self.paragraphs = paragraphs
    }

    /// The id of the document's section in the page: `doc-N`.
    public var anchor: String { "doc-\(number)" }

    /// The id of paragraph `index` (0-based) in the page: `doc-N-p-M`, M counting from 1.
    public func anchor(ofParagraph index: Int) -> String { "doc-\(number)-p-\(index + 1)" }
}
