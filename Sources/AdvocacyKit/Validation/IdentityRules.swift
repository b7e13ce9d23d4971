extension ValidationRule {
    /// `ids-unique` (error): no two entities of a dossier share an id, whatever their kinds
    /// (coalition bodies included).
    public static var idsAreUnique: ValidationRule {
        .builtin(
            id: "ids-unique", severity: .error,
            summary: "Every entity id is used once in the dossier, across all kinds."
        ) { context in
            var first: [String: String] = [:]
            var findings: [Finding] = []
            for (id, path) in DossierIDs.all(in: context.dossier) {
                if let earlier = first[id] {
                    findings.append(
                        .init(path, "the id '\(id)' is already used by \(earlier); give one of them another id"))
                } else {
                    first[id] = String(path.dropLast(".id".count))
                }
            }
            return findings
        }
    }

    /// `required-fields` (error): the document has an id, a title and a jurisdiction, every
    /// entity has a non-empty id, and the names and titles that identify entities are not
    /// empty (a committee needs a name or an abbreviation).
    public static var requiredFieldsArePresent: ValidationRule {
        .builtin(
            id: "required-fields", severity: .error,
            summary: "Ids, the document's title and jurisdiction, and entity names are filled in."
        ) { context in
            let d = context.dossier
            var findings: [Finding] = []
            func require(_ text: String?, _ path: String, _ what: String) {
                if text.map(isBlank) ?? true { findings.append(.init(path, "\(what) is empty; fill it in")) }
            }
            require(d.document.id.rawValue, "document.id", "the document id")
            require(d.document.title, "document.title", "the document title")
            require(d.document.jurisdiction, "document.jurisdiction", "the jurisdiction")
            for (id, path) in DossierIDs.all(in: d) { require(id, path, "the id") }
            for (i, e) in d.organisations.enumerated() { require(e.name, "organisations[\(i)].name", "the name") }
            for (i, e) in d.committees.enumerated() where isBlank(e.name ?? "") && isBlank(e.abbreviation ?? "") {
                findings.append(.init("committees[\(i)].name", "the committee has neither a name nor an abbreviation; add one"))
            }
            for (i, e) in d.coalitions.enumerated() {
                require(e.name, "coalitions[\(i)].name", "the name")
                for (b, body) in e.bodies.enumerated() { require(body.name, "coalitions[\(i)].bodies[\(b)].name", "the name") }
            }
            for (i, e) in d.proposals.enumerated() { require(e.title, "proposals[\(i)].title", "the title") }
            for (i, e) in d.demands.enumerated() {
                for (k, a) in e.addressees.enumerated() {
                    require(a.name, "demands[\(i)].addressees[\(k)].name", "the addressee's name")
                }
            }
            return findings
        }
    }
}

/// Whether a text holds nothing but white space.
func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
}

/// Every entity id of a dossier with the JSON path of its `id` key.
enum DossierIDs {
    /// The ids in the order of the dossier's JSON.
    static func all(in d: Dossier) -> [(id: String, path: String)] {
        var result: [(String, String)] = []
        func add<E: DossierEntity>(_ list: [E]) {
            for (i, e) in list.enumerated() { result.append((e.id.rawValue, "\(E.listName)[\(i)].id")) }
        }
        add(d.organisations)
        add(d.committees)
        add(d.coalitions)
        for (i, c) in d.coalitions.enumerated() {
            for (b, body) in c.bodies.enumerated() { result.append((body.id.rawValue, "coalitions[\(i)].bodies[\(b)].id")) }
        }
        add(d.proposals)
        add(d.opinions)
        add(d.demands)
        add(d.people)
        add(d.quotes)
        add(d.stances)
        return result
    }
}
