import Foundation

extension ValidationRule {
    /// `dates-plausible` (warning): every date's year lies between 1900 and the year after
    /// the document's publication (or, for undated documents and the publication date
    /// itself, the year after the current one).
    public static var datesArePlausible: ValidationRule {
        .builtin(
            id: "dates-plausible", severity: .warning,
            summary: "Dates lie between 1900 and the year after the document's publication."
        ) { context in
            let d = context.dossier
            let nextYear = currentYear() + 1
            let latest = d.document.published.map { min($0.year + 1, nextYear) } ?? nextYear
            var findings: [Finding] = []
            func check(_ date: PartialDate?, _ path: String, upTo last: Int) {
                guard let date, !(1900...last).contains(date.year) else { return }
                findings.append(
                    .init(path, "the year \(date.year) is implausible (expected 1900…\(last)); check the date"))
            }
            check(d.document.published, "document.published", upTo: nextYear)
            for (i, e) in d.coalitions.enumerated() { check(e.established, "coalitions[\(i)].established", upTo: latest) }
            for (i, e) in d.proposals.enumerated() { check(e.date, "proposals[\(i)].date", upTo: latest) }
            for (i, e) in d.opinions.enumerated() { check(e.date, "opinions[\(i)].date", upTo: latest) }
            return findings
        }
    }

    /// `opinion-follows-proposal` (error): an opinion is not certainly older than the
    /// proposal it is about (``PartialDate/isCertainlyBefore(_:)``).
    public static var opinionsFollowTheirProposals: ValidationRule {
        .builtin(
            id: "opinion-follows-proposal", severity: .error,
            summary: "An opinion on a proposal is not dated before the proposal."
        ) { context in
            let d = context.dossier
            return d.opinions.enumerated().compactMap { i, opinion in
                guard let date = opinion.date, let id = opinion.proposal, let proposal = d[id],
                    let proposed = proposal.date, date.isCertainlyBefore(proposed)
                else { return nil }
                return Finding(
                    "opinions[\(i)].date",
                    "the opinion '\(opinion.id)' is dated \(date), before its proposal '\(id)' (\(proposed)); fix one of the dates or the opinion's proposal"
                )
            }
        }
    }

    /// `events-precede-document` (warning): the proposals and opinions a document cites are
    /// not dated after the document's own publication date.
    public static var eventsPrecedeTheDocument: ValidationRule {
        .builtin(
            id: "events-precede-document", severity: .warning,
            summary: "The proposals and opinions a document cites are not dated after the document."
        ) { context in
            let d = context.dossier
            guard let published = d.document.published else { return [] }
            var findings: [Finding] = []
            func check(_ date: PartialDate?, _ path: String, _ what: String) {
                guard let date, published.isCertainlyBefore(date) else { return }
                findings.append(
                    .init(path, "\(what) is dated \(date), after the document's publication (\(published)); fix the date"))
            }
            for (i, e) in d.proposals.enumerated() { check(e.date, "proposals[\(i)].date", "the proposal '\(e.id)'") }
            for (i, e) in d.opinions.enumerated() { check(e.date, "opinions[\(i)].date", "the opinion '\(e.id)'") }
            return findings
        }
    }
}

/// The current year in UTC.
private func currentYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
}
