/// Builds `<preface>` and `<mainBody>` from the source text, with every span of the model
/// marked up inline (AKN mapping §9). One source paragraph becomes one block; the blocks'
/// text equals the paragraphs exactly.
struct AKNBodyBuilder {
    let dossier: Dossier
    let references: AKNReferenceTable

    /// The `preface` (when the text opens with a title or date line) and the `mainBody`.
    func build() throws(AKNExportError) -> [XMLTree.Element] {
        guard let source = dossier.document.source else {
            throw AKNExportError(
                .missingSourceText, path: "document.source",
                message: "the document has no source text; Akoma Ntoso needs it, so add document.source")
        }
        let annotations = try collectAnnotations(in: source)
        let paragraphs = source.paragraphs
        let prefaceCount = paragraphs.prefix { $0.role == .title || $0.role == .dateLine }.count
        guard prefaceCount < paragraphs.count else {
            throw AKNExportError(
                .emptyBody, path: "document.source.paragraphs",
                message: "the document has no body paragraph; Akoma Ntoso's mainBody needs at least one")
        }

        func content(of index: Int) throws(AKNExportError) -> [XMLTree.Node] {
            do {
                return try InlineAnnotation.layOut(annotations[index, default: []], over: paragraphs[index].text)
            } catch {
                throw AKNExportError(
                    .tooLarge, path: "document.source.paragraphs[\(index)]",
                    message:
                        "the mentions in this paragraph nest more than \(InlineAnnotation.maximumDepth) deep, and XML readers (libxml2) refuse documents nested that deeply, so the Akoma Ntoso could not be read back; remove the spans that lie inside one another"
                )
            }
        }

        var titleUsed = false
        var preface: [XMLTree.Element] = []
        for index in paragraphs.indices.prefix(prefaceCount) {
            var content = try content(of: index)
            if paragraphs[index].role == .title, !titleUsed {
                titleUsed = true
                content = [.element(XMLTree.Element("docTitle", children: content))]
            }
            preface.append(XMLTree.Element("p", children: content))
        }

        var main: [XMLTree.Element] = []
        var section: (heading: XMLTree.Element, paragraphs: [XMLTree.Element])?
        func closeSection() {
            guard let open = section else { return }
            main.append(
                XMLTree.Element(
                    "hcontainer", attributes: [XMLTree.Attribute("name", "section")],
                    children: [
                        .element(open.heading),
                        .element(XMLTree.Element("content", children: open.paragraphs.map(XMLTree.Node.element))),
                    ]))
            section = nil
        }
        for index in paragraphs.indices.dropFirst(prefaceCount) {
            let content = try content(of: index)
            let opensSection =
                paragraphs[index].role == .heading
                && paragraphs.indices.contains(index + 1) && paragraphs[index + 1].role != .heading
            if opensSection {
                closeSection()
                section = (XMLTree.Element("heading", children: content), [])
            } else if section != nil {
                section?.paragraphs.append(XMLTree.Element("p", children: content))
            } else {
                main.append(XMLTree.Element("p", children: content))
            }
        }
        closeSection()

        let preserve = XMLTree.Attribute("xml:space", "preserve")
        var blocks: [XMLTree.Element] = []
        if !preface.isEmpty {
            blocks.append(XMLTree.Element("preface", attributes: [preserve], children: preface.map(XMLTree.Node.element)))
        }
        blocks.append(XMLTree.Element("mainBody", attributes: [preserve], children: main.map(XMLTree.Node.element)))
        return blocks
    }

    // MARK: - Annotations from the model

    private enum Rank {
        static let quote = 0
        static let demand = 1
        static let reference = 2
        static let agent = 3
        static let detail = 4
    }

    private func collectAnnotations(in source: SourceText) throws(AKNExportError) -> [Int: [InlineAnnotation]] {
        var result: [Int: [InlineAnnotation]] = [:]
        // Each paragraph's length in scalars, counted once (not once per mention).
        let lengths = source.scalarLengths
        // The path is formatted only for an error.
        func add(
            _ span: SourceSpan, path: @autoclosure () -> String, rank: Int, _ wrappers: XMLTree.Element...
        ) throws(AKNExportError) {
            guard span.lies(within: lengths) else {
                throw AKNExportError(
                    .spanOutOfRange, path: path(),
                    message:
                        "the span (paragraph \(span.paragraph), \(span.start)..<\(span.end)) lies outside the source text; fix its offsets"
                )
            }
            result[span.paragraph, default: []].append(
                InlineAnnotation(start: span.start, end: span.end, rank: rank, wrappers: wrappers))
        }
        func element(_ name: String, _ attributes: [(String, String)]) -> XMLTree.Element {
            XMLTree.Element(name, attributes: attributes.map { XMLTree.Attribute($0.0, $0.1) })
        }
        func organization(_ id: String) -> XMLTree.Element { element("organization", [("refersTo", "#\(id)")]) }
        func agent(_ party: Party) -> XMLTree.Element {
            if case .person(let id) = party { return person(id) }
            return organization(party.id)
        }
        func person(_ id: Person.ID) -> XMLTree.Element {
            var attributes = [("refersTo", "#\(id.rawValue)")]
            if let role = dossier[id]?.role { attributes.append(("as", "#\(references.roleID(role))")) }
            return element("person", attributes)
        }
        func date(_ name: String, _ value: PartialDate) -> XMLTree.Element {
            var attributes = [("date", value.firstDay.description)]
            if value.precision != .day { attributes.append(("adv:precision", value.precision.rawValue)) }
            return element(name, attributes)
        }
        func mentions<Entity: DossierEntity>(
            _ entities: [Entity], _ spans: (Entity) -> [SourceSpan], field: String = "mentions",
            rank: Int, _ wrapper: (Entity) -> XMLTree.Element
        ) throws(AKNExportError) {
            for (i, entity) in entities.enumerated() {
                for (j, span) in spans(entity).enumerated() {
                    try add(span, path: "\(Entity.listName)[\(i)].\(field)[\(j)]", rank: rank, wrapper(entity))
                }
            }
        }

        let document = dossier.document
        if let published = document.published {
            for (j, span) in document.publishedMentions.enumerated() {
                let role = source.paragraphs.indices.contains(span.paragraph) ? source.paragraphs[span.paragraph].role : .body
                let name = role == .title || role == .dateLine ? "docDate" : "date"
                try add(span, path: "document.publishedMentions[\(j)]", rank: Rank.detail, date(name, published))
            }
        }
        if let place = document.dateline, let placeID = references.placeID {
            for (j, span) in place.mentions.enumerated() {
                try add(
                    span, path: "document.dateline.mentions[\(j)]", rank: Rank.detail,
                    element("location", [("refersTo", "#\(placeID)")]))
            }
        }
        try mentions(dossier.organisations, \.mentions, rank: Rank.agent) { organization($0.id.rawValue) }
        try mentions(dossier.committees, \.mentions, rank: Rank.agent) { organization($0.id.rawValue) }
        try mentions(dossier.coalitions, \.mentions, rank: Rank.agent) { organization($0.id.rawValue) }
        for (i, coalition) in dossier.coalitions.enumerated() {
            for (j, body) in coalition.bodies.enumerated() {
                for (k, span) in body.mentions.enumerated() {
                    try add(
                        span, path: "coalitions[\(i)].bodies[\(j)].mentions[\(k)]", rank: Rank.agent,
                        organization(body.id.rawValue))
                }
            }
        }
        try mentions(dossier.people, \.mentions, rank: Rank.agent) { person($0.id) }
        for (i, coalition) in dossier.coalitions.enumerated() {
            for (j, claim) in coalition.sizeClaims.enumerated() {
                guard let span = claim.span else { continue }
                var attributes = [
                    ("refersTo", "#\(coalition.id.rawValue)"), ("normalized", String(claim.count.value)),
                ]
                if claim.count.qualifier != .exactly {
                    attributes.append(("adv:comparator", claim.count.qualifier.rawValue))
                }
                if !claim.excluding.isEmpty {
                    attributes.append(("adv:excludes", claim.excluding.map { "#\($0.rawValue)" }.joined(separator: " ")))
                }
                try add(
                    span, path: "coalitions[\(i)].sizeClaims[\(j)].span", rank: Rank.detail,
                    element("quantity", attributes))
            }
        }
        for (i, proposal) in dossier.proposals.enumerated() {
            let href = references.workIRIs[proposal.id.rawValue] ?? ""
            for (j, span) in proposal.mentions.enumerated() {
                try add(
                    span, path: "proposals[\(i)].mentions[\(j)]", rank: Rank.reference,
                    element("ref", [("href", href), ("refersTo", "#\(proposal.id.rawValue)")]))
            }
            if let value = proposal.date {
                for (j, span) in proposal.dateMentions.enumerated() {
                    try add(span, path: "proposals[\(i)].dateMentions[\(j)]", rank: Rank.detail, date("date", value))
                }
            }
        }
        for (i, opinion) in dossier.opinions.enumerated() {
            let href = references.workIRIs[opinion.id.rawValue] ?? ""
            for (j, span) in opinion.mentions.enumerated() {
                try add(
                    span, path: "opinions[\(i)].mentions[\(j)]", rank: Rank.reference,
                    element("ref", [("href", href), ("refersTo", "#\(opinion.id.rawValue)")]))
            }
        }
        for (i, demand) in dossier.demands.enumerated() {
            if let span = demand.span {
                var attributes = [("name", "demand")]
                if let subject = demand.subject { attributes.append(("refersTo", "#\(subject.id)")) }
                attributes.append(("adv:entity", demand.id.rawValue))
                try add(span, path: "demands[\(i)].span", rank: Rank.demand, element("inline", attributes))
            }
            for (j, addressee) in demand.addressees.enumerated() {
                let wrapper =
                    addressee.party.map(agent)
                    ?? element("role", [("refersTo", "#\(references.roleID(addressee.name))")])
                for (k, span) in addressee.mentions.enumerated() {
                    try add(
                        span, path: "demands[\(i)].addressees[\(j)].mentions[\(k)]", rank: Rank.agent, wrapper)
                }
            }
        }
        for (i, quote) in dossier.quotes.enumerated() {
            let speaker = quote.speaker.map(\.rawValue) ?? quote.onBehalfOf?.id
            for (j, segment) in quote.segments.enumerated() {
                guard let span = segment.span else { continue }
                let embedded = element("embeddedText", [("adv:entity", quote.id.rawValue)])
                let path = "quotes[\(i)].segments[\(j)].span"
                if let speaker {
                    try add(span, path: path, rank: Rank.quote, embedded, element("opinion", [("by", "#\(speaker)")]))
                } else {
                    try add(span, path: path, rank: Rank.quote, embedded)
                }
            }
        }
        return result
    }
}
