extension ValidationRule {
    /// `references-resolve` (error): every typed id, ``Party`` and ``Subject`` names an
    /// entity the dossier holds.
    public static var referencesResolve: ValidationRule {
        .builtin(
            id: "references-resolve", severity: .error,
            summary: "Every reference names an entity the dossier holds."
        ) { context in
            var check = ReferenceCheck(dossier: context.dossier)
            return check.run()
        }
    }

    /// `spans-in-text` (error): every ``SourceSpan`` lies inside a paragraph of the document's
    /// source text. Dossiers without source text are not checked.
    public static var spansPointIntoTheText: ValidationRule {
        .builtin(
            id: "spans-in-text", severity: .error,
            summary: "Every source span points into the document's text."
        ) { context in
            guard let source = context.dossier.document.source else { return [] }
            // Counted once: a span check that walked its paragraph made this rule quadratic.
            let lengths = source.scalarLengths
            return DossierSpans.all(in: context.dossier).compactMap { path, span in
                if span.lies(within: lengths) { return nil }
                let where_ =
                    lengths.indices.contains(span.paragraph)
                    ? "characters \(span.start)..<\(span.end) are outside paragraph \(span.paragraph), which has \(lengths[span.paragraph])"
                    : "paragraph \(span.paragraph) does not exist (the text has \(source.paragraphs.count))"
                return Finding(path, "the span points outside the text: \(where_); fix the span")
            }
        }
    }
}

/// Collects references that do not resolve, with their JSON paths.
private struct ReferenceCheck {
    let dossier: Dossier
    var findings: [ValidationRule.Finding] = []

    init(dossier: Dossier) { self.dossier = dossier }

    mutating func party(_ party: Party?, _ path: String) {
        guard let party, !dossier.contains(party) else { return }
        missing(party.kind, party.id, path)
    }

    mutating func subject(_ subject: Subject?, _ path: String) {
        guard let subject, !dossier.contains(subject) else { return }
        missing(subject.kind, subject.id, path)
    }

    mutating func missing(_ kind: DossierReferenceKind, _ id: String, _ path: String) {
        let what: String
        switch kind {
        case .coalitionBody: what = "coalition body"
        default: what = kind.rawValue
        }
        findings.append(.init(path, "no \(what) in the dossier has the id '\(id)'; add it or fix the reference"))
    }

    mutating func run() -> [ValidationRule.Finding] {
        let d = dossier
        for (i, issuer) in d.document.issuers.enumerated() { party(issuer, "document.issuers[\(i)]") }
        for (i, committee) in d.committees.enumerated() {
            if let id = committee.parliament, d[id] == nil {
                missing(.organisation, id.rawValue, "committees[\(i)].parliament")
            }
        }
        for (i, coalition) in d.coalitions.enumerated() {
            for (j, member) in coalition.members.enumerated() where d[member] == nil {
                missing(.organisation, member.rawValue, "coalitions[\(i)].members[\(j)]")
            }
            for (k, claim) in coalition.sizeClaims.enumerated() {
                for (j, member) in claim.excluding.enumerated() where d[member] == nil {
                    missing(.organisation, member.rawValue, "coalitions[\(i)].sizeClaims[\(k)].excluding[\(j)]")
                }
            }
            for (b, body) in coalition.bodies.enumerated() {
                for (j, member) in body.members.enumerated() where d[member] == nil {
                    missing(.organisation, member.rawValue, "coalitions[\(i)].bodies[\(b)].members[\(j)]")
                }
            }
        }
        for (i, proposal) in d.proposals.enumerated() {
            party(proposal.proposer, "proposals[\(i)].proposer")
            if let id = proposal.leadCommittee, d[id] == nil {
                missing(.committee, id.rawValue, "proposals[\(i)].leadCommittee")
            }
        }
        for (i, opinion) in d.opinions.enumerated() {
            party(opinion.author, "opinions[\(i)].author")
            if let id = opinion.proposal, d[id] == nil {
                missing(.proposal, id.rawValue, "opinions[\(i)].proposal")
            }
        }
        for (i, demand) in d.demands.enumerated() {
            party(demand.actor, "demands[\(i)].actor")
            for (k, addressee) in demand.addressees.enumerated() {
                party(addressee.party, "demands[\(i)].addressees[\(k)].party")
            }
            subject(demand.subject, "demands[\(i)].subject")
            if let id = demand.quote, d[id] == nil {
                findings.append(
                    .init("demands[\(i)].quote", "no quote in the dossier has the id '\(id)'; add it or fix the reference"))
            }
        }
        for (i, person) in d.people.enumerated() { party(person.affiliation, "people[\(i)].affiliation") }
        for (i, quote) in d.quotes.enumerated() {
            if let id = quote.speaker, d[id] == nil { missing(.person, id.rawValue, "quotes[\(i)].speaker") }
            party(quote.onBehalfOf, "quotes[\(i)].onBehalfOf")
        }
        for (i, stance) in d.stances.enumerated() {
            party(stance.holder, "stances[\(i)].holder")
            subject(stance.subject, "stances[\(i)].subject")
        }
        return findings
    }
}

/// Every source span of a dossier with its JSON path.
enum DossierSpans {
    /// The spans in document order of the JSON.
    static func all(in d: Dossier) -> [(path: String, span: SourceSpan)] {
        var result: [(String, SourceSpan)] = []
        func add(_ spans: [SourceSpan], _ path: String) {
            for (k, span) in spans.enumerated() { result.append(("\(path)[\(k)]", span)) }
        }
        func add(_ span: SourceSpan?, _ path: String) {
            if let span { result.append((path, span)) }
        }
        add(d.document.publishedMentions, "document.publishedMentions")
        if let dateline = d.document.dateline { add(dateline.mentions, "document.dateline.mentions") }
        for (i, e) in d.organisations.enumerated() { add(e.mentions, "organisations[\(i)].mentions") }
        for (i, e) in d.committees.enumerated() { add(e.mentions, "committees[\(i)].mentions") }
        for (i, e) in d.coalitions.enumerated() {
            for (k, claim) in e.sizeClaims.enumerated() { add(claim.span, "coalitions[\(i)].sizeClaims[\(k)].span") }
            for (b, body) in e.bodies.enumerated() { add(body.mentions, "coalitions[\(i)].bodies[\(b)].mentions") }
            add(e.mentions, "coalitions[\(i)].mentions")
        }
        for (i, e) in d.proposals.enumerated() {
            add(e.dateMentions, "proposals[\(i)].dateMentions")
            add(e.mentions, "proposals[\(i)].mentions")
        }
        for (i, e) in d.opinions.enumerated() { add(e.mentions, "opinions[\(i)].mentions") }
        for (i, e) in d.demands.enumerated() {
            for (k, addressee) in e.addressees.enumerated() {
                add(addressee.mentions, "demands[\(i)].addressees[\(k)].mentions")
            }
            add(e.span, "demands[\(i)].span")
        }
        for (i, e) in d.people.enumerated() { add(e.mentions, "people[\(i)].mentions") }
        for (i, e) in d.quotes.enumerated() {
            for (k, segment) in e.segments.enumerated() { add(segment.span, "quotes[\(i)].segments[\(k)].span") }
        }
        for (i, e) in d.stances.enumerated() { add(e.evidence, "stances[\(i)].evidence") }
        return result
    }
}
