/// The `<references>` of an export: one TLC element per entity, role and place, and the
/// ids inline markup points at. Building it checks that every id can be an eId, that
/// ids are unique, and that every reference between entities resolves.
struct AKNReferenceTable {
    /// The TLC elements in output order (without `original`).
    private(set) var elements: [XMLTree.Element] = []
    /// Role name → eId of its `TLCRole`.
    private(set) var roleIDs: [String: String] = [:]
    /// The eId of the dateline's `TLCLocation`.
    private(set) var placeID: String?
    /// Proposal and opinion id → Work IRI (an AKN IRI when known, else a URN).
    private(set) var workIRIs: [String: String] = [:]

    init(dossier: Dossier) throws(AKNExportError) {
        let ids = try Self.checkIdentifiers(of: dossier)
        try Self.checkReferences(of: dossier, ids: ids)
        let documentSlug = Slug.make(dossier.document.id.rawValue)

        for proposal in dossier.proposals {
            let iri = Self.workIRI(of: proposal)
            workIRIs[proposal.id.rawValue] = iri
            elements.append(
                Self.tlc(
                    "TLCReference", id: proposal.id.rawValue, href: iri, showAs: proposal.title,
                    shortForm: proposal.shortTitle, name: "proposal"))
        }
        for opinion in dossier.opinions {
            let iri = "urn:advocacy-akn:work:opinion:\(opinion.id.rawValue)"
            workIRIs[opinion.id.rawValue] = iri
            elements.append(
                Self.tlc(
                    "TLCReference", id: opinion.id.rawValue, href: iri,
                    showAs: Self.describe(opinion, in: dossier), name: "opinion"))
        }
        elements.append(
            Self.tlc(
                "TLCOrganization", id: AKNNamespace.exporterID,
                href: "/akn/ontology/organization/int.advocacy-akn", showAs: "AdvocacyKit"))
        // The scoped slugs of organisation IRIs (see ``organisationIRI(_:)``): committees nest
        // under their parliament, bodies under their coalition. Ids are unique (checked
        // above), so each owner is the one entity with its id.
        var organisationSlugs: [String: String] = [:]
        organisationSlugs.reserveCapacity(dossier.organisations.count)
        for organisation in dossier.organisations {
            let scope = organisation.jurisdiction.map(Slug.make) ?? "unreg"
            let slug = "\(scope).\(Slug.make(organisation.id.rawValue))"
            organisationSlugs[organisation.id.rawValue] = slug
            elements.append(
                Self.tlc(
                    "TLCOrganization", id: organisation.id.rawValue, href: Self.organisationIRI(slug),
                    showAs: organisation.name, shortForm: organisation.abbreviation))
        }
        for committee in dossier.committees {
            let own = Slug.make(committee.id.rawValue)
            // A committee's parliament is one of the organisations (references are checked above).
            let slug = committee.parliament.flatMap { organisationSlugs[$0.rawValue] }.map { "\($0).\(own)" } ?? "unreg.\(own)"
            elements.append(
                Self.tlc(
                    "TLCOrganization", id: committee.id.rawValue, href: Self.organisationIRI(slug),
                    showAs: committee.displayName,
                    shortForm: committee.name == nil ? nil : committee.abbreviation))
        }
        for coalition in dossier.coalitions {
            let slug = "unreg.\(Slug.make(coalition.id.rawValue))"
            elements.append(
                Self.tlc(
                    "TLCOrganization", id: coalition.id.rawValue, href: Self.organisationIRI(slug),
                    showAs: coalition.name, shortForm: coalition.abbreviation))
            for body in coalition.bodies {
                let name = [coalition.abbreviation ?? coalition.name, body.name].joined(separator: " ")
                elements.append(
                    Self.tlc(
                        "TLCOrganization", id: body.id.rawValue,
                        href: Self.organisationIRI("\(slug).\(Slug.make(body.id.rawValue))"), showAs: name))
            }
        }
        for person in dossier.people {
            let slug = person.name.map(Slug.make) ?? "\(Slug.make(person.id.rawValue)).\(documentSlug)"
            elements.append(
                Self.tlc(
                    "TLCPerson", id: person.id.rawValue,
                    href: "/akn/ontology/person/unreg.\(slug)", showAs: person.displayName))
        }
        addRole("author", id: AKNNamespace.authorRoleID)
        addRole("markup agent", id: AKNNamespace.markupAgentRoleID)
        for person in dossier.people {
            if let role = person.role { addRole(role) }
        }
        for demand in dossier.demands {
            for addressee in demand.addressees where addressee.party == nil {
                addRole(addressee.name)
            }
        }
        if let place = dossier.document.dateline {
            let slug = Slug.make(place.name)
            let id = "place-\(slug)"
            placeID = id
            let scope = place.country.map { "\($0)." } ?? ""
            elements.append(
                Self.tlc(
                    "TLCLocation", id: id, href: "/akn/ontology/location/\(scope)\(slug)",
                    showAs: place.name))
        }
    }

    /// The eId of the `TLCRole` for a role name, e.g. `spokesperson` → `role-spokesperson`.
    func roleID(_ role: String) -> String {
        let slug = Slug.make(role)
        return roleIDs[slug] ?? "role-\(slug)"
    }

    private mutating func addRole(_ name: String, id: String? = nil) {
        let slug = Slug.make(name)
        guard roleIDs[slug] == nil else { return }
        let eId = id ?? "role-\(slug)"
        roleIDs[slug] = eId
        let showAs = Self.capitalised(name)
        elements.append(
            Self.tlc("TLCRole", id: eId, href: "/akn/ontology/role/\(slug)", showAs: showAs))
    }

    /// `name` with its first character in upper case (`spokesperson` → `Spokesperson`); an
    /// ASCII letter followed by ASCII (nearly every role) without Unicode case mapping.
    private static func capitalised(_ name: String) -> String {
        let ascii = name.withContiguousUTF8 { bytes -> String? in
            guard let first = bytes.first, first &- UInt8(ascii: "a") < 26, bytes.count < 2 || bytes[1] < 0x80 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes)
                buffer[0] = first - 0x20
                return bytes.count
            }
        }
        return ascii ?? name.prefix(1).uppercased() + name.dropFirst()
    }

    private static func tlc(
        _ element: String, id: String, href: String, showAs: String, shortForm: String? = nil,
        name: String? = nil
    ) -> XMLTree.Element {
        var attributes: [XMLTree.Attribute] = []
        attributes.reserveCapacity(5)
        attributes.append(XMLTree.Attribute("eId", id))
        if let name { attributes.append(XMLTree.Attribute("name", name)) }
        attributes.append(XMLTree.Attribute("href", href))
        attributes.append(XMLTree.Attribute("showAs", showAs))
        if let shortForm { attributes.append(XMLTree.Attribute("shortForm", shortForm)) }
        return XMLTree.Element(element, attributes: attributes)
    }

    // MARK: - IRIs

    /// `/akn/ontology/organization/<scope>.<slug>[.<sub>]`, the scoped slug made by the caller.
    private static func organisationIRI(_ scopedSlug: String) -> String {
        "/akn/ontology/organization/" + scopedSlug
    }

    /// `COM(2022) 209 final` → `/akn/eu/documentCollection/COMproposal/ec/2022/209`; without
    /// a COM number no AKN IRI is invented and a URN names the work.
    static func workIRI(of proposal: Proposal) -> String {
        if let com = proposal.identifier(.com), let (year, number) = parseCOMNumber(com.value) {
            return "/akn/eu/documentCollection/COMproposal/ec/\(year)/\(number)"
        }
        return "urn:advocacy-akn:work:proposal:\(proposal.id.rawValue)"
    }

    /// Reads the year and number of `COM(2022) 209 final` or `COM/2022/209`.
    static func parseCOMNumber(_ text: String) -> (year: Int, number: Int)? {
        let digitRuns = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap {
            Int($0)
        }
        guard text.uppercased().hasPrefix("COM"), digitRuns.count >= 2,
            (1950...9999).contains(digitRuns[0])
        else { return nil }
        return (digitRuns[0], digitRuns[1])
    }

    private static func describe(_ opinion: Opinion, in dossier: Dossier) -> String {
        var words: [String] = [dossier.displayName(of: opinion.author)]
        if let stage = opinion.stage { words.append(stage.rawValue) }
        words.append(opinion.kind.rawValue)
        if let id = opinion.proposal, let proposal = dossier[id] {
            words.append("on the \(proposal.shortTitle ?? proposal.title)")
        }
        return words.joined(separator: " ")
    }

    // MARK: - Checks

    private static let reservedIDs = [  // four, so a look-up is four comparisons
        AKNNamespace.exporterID, AKNNamespace.originalID, AKNNamespace.authorRoleID,
        AKNNamespace.markupAgentRoleID,
    ]

    /// Where an id was found: the list (`organisations`, or `bodies` for a coalition's
    /// bodies), the index in it and, for a body, its index in the coalition; the path is
    /// written out only for a message.
    private struct IDLocation {
        var list: String
        var index: Int
        var body: Int?

        var path: String {
            if let body { return "coalitions[\(index)].bodies[\(body)].id" }
            return "\(list)[\(index)].id"
        }
    }

    /// Checks that every id can be an eId and is used once; returns where each id is.
    private static func checkIdentifiers(of dossier: Dossier) throws(AKNExportError) -> [String: IDLocation] {
        var seen: [String: IDLocation] = [:]
        seen.reserveCapacity(
            dossier.organisations.count + dossier.committees.count + dossier.coalitions.count
                + dossier.coalitions.reduce(0) { $0 + $1.bodies.count } + dossier.proposals.count
                + dossier.opinions.count + dossier.demands.count + dossier.people.count + dossier.quotes.count
                + dossier.stances.count)
        func check(_ id: String, at location: IDLocation) throws(AKNExportError) {
            guard isValidEId(id) else {
                throw AKNExportError(
                    .invalidIdentifier, path: location.path,
                    message:
                        "'\(id)' cannot be an Akoma Ntoso eId; use letters, digits, '-', '_' and '.', and avoid the positional form 'name_1'"
                )
            }
            if let first = seen.updateValue(location, forKey: id) {
                throw AKNExportError(
                    .duplicateIdentifier, path: location.path,
                    message: "'\(id)' is already the id of \(first.path); give each entity its own id")
            }
            if reservedIDs.contains(id) || id.hasPrefix("role-") || id.hasPrefix("place-") {
                throw AKNExportError(
                    .duplicateIdentifier, path: location.path,
                    message:
                        "'\(id)' is reserved by the exporter (as are ids starting with 'role-' or 'place-'); rename the entity"
                )
            }
        }
        func check<Entity: DossierEntity>(_ entities: [Entity]) throws(AKNExportError) {
            for index in entities.indices {  // by index: only the id is read, the entity is not copied
                try check(entities[index].id.rawValue, at: IDLocation(list: Entity.listName, index: index))
            }
        }
        try check(dossier.organisations)
        try check(dossier.committees)
        try check(dossier.coalitions)
        for (i, coalition) in dossier.coalitions.enumerated() {
            for (j, body) in coalition.bodies.enumerated() {
                try check(body.id.rawValue, at: IDLocation(list: "bodies", index: i, body: j))
            }
        }
        try check(dossier.proposals)
        try check(dossier.opinions)
        try check(dossier.demands)
        try check(dossier.people)
        try check(dossier.quotes)
        try check(dossier.stances)
        return seen
    }

    /// `[A-Za-z0-9_.-]+`, not starting like a positional eId (`p_1`, `ref_2`).
    static func isValidEId(_ id: String) -> Bool {
        id.withContiguousUTF8 { bytes in
            func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
            func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            guard !bytes.isEmpty else { return false }
            var lowerPrefix = 0  // how many lower-case letters it starts with
            for (index, byte) in bytes.enumerated() {
                guard
                    isLower(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || isDigit(byte)
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                else { return false }
                if isLower(byte), lowerPrefix == index { lowerPrefix += 1 }
            }
            // Not `letters_digit…`, the positional form (ASCII only here, so bytes are characters).
            guard lowerPrefix > 0, lowerPrefix + 1 < bytes.count, bytes[lowerPrefix] == UInt8(ascii: "_") else {
                return true
            }
            return !isDigit(bytes[lowerPrefix + 1])
        }
    }

    /// Checks that every reference names an entity of its kind, through the ids found by
    /// ``checkIdentifiers(of:)`` (each unique), so that the check is linear in the dossier.
    private static func checkReferences(of dossier: Dossier, ids: [String: IDLocation]) throws(AKNExportError) {
        func holds(_ id: String, in list: String) -> Bool { ids[id]?.list == list }
        func listName(of kind: DossierReferenceKind) -> String {
            switch kind {
            case .organisation: Organisation.listName
            case .committee: Committee.listName
            case .coalition: Coalition.listName
            case .coalitionBody: "bodies"
            case .person: Person.listName
            case .proposal: Proposal.listName
            case .opinion: Opinion.listName
            }
        }
        func require(_ party: Party?, _ path: @autoclosure () -> String) throws(AKNExportError) {
            guard let party, !holds(party.id, in: listName(of: party.kind)) else { return }
            throw dangling(party.kind, party.id, path())
        }
        func require(_ subject: Subject?, _ path: @autoclosure () -> String) throws(AKNExportError) {
            guard let subject, !holds(subject.id, in: listName(of: subject.kind)) else { return }
            throw dangling(subject.kind, subject.id, path())
        }
        for (i, issuer) in dossier.document.issuers.enumerated() {
            try require(issuer, "document.issuers[\(i)]")
        }
        for (i, committee) in dossier.committees.enumerated() {
            try require(committee.parliament.map(Party.organisation), "committees[\(i)].parliament")
        }
        for (i, coalition) in dossier.coalitions.enumerated() {
            for (j, member) in coalition.members.enumerated() {
                try require(.organisation(member), "coalitions[\(i)].members[\(j)]")
            }
            for (j, body) in coalition.bodies.enumerated() {
                for (k, member) in body.members.enumerated() {
                    try require(.organisation(member), "coalitions[\(i)].bodies[\(j)].members[\(k)]")
                }
            }
            for (j, claim) in coalition.sizeClaims.enumerated() {
                for (k, excluded) in claim.excluding.enumerated() {
                    try require(
                        .organisation(excluded), "coalitions[\(i)].sizeClaims[\(j)].excluding[\(k)]")
                }
            }
        }
        for (i, person) in dossier.people.enumerated() {
            try require(person.affiliation, "people[\(i)].affiliation")
        }
        for (i, proposal) in dossier.proposals.enumerated() {
            try require(proposal.proposer, "proposals[\(i)].proposer")
            try require(proposal.leadCommittee.map(Party.committee), "proposals[\(i)].leadCommittee")
        }
        for (i, opinion) in dossier.opinions.enumerated() {
            try require(opinion.author, "opinions[\(i)].author")
            try require(opinion.proposal.map(Subject.proposal), "opinions[\(i)].proposal")
        }
        for (i, demand) in dossier.demands.enumerated() {
            try require(demand.actor, "demands[\(i)].actor")
            try require(demand.subject, "demands[\(i)].subject")
            for (j, addressee) in demand.addressees.enumerated() {
                try require(addressee.party, "demands[\(i)].addressees[\(j)].party")
            }
            if let quote = demand.quote, !holds(quote.rawValue, in: Quote.listName) {
                throw AKNExportError(
                    .danglingReference, path: "demands[\(i)].quote",
                    message: "no quote with id '\(quote.rawValue)' is in the dossier; add it or fix the reference")
            }
        }
        for (i, quote) in dossier.quotes.enumerated() {
            try require(quote.speaker.map(Party.person), "quotes[\(i)].speaker")
            try require(quote.onBehalfOf, "quotes[\(i)].onBehalfOf")
        }
        for (i, stance) in dossier.stances.enumerated() {
            try require(stance.holder, "stances[\(i)].holder")
            try require(stance.subject, "stances[\(i)].subject")
        }
    }

    private static func dangling(_ kind: DossierReferenceKind, _ id: String, _ path: String) -> AKNExportError {
        AKNExportError(
            .danglingReference, path: path,
            message: "no \(kind.rawValue) with id '\(id)' is in the dossier; add it or fix the reference")
    }
}
