/// Writes `<preface>` and `<mainBody>` from the source text, with every span of the model
/// marked up inline (AKN mapping §9). One source paragraph becomes one block; the blocks'
/// text equals the paragraphs exactly.
///
/// ``init(dossier:references:)`` checks everything and lays out each paragraph's markup,
/// so that an export that cannot succeed fails before anything is written;
/// ``write(into:)`` then only writes.
struct AKNBodyBuilder {
    let dossier: Dossier
    /// The paragraphs of the source text.
    private let paragraphs: [SourceText.Paragraph]
    /// How many paragraphs open the text as its title or date lines, written in `preface`.
    private let prefaceCount: Int
    /// Each paragraph's length in Unicode scalars.
    private let scalarLengths: [Int]
    /// Each paragraph's content.
    private let content: [InlineAnnotation.Content]

    /// Checks the dossier's source text and spans and lays out the markup of each paragraph.
    init(dossier: Dossier, references: AKNReferenceTable) throws(AKNExportError) {
        self.dossier = dossier
        guard let source = dossier.document.source else {
            throw AKNExportError(
                .missingSourceText, path: "document.source",
                message: "the document has no source text; Akoma Ntoso needs it, so add document.source")
        }
        // Each paragraph's length, counted once (not once per mention).
        let lengths = source.scalarLengths
        let annotations = try Self.collectAnnotations(in: source, lengths: lengths, of: dossier, references: references)
        paragraphs = source.paragraphs
        scalarLengths = lengths
        prefaceCount = paragraphs.prefix { $0.role == .title || $0.role == .dateLine }.count
        guard prefaceCount < paragraphs.count else {
            throw AKNExportError(
                .emptyBody, path: "document.source.paragraphs",
                message: "the document has no body paragraph; Akoma Ntoso's mainBody needs at least one")
        }
        var content: [InlineAnnotation.Content] = []
        content.reserveCapacity(paragraphs.count)
        for index in paragraphs.indices {
            do {
                content.append(try InlineAnnotation.layOut(annotations[index], scalarCount: lengths[index]))
            } catch {
                throw AKNExportError(
                    .tooLarge, path: "document.source.paragraphs[\(index)]",
                    message:
                        "the mentions in this paragraph nest more than \(InlineAnnotation.maximumDepth) deep, and XML readers (libxml2) refuse documents nested that deeply, so the Akoma Ntoso could not be read back; remove the spans that lie inside one another"
                )
            }
        }
        self.content = content
    }

    /// Writes the `preface` (when the text opens with a title or date line) and the `mainBody`.
    func write(into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        let preserve = [XMLTree.Attribute("xml:space", "preserve")]
        if prefaceCount > 0 {
            try writer.open("preface", preserve)
            var titleUsed = false
            for index in 0..<prefaceCount {
                try writer.open("p")
                if paragraphs[index].role == .title, !titleUsed {
                    titleUsed = true
                    try writer.open("docTitle")
                    try writeContent(of: index, into: &writer)
                    try writer.close()
                } else {
                    try writeContent(of: index, into: &writer)
                }
                try writer.close()
            }
            try writer.close()
        }

        try writer.open("mainBody", preserve)
        var inSection = false
        for index in paragraphs.indices.dropFirst(prefaceCount) {
            let opensSection =
                paragraphs[index].role == .heading
                && paragraphs.indices.contains(index + 1) && paragraphs[index + 1].role != .heading
            if opensSection {
                if inSection {
                    try writer.close()  // content
                    try writer.close()  // hcontainer
                }
                inSection = true
                try writer.open("hcontainer", [XMLTree.Attribute("name", "section")])
                try writer.open("heading")
                try writeContent(of: index, into: &writer)
                try writer.close()
                try writer.open("content")
            } else {
                try writer.open("p")
                try writeContent(of: index, into: &writer)
                try writer.close()
            }
        }
        if inSection {
            try writer.close()  // content
            try writer.close()  // hcontainer
        }
        try writer.close()  // mainBody
    }

    /// Writes paragraph `index`'s text with its markup.
    private func writeContent(of index: Int, into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        var text = paragraphs[index].text
        let content = content[index]
        let isASCII = text.utf8.count == scalarLengths[index]
        try text.withUTF8Bytes { bytes throws(AKNExportError) in
            // One scan of the paragraph spares one or two of each piece.
            let check: AKNDocumentWriter.TextCheck = XMLStreamWriter.isVerbatimText(bytes) ? .verbatim : .unchecked
            // The steps' text ranges are scalar offsets, in order and adjacent: a cursor walks
            // the bytes once to turn them into byte offsets (the same for ASCII text).
            var cursor = (scalar: 0, byte: 0)
            func byteOffset(ofScalar target: Int) -> Int {
                guard !isASCII else { return target }
                while cursor.scalar < target {
                    cursor.byte += 1
                    while cursor.byte < bytes.count, bytes[cursor.byte] & 0xC0 == 0x80 { cursor.byte += 1 }
                    cursor.scalar += 1
                }
                return cursor.byte
            }
            for step in content.steps {
                switch step {
                case .open(let annotation, let wrapper): try writer.open(content.annotations[annotation].wrappers[wrapper])
                case .close: try writer.close()
                case .text(let range):
                    let start = byteOffset(ofScalar: range.lowerBound)
                    let end = byteOffset(ofScalar: range.upperBound)
                    try writer.text(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]), check)
                }
            }
        }
    }

    // MARK: - Annotations from the model

    private enum Rank {
        static let quote = 0
        static let demand = 1
        static let reference = 2
        static let agent = 3
        static let detail = 4
    }

    private static func collectAnnotations(
        in source: SourceText, lengths: [Int], of dossier: Dossier, references: AKNReferenceTable
    ) throws(AKNExportError) -> [[InlineAnnotation]] {
        // Each paragraph's annotations.
        var result = [[InlineAnnotation]](copies: [], count: lengths.count)
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
            result[span.paragraph].append(
                InlineAnnotation(start: span.start, end: span.end, rank: rank, wrappers: wrappers))
        }
        typealias Attribute = XMLTree.Attribute
        func element(_ name: String, _ attributes: [Attribute]) -> XMLTree.Element {
            XMLTree.Element(name, attributes: attributes)
        }
        func organization(_ id: String) -> XMLTree.Element {
            element("organization", [Attribute("refersTo", "#\(id)")])
        }
        func agent(_ party: Party) -> XMLTree.Element {
            if case .person(let id) = party { return person(id, role: dossier[id]?.role) }
            return organization(party.id)
        }
        func person(_ id: Person.ID, role: String?) -> XMLTree.Element {
            var attributes = [Attribute("refersTo", "#\(id.rawValue)")]
            if let role { attributes.append(Attribute("as", "#\(references.roleID(role))")) }
            return element("person", attributes)
        }
        func date(_ name: String, _ value: PartialDate) -> XMLTree.Element {
            var attributes = [Attribute("date", value.firstDay.description)]
            if value.precision != .day { attributes.append(Attribute("adv:precision", value.precision.rawValue)) }
            return element(name, attributes)
        }
        func mentions<Entity: DossierEntity>(
            _ entities: [Entity], _ spans: (Entity) -> [SourceSpan], field: String = "mentions",
            rank: Int, _ wrapper: (Entity) -> XMLTree.Element
        ) throws(AKNExportError) {
            for (i, entity) in entities.enumerated() {
                let spans = spans(entity)
                guard !spans.isEmpty else { continue }
                let element = wrapper(entity)
                for (j, span) in spans.enumerated() {
                    try add(span, path: "\(Entity.listName)[\(i)].\(field)[\(j)]", rank: rank, element)
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
                    element("location", [Attribute("refersTo", "#\(placeID)")]))
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
        try mentions(dossier.people, \.mentions, rank: Rank.agent) { person($0.id, role: $0.role) }
        for (i, coalition) in dossier.coalitions.enumerated() {
            for (j, claim) in coalition.sizeClaims.enumerated() {
                guard let span = claim.span else { continue }
                var attributes = [
                    Attribute("refersTo", "#\(coalition.id.rawValue)"),
                    Attribute("normalized", String(claim.count.value)),
                ]
                if claim.count.qualifier != .exactly {
                    attributes.append(Attribute("adv:comparator", claim.count.qualifier.rawValue))
                }
                if !claim.excluding.isEmpty {
                    let excluded = claim.excluding.map { "#\($0.rawValue)" }.joined(separator: " ")
                    attributes.append(Attribute("adv:excludes", excluded))
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
                    element("ref", [Attribute("href", href), Attribute("refersTo", "#\(proposal.id.rawValue)")]))
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
                    element("ref", [Attribute("href", href), Attribute("refersTo", "#\(opinion.id.rawValue)")]))
            }
        }
        for (i, demand) in dossier.demands.enumerated() {
            if let span = demand.span {
                var attributes = [Attribute("name", "demand")]
                if let subject = demand.subject { attributes.append(Attribute("refersTo", "#\(subject.id)")) }
                attributes.append(Attribute("adv:entity", demand.id.rawValue))
                try add(span, path: "demands[\(i)].span", rank: Rank.demand, element("inline", attributes))
            }
            for (j, addressee) in demand.addressees.enumerated() {
                let wrapper =
                    addressee.party.map(agent)
                    ?? element("role", [Attribute("refersTo", "#\(references.roleID(addressee.name))")])
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
                let embedded = element("embeddedText", [Attribute("adv:entity", quote.id.rawValue)])
                let path = "quotes[\(i)].segments[\(j)].span"
                if let speaker {
                    let opinion = element("opinion", [Attribute("by", "#\(speaker)")])
                    try add(span, path: path, rank: Rank.quote, embedded, opinion)
                } else {
                    try add(span, path: path, rank: Rank.quote, embedded)
                }
            }
        }
        return result
    }
}
