import AdvocacyKit
import Foundation
import Mustache

/// Turns a ``DossierReport`` into one self-contained HTML page: inline CSS, the network as
/// inline SVG, no script, no font and nothing else fetched (a Content-Security-Policy says so
/// to the browser too).
///
/// The page is drawn from the bundled Mustache template `Report/report.mustache`; every text
/// of the dossiers is HTML-escaped on the way in, so `<script>` in a headline stays text. The
/// same report always gives the same bytes.
///
/// The page's parts have fixed ids for tools and tests: `#timeline` (with one
/// `article.legislative-file` per file and `li.event` per event), `#network` (with
/// `svg#network-graph`, `.node` and `.edge`), `#demands` (with `table#demand-table`),
/// `#diagnostics` and `#sources`.
public struct ReportHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The page.
    ///
    /// - Throws: ``ReportRenderError`` when the bundled template cannot be read or parsed
    ///   (a broken installation).
    public func render(_ report: DossierReport) throws(ReportRenderError) -> String {
        let template = try Self.template()
        return template.render(PageView(report))
    }

    /// The parsed bundled template.
    static func template() throws(ReportRenderError) -> MustacheTemplate {
        guard let url = Bundle.module.url(forResource: "report", withExtension: "mustache", subdirectory: "Report"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw ReportRenderError(
                message: "the report template Report/report.mustache is missing from AdvocacyKit's resources; reinstall AdvocacyKit")
        }
        do {
            return try MustacheTemplate(string: text)
        } catch {
            throw ReportRenderError(message: "the bundled report template does not parse (\(error)); reinstall AdvocacyKit")
        }
    }
}

/// Why a report could not be drawn; the message says what to do.
public struct ReportRenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

// MARK: The template's view of a report (plain strings, numbers, flags and lists)

private struct PageView {
    var title: String
    var summary: [SummaryItem]
    var files: [FileView]
    var hasFiles: Bool
    var network: NetworkView
    var groups: [GroupView]
    var hasDemands: Bool
    var diagnostics: [DiagnosticView]
    var hasDiagnostics: Bool
    var diagnosticSummary: String
    var documents: [DocumentView]

    init(_ report: DossierReport) {
        title = report.title
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        let actors = report.network.nodes.filter { $0.kind != .legislativeFile }.count
        summary = [
            SummaryItem(count: report.documents.count, label: noun(report.documents.count, "document")),
            SummaryItem(count: report.files.filter(\.isProposal).count, label: noun(report.files.filter(\.isProposal).count, "legislative file")),
            SummaryItem(count: actors, label: noun(actors, "actor")),
            SummaryItem(count: report.demandCount, label: noun(report.demandCount, "demand")),
            SummaryItem(count: errors, label: noun(errors, "error")),
            SummaryItem(count: warnings, label: noun(warnings, "warning")),
        ]
        let documentTitles = report.documents.map(\.title)
        files = report.files.map { FileView($0, documentTitles: documentTitles) }
        hasFiles = !files.isEmpty
        network = NetworkView(report.network)
        groups = report.demandGroups.enumerated().map { GroupView($0.element, number: $0.offset + 1, documents: report.documents) }
        hasDemands = !groups.isEmpty
        diagnostics = report.diagnostics.map(DiagnosticView.init)
        hasDiagnostics = !diagnostics.isEmpty
        diagnosticSummary = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
        documents = report.documents.map(DocumentView.init)
    }
}

private func plural(_ count: Int, _ word: String) -> String { "\(count) \(noun(count, word))" }

private func noun(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }

private struct SummaryItem {
    var count: Int
    var label: String
}

private struct DateView {
    var iso: String
    var text: String
    var precision: String

    init(_ date: PartialDate?) {
        guard let date else {
            iso = ""
            text = "undated"
            precision = "none"
            return
        }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        iso = date.description
        precision = date.precision.rawValue
        switch (date.month, date.day) {
        case (let month?, let day?): text = "\(day) \(months[month - 1]) \(date.year)"
        case (let month?, nil): text = "\(months[month - 1]) \(date.year)"
        default: text = String(date.year)
        }
    }

    var isDated: Bool { !iso.isEmpty }
}

private struct SourceLink {
    var anchor: String
    var number: Int
    var title: String
}

private struct FileView {
    var anchor: String
    var title: String
    var identifiers: String?
    var isProposal: Bool
    var entries: [EntryView]
    var eventCount: String

    init(_ file: LegislativeFile, documentTitles: [String]) {
        anchor = file.anchor
        title = file.title
        identifiers = file.identifiers.isEmpty ? nil : file.identifiers.joined(separator: " · ")
        isProposal = file.isProposal
        entries = file.entries.map { EntryView($0, documentTitles: documentTitles) }
        eventCount = plural(file.entries.count, "event")
    }
}

private struct EntryView {
    var kind: String
    var kindLabel: String
    var stage: String?
    var date: DateView
    var dated: Bool
    var title: String
    var actor: String?
    var details: [String]
    var hasDetails: Bool
    var sources: [SourceLink]

    init(_ entry: TimelineEntry, documentTitles: [String]) {
        kind = entry.kind.rawValue
        kindLabel = entry.kind.label
        stage = entry.stage?.rawValue
        date = DateView(entry.date)
        dated = date.isDated
        title = entry.title
        actor = entry.actor.flatMap { $0.isEmpty ? nil : $0 }
        details = entry.details
        hasDetails = !entry.details.isEmpty
        sources = entry.documents.map { number in
            SourceLink(
                anchor: "doc-\(number)", number: number,
                title: documentTitles.indices.contains(number - 1) ? documentTitles[number - 1] : "")
        }
    }
}

private struct NetworkView {
    var width: Int
    var height: Int
    var nodeCount: Int
    var edgeCount: Int
    var headings: [HeadingView]
    var nodes: [NodeView]
    var edges: [EdgeView]
    var isEmpty: Bool
    /// More edges than the eye can follow at full strength: they are drawn fainter.
    var isDense: Bool

    init(_ network: ActorNetwork) {
        let layout = NetworkLayout(network)
        width = layout.width
        height = layout.height
        nodeCount = network.nodes.count
        edgeCount = network.edges.count
        headings = layout.headings.map { HeadingView(title: $0.title, x: $0.x, y: NetworkLayout.margin + 14) }
        var degree = Array(repeating: 0, count: network.nodes.count)
        for edge in network.edges {
            degree[edge.from] += 1
            degree[edge.to] += 1
        }
        nodes = network.nodes.enumerated().map { index, node in
            let box = layout.boxes[index]
            let kindText = NodeView.kindLabels[node.kind] ?? node.kind.rawValue
            return NodeView(
                number: index + 1, kind: node.kind.rawValue, name: node.name, label: NetworkLayout.label(node.name),
                tooltip: "\(node.name) — \(kindText), in \(plural(node.documentCount, "document")), \(plural(degree[index], "link"))",
                x: box.x, y: box.y, width: box.width, height: box.height, innerWidth: box.width - 2,
                innerHeight: box.height - 2)
        }
        edges = network.edges.enumerated().map { index, edge in
            let style = edge.kind == .stance ? "stance-\(edge.position?.rawValue ?? "mixed")" : edge.kind.rawValue
            let (from, to) = (network.nodes[edge.from].name, network.nodes[edge.to].name)
            let what: String
            switch edge.kind {
            case .member: what = "member of"
            case .demand: what = edge.count == 1 ? "1 demand of" : "\(edge.count) demands of"
            case .stance: what = "\(edge.position?.rawValue ?? "stance on")"
            case .opinion: what = edge.count == 1 ? "opinion on" : "\(edge.count) opinions on"
            }
            return EdgeView(
                style: style, path: layout.paths[index], width: edge.kind == .member ? "1" : String(min(1 + edge.count, 5)),
                tooltip: "\(from) \(what) \(to)")
        }
        isEmpty = network.nodes.isEmpty
        isDense = network.edges.count > Self.denseEdges
    }

    /// How many edges a network has before they are drawn fainter.
    static let denseEdges = 150
}

private struct HeadingView {
    var title: String
    var x: Int
    var y: Int
}

private struct NodeView {
    static let kindLabels: [ActorNetwork.NodeKind: String] = [
        .organisation: "organisation", .institution: "institution", .coalition: "coalition",
        .coalitionBody: "coalition body", .committee: "committee", .person: "person",
        .addressee: "addressee", .legislativeFile: "legislative file",
    ]
    var number: Int
    var kind: String
    var name: String
    var label: String
    var tooltip: String
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var innerWidth: Int
    var innerHeight: Int
}

private struct EdgeView {
    var style: String
    var path: String
    var width: String
    var tooltip: String
}

private struct GroupView {
    var anchor: String
    var addressee: String
    var isNamed: Bool
    var count: String
    var rows: [RowView]

    init(_ group: DemandGroup, number: Int, documents: [ReportDocument]) {
        anchor = "addressee-\(number)"
        addressee = group.addressee
        isNamed = group.node != nil
        count = plural(group.rows.count, "demand")
        rows = group.rows.map { RowView($0, documents: documents) }
    }
}

private struct RowView {
    var anchor: String
    var actor: String
    var action: String
    var subject: String?
    var sentence: SentenceView?
    var documentAnchor: String
    var documentNumber: Int
    var sentenceAnchor: String?
    var paragraphNumber: Int?
    var documentTitle: String

    init(_ row: DemandRow, documents: [ReportDocument]) {
        anchor = row.anchor
        actor = row.actor ?? "—"
        action = row.action
        subject = row.subject
        sentence = row.sentence.map { SentenceView(before: $0.before, marked: $0.marked, after: $0.after) }
        documentNumber = row.document
        let document = documents.indices.contains(row.document - 1) ? documents[row.document - 1] : nil
        documentAnchor = document?.anchor ?? "doc-\(row.document)"
        documentTitle = document?.title ?? ""
        sentenceAnchor = row.sentence.flatMap { document?.anchor(ofParagraph: $0.paragraph) }
        paragraphNumber = row.sentence.map { $0.paragraph + 1 }
    }
}

private struct DiagnosticView {
    var severity: String
    var location: String
    var path: String?
    var message: String
    var rule: String

    init(_ diagnostic: ValidationDiagnostic) {
        severity = diagnostic.severity.rawValue
        var location = diagnostic.file ?? ""
        if let line = diagnostic.line, line > 0 {
            location += ":\(line)"
            if let column = diagnostic.column, column > 0 { location += ":\(column)" }
        }
        self.location = location
        path = diagnostic.path.flatMap { $0.isEmpty ? nil : $0 }
        message = diagnostic.message
        rule = diagnostic.ruleID
    }
}

private struct DocumentView {
    var anchor: String
    var number: Int
    var title: String
    var meta: String
    var source: String
    var paragraphs: [ParagraphView]

    init(_ document: ReportDocument) {
        anchor = document.anchor
        number = document.number
        title = document.title
        var meta = [document.kind]
        if let published = document.published { meta.append(DateView(published).text) }
        if !document.issuers.isEmpty { meta.append("issued by " + document.issuers.joined(separator: ", ")) }
        self.meta = meta.joined(separator: " · ")
        source = document.source
        paragraphs = document.paragraphs.enumerated().map {
            ParagraphView(anchor: document.anchor(ofParagraph: $0.offset), number: $0.offset + 1, text: $0.element)
        }
    }
}

private struct ParagraphView {
    var anchor: String
    var number: Int
    var text: String
}

private struct SentenceView {
    var before: String
    var marked: String
    var after: String
}

// MARK: Names the template looks up, without reflection (Mirror made rendering twice as slow)

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "files": files
        case "hasFiles": hasFiles
        case "network": network
        case "groups": groups
        case "hasDemands": hasDemands
        case "diagnostics": diagnostics
        case "hasDiagnostics": hasDiagnostics
        case "diagnosticSummary": diagnosticSummary
        case "documents": documents
        default: nil
        }
    }
}

extension SummaryItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "count": count
        case "label": label
        default: nil
        }
    }
}

extension DateView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "text": text
        case "precision": precision
        case "isDated": isDated
        default: nil
        }
    }
}

extension SourceLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "number": number
        case "title": title
        default: nil
        }
    }
}

extension FileView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "title": title
        case "identifiers": identifiers
        case "isProposal": isProposal
        case "entries": entries
        case "eventCount": eventCount
        default: nil
        }
    }
}

extension EntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "kindLabel": kindLabel
        case "stage": stage
        case "date": date
        case "dated": dated
        case "title": title
        case "actor": actor
        case "details": details
        case "hasDetails": hasDetails
        case "sources": sources
        default: nil
        }
    }
}

extension NetworkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "width": width
        case "height": height
        case "nodeCount": nodeCount
        case "edgeCount": edgeCount
        case "headings": headings
        case "nodes": nodes
        case "edges": edges
        case "isEmpty": isEmpty
        case "isDense": isDense
        default: nil
        }
    }
}

extension HeadingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "x": x
        case "y": y
        default: nil
        }
    }
}

extension NodeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "kind": kind
        case "name": name
        case "label": label
        case "tooltip": tooltip
        case "x": x
        case "y": y
        case "width": width
        case "height": height
        case "innerWidth": innerWidth
        case "innerHeight": innerHeight
        default: nil
        }
    }
}

extension EdgeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "style": style
        case "path": path
        case "width": width
        case "tooltip": tooltip
        default: nil
        }
    }
}

extension GroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "addressee": addressee
        case "isNamed": isNamed
        case "count": count
        case "rows": rows
        default: nil
        }
    }
}

extension RowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "actor": actor
        case "action": action
        case "subject": subject
        case "sentence": sentence
        case "documentAnchor": documentAnchor
        case "documentNumber": documentNumber
        case "sentenceAnchor": sentenceAnchor
        case "paragraphNumber": paragraphNumber
        case "documentTitle": documentTitle
        default: nil
        }
    }
}

extension DiagnosticView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": severity
        case "location": location
        case "path": path
        case "message": message
        case "rule": rule
        default: nil
        }
    }
}

extension DocumentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "number": number
        case "title": title
        case "meta": meta
        case "source": source
        case "paragraphs": paragraphs
        default: nil
        }
    }
}

extension ParagraphView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "number": number
        case "text": text
        default: nil
        }
    }
}

extension SentenceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "before": before
        case "marked": marked
        case "after": after
        default: nil
        }
    }
}
