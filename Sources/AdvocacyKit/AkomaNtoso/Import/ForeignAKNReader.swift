/// Reads what an Akoma Ntoso document carries by itself (no AdvocacyKit model copy) into a
/// ``Dossier``: FRBR identity, title, dates, language, country, the organisations and
/// people of `<references>`, the text of every block and the inline mentions of
/// organisations and people. Whatever has no home in the model becomes one note per kind
/// of element; unknown structures never stop the reading.
struct ForeignAKNReader {
    /// Akoma Ntoso's document types, the elements that may stand under `akomaNtoso`.
    static let documentTypes: Set<String> = [
        "doc", "statement", "debateReport", "debate", "act", "bill", "judgment", "amendment",
        "amendmentList", "officialGazette", "documentCollection", "portion",
    ]
    /// Elements whose text becomes one paragraph each.
    private static let blockNames: Set<String> = [
        "p", "heading", "subheading", "block", "listIntroduction", "listWrapUp",
    ]
    /// Inline elements that only style or frame text and lose nothing when dropped.
    private static let transparentInlines: Set<String> = [
        "b", "i", "u", "sup", "sub", "span", "br", "docTitle",
    ]
    /// `meta` sections that are read.
    private static let readMeta: Set<String> = ["identification", "references"]

    /// Finds the document element under `akomaNtoso`.
    ///
    /// Throws when the root is not `akomaNtoso` or holds no Akoma Ntoso document type.
    static func documentElement(
        in root: AKNImportElement, source: String?
    ) throws(AKNImportError) -> (document: AKNImportElement, notes: [String]) {
        guard root.localName == "akomaNtoso" else {
            throw AKNImportError(
                message:
                    "the root element is <\(root.localName)>, not <akomaNtoso>, so this is not an Akoma Ntoso document; import an Akoma Ntoso 3.0 file",
                source: source)
        }
        let documents = root.elements.filter { documentTypes.contains($0.localName) }
        guard let document = documents.first else {
            throw AKNImportError(
                message:
                    "<akomaNtoso> holds no document (doc, statement, act, bill, debateReport, …); add one, or check that this is a complete Akoma Ntoso file",
                source: source)
        }
        var notes: [String] = []
        if root.namespace != AKNNamespace.akn {
            notes.append(
                "the document's namespace is \(root.namespace.map { "'\($0)'" } ?? "missing") rather than Akoma Ntoso 3.0's; it was read as Akoma Ntoso 3.0"
            )
        }
        if documents.count > 1 {
            notes.append(
                "<akomaNtoso> holds \(documents.count) documents; only the first, <\(document.localName)>, was read")
        }
        return (document, notes)
    }

    /// The dossier read, what could not be mapped, and the manifestation's generation date.
    struct Result {
        /// The dossier.
        var dossier: Dossier
        /// One sentence per thing not mapped.
        var notes: [String]
        /// `FRBRManifestation/FRBRdate`, when present.
        var generationDate: PartialDate?
    }

    private let document: AKNImportElement
    private var notes: [String] = []
    private var unmappedOrder: [UnmappedKey] = []
    private var unmapped: [UnmappedKey: Int] = [:]

    private var organisations: [Organisation] = []
    private var people: [Person] = []
    /// TLC eId (as written) → the entity it became.
    private var parties: [String: Party] = [:]
    private var usedIDs: Set<String> = []
    /// TLCRole eId → its `showAs`.
    private var roles: [String: String] = [:]
    private var usedRoles: Set<String> = []
    private var unresolvedMentions = 0
    private var mentionsWithoutTarget = 0

    private var paragraphs: [SourceText.Paragraph] = []
    private var titleBlock: Int?
    private var docDates: [(date: String, span: SourceSpan)] = []

    /// Creates a reader for the element under `akomaNtoso`.
    init(document: AKNImportElement) {
        self.document = document
    }

    /// Reads the document.
    mutating func read() -> Result {
        let meta = document.child("meta")
        let identification = meta?.child("identification")
        let work = identification?.child("FRBRWork")
        let expression = identification?.child("FRBRExpression")
        let manifestation = identification?.child("FRBRManifestation")

        for section in meta?.elements ?? [] where !Self.readMeta.contains(section.localName) {
            notes.append("the <meta> section <\(section.localName)> is not mapped")
        }
        readReferences(meta)
        walkBody(document, preserve: document.preservesSpace ?? false)

        let id = documentID(work)
        let title = documentTitle(work, id: id)
        if let first = paragraphs.first, paragraphs.count > 1, titleBlock == 0 || first.text == title {
            paragraphs[0].role = .title
        }
        if paragraphs.count == 1 { paragraphs[0].role = .body }

        // The work's date is the document's; an expression's may be when a tool generated it.
        let published = Self.date(work?.child("FRBRdate")) ?? Self.date(expression?.child("FRBRdate"))
        if published == nil {
            notes.append("the document has no readable FRBRdate, so the dossier has no publication date")
        }
        let publishedMentions =
            published.map { date in
                docDates.filter { $0.date == date.firstDay.description }.map(\.span)
            } ?? []

        var statement = Statement(
            id: Statement.ID(id), kind: kind(), title: title, published: published,
            publishedMentions: publishedMentions, language: language(expression),
            jurisdiction: jurisdiction(work), issuers: issuers(work),
            identifiers: identifiers(work))
        if paragraphs.isEmpty {
            notes.append("the document has no paragraph text, so the dossier has no source text")
        } else {
            statement.source = SourceText(paragraphs: paragraphs)
        }
        finishNotes()
        let dossier = Dossier(document: statement, organisations: organisations, people: people)
        return Result(
            dossier: dossier, notes: notes,
            generationDate: Self.date(manifestation?.child("FRBRdate")))
    }

    // MARK: - Identity

    private func documentID(_ work: AKNImportElement?) -> String {
        let written =
            work?.child("FRBRnumber")?.attribute("value")
            ?? (work?.child("FRBRuri") ?? work?.child("FRBRthis"))?.attribute("value").flatMap(Self.lastSegment)
        let safe = Self.eIdSafe(written ?? "")
        return safe.isEmpty ? "document" : safe
    }

    private mutating func documentTitle(_ work: AKNImportElement?, id: String) -> String {
        // cobalt and bluebell write "Untitled" when they know no title.
        if let alias = work?.children(named: "FRBRalias").first(where: { $0.attribute("name") == "title" }),
            let value = alias.attribute("value"), !value.isEmpty, value != "Untitled"
        {
            return value
        }
        if let index = titleBlock { return paragraphs[index].text }
        if let heading = paragraphs.first(where: { $0.role == .heading }) { return heading.text }
        if let first = paragraphs.first { return first.text }
        notes.append("the document states no title (FRBRalias, docTitle or heading), so its id stands in")
        return id
    }

    private mutating func kind() -> Statement.Kind {
        let name = document.attribute("name") ?? document.localName
        let safe = Self.eIdSafe(name)
        if safe != name {
            notes.append("the document's name '\(name)' was made '\(safe)' to serve as its kind")
        }
        return Statement.Kind(rawValue: safe.isEmpty ? document.localName : safe)
    }

    private func language(_ expression: AKNImportElement?) -> String {
        guard let code = expression?.child("FRBRlanguage")?.attribute("language"), !code.isEmpty else {
            return "und"
        }
        return AKNLanguageTag.tag(forAlpha3: code)
    }

    private mutating func jurisdiction(_ work: AKNImportElement?) -> String {
        if let country = work?.child("FRBRcountry")?.attribute("value")?.lowercased(),
            FRBRIdentity.isValidCountry(country)
        {
            return country
        }
        let uri = (work?.child("FRBRuri") ?? work?.child("FRBRthis"))?.attribute("value") ?? ""
        let segments = uri.split(separator: "/").map(String.init)
        if segments.count > 1, segments[0] == "akn", FRBRIdentity.isValidCountry(segments[1].lowercased()) {
            return segments[1].lowercased()
        }
        notes.append("the document states no usable FRBR country, so its jurisdiction was set to 'eu'")
        return "eu"
    }

    private mutating func issuers(_ work: AKNImportElement?) -> [Party] {
        var result: [Party] = []
        for author in work?.children(named: "FRBRauthor") ?? [] {
            guard let href = author.attribute("href") else { continue }
            let key = href.hasPrefix("#") ? String(href.dropFirst()) : href
            if let party = parties[key] {
                if !result.contains(party) { result.append(party) }
            } else {
                notes.append("the FRBRauthor '\(href)' names no organisation or person in <references>, so it is not an issuer")
            }
        }
        return result
    }

    /// The work's FRBR URI (scheme `FRBR`) and its other aliases.
    private func identifiers(_ work: AKNImportElement?) -> [DocumentIdentifier] {
        let uri = (work?.child("FRBRuri") ?? work?.child("FRBRthis"))?.attribute("value").map {
            DocumentIdentifier("FRBR", $0)
        }
        let aliases = (work?.children(named: "FRBRalias") ?? []).compactMap { alias -> DocumentIdentifier? in
            guard let name = alias.attribute("name"), name != "title", let value = alias.attribute("value") else {
                return nil
            }
            return DocumentIdentifier(DocumentIdentifier.Scheme(rawValue: name), value)
        }
        return (uri.map { [$0] } ?? []) + aliases
    }

    /// An FRBR date with its `adv:precision`, or `nil` when it is missing or unreadable.
    static func date(_ element: AKNImportElement?) -> PartialDate? {
        guard let text = element?.attribute("date") else { return nil }
        guard let day = PartialDate(String(text.prefix(10))) else { return nil }
        switch element?.attribute("precision", namespace: AKNNamespace.advocacy) {
        case "year": return PartialDate(year: day.year)
        case "month": return PartialDate(year: day.year, month: day.month)
        default: return day
        }
    }

    /// The last segment of an FRBR IRI that is not a component (`!main`) or an expression
    /// (`eng@…`).
    private static func lastSegment(_ iri: String) -> String? {
        iri.split(separator: "/").last { !$0.hasPrefix("!") && !$0.contains("@") }.map(String.init)
    }

    /// Letters, digits, `-`, `_` and `.`; anything else becomes `-`.
    static func eIdSafe(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let allowed =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
            result.append(allowed ? scalar : "-")
        }
        return String(result)
    }

    // MARK: - References

    private mutating func readReferences(_ meta: AKNImportElement?) {
        for references in meta?.children(named: "references") ?? [] {
            for tlc in references.elements {
                let eId = tlc.attribute("eId") ?? tlc.attribute("id")
                switch tlc.localName {
                case "original":
                    continue
                case "TLCOrganization" where eId == AKNNamespace.exporterID:
                    continue  // AdvocacyKit itself, as markup agent
                case "TLCOrganization":
                    guard let eId else {
                        count(tlc.localName)
                        continue
                    }
                    let id = Organisation.ID(makeID(eId))
                    organisations.append(
                        Organisation(id: id, name: tlc.attribute("showAs") ?? eId, abbreviation: tlc.attribute("shortForm")))
                    parties[eId] = .organisation(id)
                case "TLCPerson":
                    guard let eId else {
                        count(tlc.localName)
                        continue
                    }
                    let id = Person.ID(makeID(eId))
                    people.append(Person(id: id, name: tlc.attribute("showAs")))
                    parties[eId] = .person(id)
                case "TLCRole":
                    if let eId { roles[eId] = tlc.attribute("showAs") ?? eId }
                default:
                    count(tlc.localName)
                }
            }
        }
    }

    /// An id for an entity from a TLC eId: eId-safe, not reserved by the exporter, unique.
    private mutating func makeID(_ eId: String) -> String {
        var id = Self.eIdSafe(eId)
        let reserved: Set<String> = [
            AKNNamespace.exporterID, AKNNamespace.originalID, AKNNamespace.authorRoleID,
            AKNNamespace.markupAgentRoleID,
        ]
        if id.isEmpty || !AKNReferenceTable.isValidEId(id) || reserved.contains(id) || id.hasPrefix("role-")
            || id.hasPrefix("place-")
        {
            id = "tlc-" + id
        }
        var unique = id
        var suffix = 2
        while usedIDs.contains(unique) {
            unique = "\(id)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(unique)
        if unique != eId {
            notes.append("the reference '\(eId)' became the id '\(unique)', which Akoma Ntoso export accepts")
        }
        return unique
    }

    // MARK: - Text

    /// Walks the document's content (never `meta`), turning each block into a paragraph.
    private mutating func walkBody(_ element: AKNImportElement, preserve: Bool) {
        var pendingNumber: AKNBlockText?
        for child in element.elements {
            let keep = child.preservesSpace ?? preserve
            if child.localName == "meta" { continue }
            if child.localName == "heading" {
                var block = AKNBlockText(child, preserve: keep)
                if let number = pendingNumber { block.prepend(number: number) }
                pendingNumber = nil
                add(block, role: .heading)
                continue
            }
            if pendingNumber != nil {
                count("num")
                pendingNumber = nil
            }
            if child.localName == "num" {
                pendingNumber = AKNBlockText(child, preserve: keep)
            } else if Self.blockNames.contains(child.localName) {
                let block = AKNBlockText(child, preserve: keep)
                let holdsTitle = child.firstDescendant(named: "docTitle") != nil
                if holdsTitle, titleBlock == nil, !block.text.isEmpty { titleBlock = paragraphs.count }
                add(block, role: child.localName == "subheading" ? .heading : .body)
            } else {
                if child.hasOwnText { count(child.localName, .textOutsideParagraphs) }
                walkBody(child, preserve: keep)
            }
        }
        if pendingNumber != nil { count("num") }
    }

    private mutating func add(_ block: AKNBlockText, role: SourceText.Paragraph.Role) {
        guard !block.text.isEmpty else { return }
        let index = paragraphs.count
        paragraphs.append(SourceText.Paragraph(block.text, role: role))
        for inline in block.inlines {
            let span = SourceSpan(paragraph: index, start: inline.start, end: inline.end)
            let element = inline.element
            switch element.localName {
            case "organization", "person":
                mention(element, at: span, text: Self.slice(block.text, inline.start, inline.end))
            case "docDate":
                if let date = element.attribute("date") { docDates.append((String(date.prefix(10)), span)) }
            case let name where Self.transparentInlines.contains(name):
                break
            default:
                count(element.localName, .inline)
            }
        }
    }

    /// Records a mention of an organisation or person, creating the entity when no TLC
    /// names it.
    private mutating func mention(_ element: AKNImportElement, at span: SourceSpan, text: String) {
        guard let target = element.attribute("refersTo"), !target.isEmpty else {
            mentionsWithoutTarget += 1
            return
        }
        let key = target.hasPrefix("#") ? String(target.dropFirst()) : target
        let isPerson = element.localName == "person"
        var party = parties[key]
        if party == nil {
            unresolvedMentions += 1
            let name = text.isEmpty ? key : text
            if isPerson {
                let id = Person.ID(makeID(key))
                people.append(Person(id: id, name: name))
                party = .person(id)
            } else {
                let id = Organisation.ID(makeID(key))
                organisations.append(Organisation(id: id, name: name))
                party = .organisation(id)
            }
            parties[key] = party
        }
        switch party {
        case .organisation(let id)?:
            if let index = organisations.firstIndex(where: { $0.id == id }) {
                organisations[index].mentions.append(span)
            }
        case .person(let id)?:
            if let index = people.firstIndex(where: { $0.id == id }) {
                people[index].mentions.append(span)
                if let role = element.attribute("as") {
                    let roleKey = role.hasPrefix("#") ? String(role.dropFirst()) : role
                    if let name = roles[roleKey] {
                        usedRoles.insert(roleKey)
                        if people[index].role == nil { people[index].role = name }
                    }
                }
            }
        default:
            break
        }
    }

    private static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start <= end, end <= scalars.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    // MARK: - Notes

    /// How an element that is not mapped is reported.
    private enum Unmapped: Hashable {
        /// An inline element whose text stays in its paragraph.
        case inline
        /// An element that is dropped.
        case element
        /// An element outside every paragraph whose own text is dropped.
        case textOutsideParagraphs
    }

    private mutating func count(_ name: String, _ how: Unmapped = .element) {
        let key = UnmappedKey(name: name, how: how)
        if unmapped[key] == nil { unmappedOrder.append(key) }
        unmapped[key, default: 0] += 1
    }

    private struct UnmappedKey: Hashable {
        var name: String
        var how: Unmapped
    }

    private mutating func finishNotes() {
        for key in unmappedOrder {
            let number = unmapped[key, default: 0]
            let subject = "\(number) <\(key.name)> \(number == 1 ? "element" : "elements")"
            let verb = number == 1 ? "is" : "are"
            switch key.how {
            case .inline:
                notes.append("\(subject) \(verb) not mapped; \(number == 1 ? "its" : "their") text is kept in the paragraphs")
            case .element:
                notes.append("\(subject) \(verb) not mapped")
            case .textOutsideParagraphs:
                notes.append("\(subject) \(number == 1 ? "holds" : "hold") text outside any paragraph, which is not mapped")
            }
        }
        let unusedRoles = roles.keys.filter { !usedRoles.contains($0) }.count
        if unusedRoles > 0 {
            notes.append(
                "\(unusedRoles) <TLCRole> \(unusedRoles == 1 ? "element is" : "elements are") not mapped; roles are kept only where a person mention uses them (as=\"#…\")"
            )
        }
        if unresolvedMentions > 0 {
            notes.append(
                "\(unresolvedMentions) mentions refer to no TLC in <references>; an entity named by the mention's text was added for each target"
            )
        }
        if mentionsWithoutTarget > 0 {
            notes.append("\(mentionsWithoutTarget) <organization> or <person> mentions have no refersTo and are not mapped")
        }
    }
}
