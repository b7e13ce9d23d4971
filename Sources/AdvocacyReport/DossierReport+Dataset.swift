import AdvocacyKit

extension DossierReport {
    /// Builds the report of a dataset.
    ///
    /// - Parameters:
    ///   - dataset: The dossiers.
    ///   - diagnostics: What loading and validating them found (shown as they are, sorted).
    ///   - title: The page's title.
    ///
    /// The cost is linear in the size of the dataset: entities are merged once, every
    /// reference is looked up by id, and each demand's sentence is read from a window of at
    /// most ``ReportSentence/maximumContext`` characters on either side of its span.
    public init(dataset: Dataset, diagnostics: [ValidationDiagnostic] = [], title: String = "Advocacy report") {
        var builder = ReportBuilder(dataset: dataset)
        self = builder.build(title: title, diagnostics: DossierValidator.sorted(diagnostics))
    }
}

/// Turns a dataset into a ``DossierReport``: one pass over the documents for each part.
struct ReportBuilder {
    let documents: [DatasetDocument]
    let merged: [MergedEntity]
    /// For each document, the merged entity of each of its organisation, committee, coalition
    /// and proposal ids (`kind|id`).
    var mergedIndex: [[String: Int]]
    /// The first document of each source.
    let firstDocument: [String: Int]
    var nodes: [ActorNetwork.Node] = []
    var nodeKeys: [String: Int] = [:]
    var nodeDocuments: [Set<Int>] = []
    var edgeCounts: [EdgeKey: Int] = [:]
    /// Paragraphs as scalars, read once each, by document and paragraph.
    var scalarCache: [Int: [Int: [Unicode.Scalar]]] = [:]

    struct EdgeKey: Hashable {
        var from: Int
        var to: Int
        var kind: ActorNetwork.EdgeKind
        var position: Stance.Position?
    }

    init(dataset: Dataset) {
        documents = dataset.documents
        merged = dataset.mergedEntities()
        var bySource: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() { bySource[document.source, default: []].append(index) }
        var index = Array(repeating: [String: Int](), count: documents.count)
        for (position, entity) in merged.enumerated() {
            for mention in entity.mentions {
                for document in bySource[mention.source] ?? [] {
                    let key = "\(entity.kind.rawValue)|\(mention.entityID)"
                    if index[document][key] == nil { index[document][key] = position }
                }
            }
        }
        mergedIndex = index
        firstDocument = bySource.compactMapValues(\.first)
    }

    mutating func build(title: String, diagnostics: [ValidationDiagnostic]) -> DossierReport {
        addMergedNodes()
        addMemberships()
        let groups = demandGroups()
        addStancesAndOpinions()
        let files = legislativeFiles()
        let network = sortedNetwork()
        let reportDocuments = documents.enumerated().map { index, document in
            let d = document.dossier
            return ReportDocument(
                number: index + 1, source: document.source, title: d.document.title, kind: d.document.kind.rawValue,
                published: d.document.published, issuers: d.document.issuers.map { d.fullName(of: $0) },
                paragraphs: d.document.source?.paragraphs.map(\.text) ?? [])
        }
        return DossierReport(
            title: title, documents: reportDocuments, files: files, network: network.network,
            demandGroups: groups.map { group in
                var group = group
                group.node = group.node.map { network.newIndex[$0] }
                return group
            }, diagnostics: diagnostics)
    }

    // MARK: Nodes

    static let institutionKinds: Set<Organisation.Kind> = [
        .euInstitution, .euBody, .parliament, .government, .igo, .politicalGroup,
    ]

    /// One node per merged entity, in the merged order, so that node `i` is merged entity `i`.
    mutating func addMergedNodes() {
        for entity in merged {
            var kind: ActorNetwork.NodeKind
            switch entity.kind {
            case .organisation:
                kind = .organisation
                if let mention = entity.mentions.first,
                    let document = firstDocument[mention.source].map({ documents[$0] }),
                    let organisation = document.dossier[Organisation.ID(mention.entityID)],
                    let orgKind = organisation.kind, Self.institutionKinds.contains(orgKind)
                {
                    kind = .institution
                }
            case .committee: kind = .committee
            case .coalition: kind = .coalition
            case .proposal: kind = .legislativeFile
            }
            let sources = Set(entity.mentions.map(\.source))
            nodes.append(ActorNetwork.Node(kind: kind, name: entity.name, documentCount: sources.count))
            nodeDocuments.append([])
            nodeKeys["merged|\(nodes.count - 1)"] = nodes.count - 1
        }
    }

    /// The node of the key, made with `kind` and `name` when it is new.
    mutating func node(_ key: String, kind: ActorNetwork.NodeKind, name: String, document: Int) -> Int {
        if let index = nodeKeys[key] {
            nodeDocuments[index].insert(document)
            return index
        }
        nodes.append(ActorNetwork.Node(kind: kind, name: name))
        nodeDocuments.append([document])
        nodeKeys[key] = nodes.count - 1
        return nodes.count - 1
    }

    func mergedNode(_ kind: MergedEntity.Kind, _ id: String, in document: Int) -> Int? {
        mergedIndex[document]["\(kind.rawValue)|\(id)"]
    }

    /// The node a party of a document stands for; a person is drawn as the actor they are
    /// affiliated with, when there is one. `nil` for a reference the dossier cannot resolve.
    mutating func node(for party: Party, in document: Int, following: Bool = true) -> Int? {
        let d = documents[document].dossier
        switch party {
        case .organisation(let id): return mergedNode(.organisation, id.rawValue, in: document)
        case .committee(let id): return mergedNode(.committee, id.rawValue, in: document)
        case .coalition(let id): return mergedNode(.coalition, id.rawValue, in: document)
        case .coalitionBody(let id):
            guard let body = d[id], let owner = d.coalition(owning: id),
                let coalition = mergedNode(.coalition, owner.id.rawValue, in: document)
            else { return nil }
            return node(
                "body|\(coalition)|\(Dataset.nameKey(body.name))", kind: .coalitionBody,
                name: "\(owner.abbreviation ?? owner.name): \(body.name)", document: document)
        case .person(let id):
            guard let person = d[id] else { return nil }
            if following, let affiliation = person.affiliation,
                let actor = node(for: affiliation, in: document, following: false)
            {
                return actor
            }
            let key = person.name.map { "person|\(Dataset.nameKey($0))" } ?? "person|\(document)|\(id.rawValue)"
            return node(key, kind: .person, name: person.displayName, document: document)
        }
    }

    mutating func connect(_ from: Int?, _ to: Int?, _ kind: ActorNetwork.EdgeKind, _ position: Stance.Position? = nil) {
        guard let from, let to, from != to else { return }
        edgeCounts[EdgeKey(from: from, to: to, kind: kind, position: position), default: 0] += 1
    }

    // MARK: Edges

    mutating func addMemberships() {
        for (index, document) in documents.enumerated() {
            for coalition in document.dossier.coalitions {
                let target = mergedNode(.coalition, coalition.id.rawValue, in: index)
                for member in coalition.members {
                    connect(node(for: .organisation(member), in: index), target, .member)
                }
                for body in coalition.bodies {
                    let bodyNode = node(for: .coalitionBody(body.id), in: index)
                    connect(bodyNode, target, .member)
                    for member in body.members {
                        connect(node(for: .organisation(member), in: index), bodyNode, .member)
                    }
                }
            }
        }
    }

    mutating func addStancesAndOpinions() {
        for (index, document) in documents.enumerated() {
            let d = document.dossier
            for opinion in d.opinions {
                let file = opinion.proposal.flatMap { mergedNode(.proposal, $0.rawValue, in: index) }
                connect(node(for: opinion.author, in: index), file, .opinion)
            }
            for stance in d.stances {
                let holder = node(for: stance.holder, in: index)
                connect(holder, subjectNode(stance.subject, in: index), .stance, stance.position)
            }
        }
    }

    /// A stance's target: the legislative file, or for an opinion the body that wrote it.
    mutating func subjectNode(_ subject: Subject, in document: Int) -> Int? {
        switch subject {
        case .proposal(let id): return mergedNode(.proposal, id.rawValue, in: document)
        case .opinion(let id):
            guard let opinion = documents[document].dossier[id] else { return nil }
            return node(for: opinion.author, in: document)
                ?? opinion.proposal.flatMap { mergedNode(.proposal, $0.rawValue, in: document) }
        }
    }

    // MARK: Demands

    mutating func demandGroups() -> [DemandGroup] {
        var groups: [DemandGroup] = []
        var groupOf: [String: Int] = [:]
        func add(_ row: DemandRow, to key: String, name: String, node: Int?) {
            if let index = groupOf[key] {
                groups[index].rows.append(row)
            } else {
                groupOf[key] = groups.count
                groups.append(DemandGroup(addressee: name, node: node, rows: [row]))
            }
        }
        for (index, document) in documents.enumerated() {
            let d = document.dossier
            for (number, demand) in d.demands.enumerated() {
                let actor = demand.actor.flatMap { node(for: $0, in: index) }
                let sentence = demand.span.flatMap { self.sentence(around: $0, in: index) }
                let subject: String? = demand.subject.map { subject in
                    switch subject {
                    case .proposal(let id): d[id]?.title ?? id.rawValue
                    case .opinion(let id):
                        d[id].map { "\(d.displayName(of: $0.author)) \($0.stage.map { "\($0.rawValue) " } ?? "")\(TimelineEntry.Kind($0.kind).label)" }
                            ?? id.rawValue
                    }
                }
                var row = DemandRow(
                    anchor: "demand-\(index + 1)-\(number + 1)", actor: demand.actor.map { d.fullName(of: $0) },
                    action: demand.action, subject: subject, document: index + 1, sentence: sentence)
                if demand.addressees.isEmpty {
                    add(row, to: "none", name: "No addressee named", node: nil)
                }
                for (position, addressee) in demand.addressees.enumerated() {
                    let target =
                        addressee.party.flatMap { node(for: $0, in: index) }
                        ?? node(
                            "addressee|\(Dataset.nameKey(addressee.name))", kind: .addressee, name: addressee.name,
                            document: index)
                    connect(actor, target, .demand)
                    if position > 0 { row.anchor = "demand-\(index + 1)-\(number + 1)-\(position + 1)" }
                    add(row, to: "node|\(target)", name: nodes[target].name, node: target)
                }
            }
        }
        // The most addressed first, demands without an addressee last; then by name, then first seen.
        let keys = groups.map { Dataset.nameKey($0.addressee) }
        return groups.enumerated().sorted { a, b in
            if (a.element.node == nil) != (b.element.node == nil) { return a.element.node != nil }
            if a.element.rows.count != b.element.rows.count { return a.element.rows.count > b.element.rows.count }
            if keys[a.offset] != keys[b.offset] { return keys[a.offset] < keys[b.offset] }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The sentence around a span of a document's source, reading each paragraph once.
    mutating func sentence(around span: SourceSpan, in document: Int) -> ReportSentence? {
        guard let paragraphs = documents[document].dossier.document.source?.paragraphs,
            paragraphs.indices.contains(span.paragraph)
        else { return nil }
        let scalars =
            scalarCache[document]?[span.paragraph]
            ?? {
                let scalars = Array(paragraphs[span.paragraph].text.unicodeScalars)
                scalarCache[document, default: [:]][span.paragraph] = scalars
                return scalars
            }()
        return ReportSentence(paragraph: span.paragraph, scalars: scalars, span: span)
    }

    // MARK: Timelines

    func legislativeFiles() -> [LegislativeFile] {
        var proposals: [Int: [(document: Int, proposal: Proposal)]] = [:]
        var opinions: [Int: [(document: Int, opinion: Opinion)]] = [:]
        var statements: [Int: [TimelineEntry]] = [:]
        var unfiled: [TimelineEntry] = []
        var unfiledOpinions: [(document: Int, opinion: Opinion)] = []
        for (index, document) in documents.enumerated() {
            let d = document.dossier
            var files: [Int] = []
            var seen: Set<Int> = []
            for proposal in d.proposals {
                guard let file = mergedNode(.proposal, proposal.id.rawValue, in: index) else { continue }
                proposals[file, default: []].append((index, proposal))
                if seen.insert(file).inserted { files.append(file) }
            }
            for opinion in d.opinions {
                if let file = opinion.proposal.flatMap({ mergedNode(.proposal, $0.rawValue, in: index) }) {
                    opinions[file, default: []].append((index, opinion))
                    if seen.insert(file).inserted { files.append(file) }
                } else {
                    unfiledOpinions.append((index, opinion))
                }
            }
            let notes = statementNotes(index)
            for file in files { statements[file, default: []].append(statementEntry(index, notes: notes[file] ?? Notes())) }
            if files.isEmpty { unfiled.append(statementEntry(index, notes: notes.values.reduce(into: Notes()) { $0.add($1) })) }
        }
        var result: [LegislativeFile] = []
        for (position, entity) in merged.enumerated() where entity.kind == .proposal {
            var entries: [TimelineEntry] = []
            let records = proposals[position] ?? []
            // The most precise date, the earliest among equals; the first proposer named.
            let date = records.compactMap(\.proposal.date).min { ($1.precision, $0) < ($0.precision, $1) }
            let proposer = records.lazy.compactMap { record in
                record.proposal.proposer.map { self.documents[record.document].dossier.fullName(of: $0) }
            }.first
            entries.append(
                TimelineEntry(
                    kind: .proposal, date: date, actor: proposer, title: entity.name,
                    details: Array(Set(records.compactMap(\.proposal.status))).sorted(),
                    documents: Self.distinct(records.map { $0.document + 1 })))
            entries += opinionEntries(opinions[position] ?? [])
            entries += statements[position] ?? []
            result.append(
                LegislativeFile(
                    number: result.count + 1, title: entity.name,
                    identifiers: entity.identifiers.map { "\($0.scheme.rawValue) \($0.value)" },
                    entries: entries.sorted(by: TimelineEntry.precedes)))
        }
        if !unfiled.isEmpty || !unfiledOpinions.isEmpty {
            let entries = opinionEntries(unfiledOpinions) + unfiled
            result.append(
                LegislativeFile(
                    number: result.count + 1, title: "Statements about no proposal", isProposal: false,
                    entries: entries.sorted(by: TimelineEntry.precedes)))
        }
        return result
    }

    /// One entry per opinion; the same act told by several documents (same author, kind,
    /// stage and date) is one entry that names them all.
    func opinionEntries(_ records: [(document: Int, opinion: Opinion)]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var keys: [String: Int] = [:]
        for (document, opinion) in records {
            let d = documents[document].dossier
            let author = d.displayName(of: opinion.author)
            let key = [
                Dataset.nameKey(d.fullName(of: opinion.author)), opinion.kind.rawValue,
                opinion.stage?.rawValue ?? "", opinion.date?.description ?? "",
            ].joined(separator: "|")
            if let index = keys[key] {
                if !entries[index].documents.contains(document + 1) { entries[index].documents.append(document + 1) }
                if let summary = opinion.summary, !entries[index].details.contains(summary) {
                    entries[index].details.append(summary)
                }
                continue
            }
            keys[key] = entries.count
            let kind = TimelineEntry.Kind(opinion.kind)
            entries.append(
                TimelineEntry(
                    kind: kind, stage: opinion.stage, date: opinion.date, actor: d.fullName(of: opinion.author),
                    title: "\(author) \(kind.label)", details: opinion.summary.map { [$0] } ?? [],
                    documents: [document + 1]))
        }
        return entries
    }

    /// What a document says of one file: its stances on it, in order, and how many demands
    /// it makes about it.
    struct Notes {
        var details: [String] = []
        var demands = 0

        mutating func add(_ other: Notes) {
            details += other.details
            demands += other.demands
        }
    }

    /// One pass over a document's stances and demands, by the file each is about (-1 for
    /// none or an unknown one); a demand about nothing counts for every file of the document.
    func statementNotes(_ document: Int) -> [Int: Notes] {
        let d = documents[document].dossier
        var notes: [Int: Notes] = [:]
        func file(of subject: Subject) -> Int {
            switch subject {
            case .proposal(let id): return mergedNode(.proposal, id.rawValue, in: document) ?? -1
            case .opinion(let id):
                return d[id]?.proposal.flatMap { mergedNode(.proposal, $0.rawValue, in: document) } ?? -1
            }
        }
        for stance in d.stances {
            let about: String
            switch stance.subject {
            case .proposal(let id): about = d[id]?.shortTitle ?? d[id]?.title ?? id.rawValue
            case .opinion(let id):
                about =
                    d[id].map {
                        "the \(d.displayName(of: $0.author)) \($0.stage.map { "\($0.rawValue) " } ?? "")\(TimelineEntry.Kind($0.kind).label)"
                    } ?? id.rawValue
            }
            notes[file(of: stance.subject), default: Notes()].details.append(
                "\(d.displayName(of: stance.holder)) \(stance.position.rawValue) \(about)")
        }
        var general = 0
        for demand in d.demands {
            if let subject = demand.subject {
                notes[file(of: subject), default: Notes()].demands += 1
            } else {
                general += 1
            }
        }
        if general > 0 {
            for key in Array(notes.keys) where key != -1 { notes[key]?.demands += general }
            notes[-1, default: Notes()].demands += general
            for proposal in d.proposals {
                if let file = mergedNode(.proposal, proposal.id.rawValue, in: document), notes[file] == nil {
                    notes[file] = Notes(demands: general)
                }
            }
            for opinion in d.opinions {
                if let file = opinion.proposal.flatMap({ mergedNode(.proposal, $0.rawValue, in: document) }), notes[file] == nil {
                    notes[file] = Notes(demands: general)
                }
            }
        }
        return notes
    }

    /// A document as an event of a file: its stances on the file and how many demands it makes.
    func statementEntry(_ document: Int, notes: Notes) -> TimelineEntry {
        let d = documents[document].dossier
        var details = notes.details
        if notes.demands > 0 { details.append("\(notes.demands) demand\(notes.demands == 1 ? "" : "s")") }
        return TimelineEntry(
            kind: .statement, date: d.document.published,
            actor: d.document.issuers.map { d.fullName(of: $0) }.joined(separator: ", "),
            title: d.document.title, details: details, documents: [document + 1])
    }

    static func distinct(_ values: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return values.filter { seen.insert($0).inserted }
    }

    // MARK: Order

    /// Nodes by column, then (for organisations) the first coalition they belong to, then
    /// name; edges renumbered and sorted.
    func sortedNetwork() -> (network: ActorNetwork, newIndex: [Int]) {
        let keys = nodes.map { Dataset.nameKey($0.name) }
        let byName = nodes.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : (nodes[a].name != nodes[b].name ? nodes[a].name < nodes[b].name : a < b)
        }
        var nameRank = Array(repeating: 0, count: nodes.count)
        for (rank, index) in byName.enumerated() { nameRank[index] = rank }
        // A body sits after its coalition; an organisation with the first coalition (by name)
        // it or its body belongs to, those in none after them.
        var cluster = nameRank
        for index in nodes.indices where NetworkLayout.column(of: nodes[index].kind) == 0 { cluster[index] = Int.max }
        for key in edgeCounts.keys where key.kind == .member && nodes[key.from].kind == .coalitionBody {
            cluster[key.from] = nameRank[key.to]
        }
        for key in edgeCounts.keys where key.kind == .member && NetworkLayout.column(of: nodes[key.from].kind) == 0 {
            let coalition = nodes[key.to].kind == .coalitionBody ? cluster[key.to] : nameRank[key.to]
            cluster[key.from] = min(cluster[key.from], coalition)
        }
        let order = nodes.indices.sorted { a, b in
            let (ca, cb) = (NetworkLayout.column(of: nodes[a].kind), NetworkLayout.column(of: nodes[b].kind))
            if ca != cb { return ca < cb }
            if cluster[a] != cluster[b] { return cluster[a] < cluster[b] }
            let (ba, bb) = (nodes[a].kind == .coalitionBody, nodes[b].kind == .coalitionBody)
            if ba != bb { return !ba }
            return nameRank[a] < nameRank[b]
        }
        var newIndex = Array(repeating: 0, count: nodes.count)
        for (position, index) in order.enumerated() { newIndex[index] = position }
        let sortedNodes = order.map { index in
            var node = nodes[index]
            if !nodeDocuments[index].isEmpty, node.documentCount < nodeDocuments[index].count {
                node.documentCount = nodeDocuments[index].count
            }
            return node
        }
        let edges = edgeCounts.map { key, count in
            ActorNetwork.Edge(
                from: newIndex[key.from], to: newIndex[key.to], kind: key.kind, position: key.position, count: count)
        }.sorted { a, b in
            (a.from, a.to, a.kind.rawValue, a.position?.rawValue ?? "") < (b.from, b.to, b.kind.rawValue, b.position?.rawValue ?? "")
        }
        return (ActorNetwork(nodes: sortedNodes, edges: edges), newIndex)
    }
}
