import Foundation

/// The counts and scores of one field of an evaluation.
public struct FieldScore: Hashable, Sendable, Codable {
    /// Predicted items that match a gold item.
    public var truePositives: Int
    /// Predicted items counted for the field.
    public var predicted: Int
    /// Gold items.
    public var gold: Int

    /// Creates a score from its counts.
    public init(truePositives: Int, predicted: Int, gold: Int) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    /// The matched share of the predicted items; 1 when nothing was predicted and nothing
    /// was to be found, 0 when nothing was predicted but something was to be found.
    public var precision: Double {
        predicted > 0 ? Double(truePositives) / Double(predicted) : (gold == 0 ? 1 : 0)
    }

    /// The found share of the gold items; 1 when there were none and none were predicted,
    /// 0 when there were none but some were predicted.
    public var recall: Double {
        gold > 0 ? Double(truePositives) / Double(gold) : (predicted == 0 ? 1 : 0)
    }

    /// The harmonic mean of ``precision`` and ``recall`` (0 when both are 0).
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}

/// The result of scoring predicted dossiers against gold annotations.
public struct EvaluationReport: Hashable, Sendable {
    /// The score of every field that had a gold or a predicted item, keyed by the field
    /// names of ``ExtractionEvaluator/fieldNames``; counts are summed over all documents.
    public var fields: [String: FieldScore]
    /// The mean F1 of the fields in ``fields``.
    public var macroF1: Double
    /// How many documents were scored.
    public var documents: Int

    /// Creates a report.
    public init(fields: [String: FieldScore], macroF1: Double, documents: Int) {
        self.fields = fields
        self.macroF1 = macroF1
        self.documents = documents
    }

    /// The scored fields in the order of ``ExtractionEvaluator/fieldNames``.
    public var orderedFields: [(name: String, score: FieldScore)] {
        ExtractionEvaluator.fieldNames.compactMap { name in fields[name].map { (name, $0) } }
    }
}

/// Scores converted dossiers against hand-made ``GoldAnnotation``s: precision, recall and F1
/// per field, micro-averaged over the documents, and their macro average.
///
/// The rules are those of the project's reference scorer (`score_extraction.py`), applied to
/// the dossier's JSON (``Dossier/jsonData(format:)``, what `advocacy convert --format json`
/// prints) as the scorer reads it: entities by id, references read as the names of the
/// entity they point at, names from every name-like key.
///
/// - **title**: token F1 (``TextMatching/tokenF1(_:_:)``) of at least 0.9; **date**: the first
///   ten characters of the publication date; **place**: the dateline's name; **authors**: the
///   issuers' names (or ids), against the author's gold organisation and its aliases.
/// - **organisations**: organisations and committees, merged when they share a name (in
///   normal form, aliases and acronyms included); a coalition counts when it is not merged
///   and matches a gold organisation.
/// - **committees**: by acronym or name; **proposals**: by a shared identifier or a token F1
///   of at least 0.5 between the gold title and the title or short title; **opinions**: by
///   the author, against the gold body extended to the gold organisations it names.
/// - **coalitions**: by name or acronym, or a token F1 of the names of at least 0.6, or when
///   both are unnamed groups of signatories (of kind `signatories`, or without an acronym
///   and with a name that starts with a lower-case letter): two descriptions of one group,
///   "signatories of the letter" and "undersigned organisations", are the same coalition.
///   **coalition_sizes**: the ``Coalition/size`` of a matched coalition against the gold
///   member count (size claims alone give no size: the reference scorer finds no number in
///   them); **coalition_members**: the members of a coalition and of its bodies.
/// - **demands**: token F1 of at least 0.5 between the gold text and the action; an unmatched
///   demand whose tokens are at least 80 % in one gold demand (a part of a split ask) is
///   neither a hit nor a false positive.
/// - **quotes**: a quote of several segments counts as one quote per segment; a gold quote
///   matches when the first 40 characters of its normal form occur in the predicted text,
///   or their token F1 (on the predicted text cut to the gold length plus 20) is at least 0.6.
///
/// Every field matches greedily one to one: gold items in order, each taking the first
/// predicted item not yet taken.
///
/// ```swift
/// let report = ExtractionEvaluator().score(gold: annotations, predicted: dossiers)
/// print(report.fields["demands"]?.f1 ?? 0, report.macroF1)
/// ```
public struct ExtractionEvaluator: Sendable {
    /// The scored fields, in the reference scorer's order and spelling.
    public static let fieldNames = [
        "title", "date", "place", "authors", "organisations", "committees", "proposals",
        "opinions", "coalitions", "coalition_sizes", "coalition_members", "demands", "quotes",
    ]

    /// Creates an evaluator.
    public init() {}

    /// Scores each dossier against the gold annotation at the same position.
    ///
    /// A gold annotation without a dossier at its position is scored against an empty
    /// prediction; dossiers beyond the last annotation are ignored.
    public func score(gold: [GoldAnnotation], predicted: [Dossier]) -> EvaluationReport {
        score(gold: gold, predicted: predicted.map { Optional($0) })
    }

    /// Scores each dossier against the gold annotation at the same position; `nil` (or a
    /// missing position) is an empty prediction, such as for a text that could not be read.
    public func score(gold: [GoldAnnotation], predicted: [Dossier?]) -> EvaluationReport {
        var tally = Tally()
        for (index, annotation) in gold.enumerated() {
            let dossier = index < predicted.count ? predicted[index] : nil
            scoreDocument(annotation, PredictionView(dossier), into: &tally)
        }
        var fields: [String: FieldScore] = [:]
        var f1s: [Double] = []
        for name in Self.fieldNames {
            guard let score = tally.counts[name], score.predicted > 0 || score.gold > 0 else { continue }
            fields[name] = score
            f1s.append(score.f1)
        }
        let macro = f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count)
        return EvaluationReport(fields: fields, macroF1: macro, documents: gold.count)
    }

    // MARK: - One document

    private struct Tally {
        var counts: [String: FieldScore] = [:]

        mutating func add(_ field: String, _ truePositives: Int, _ predicted: Int, _ gold: Int) {
            var score = counts[field] ?? FieldScore(truePositives: 0, predicted: 0, gold: 0)
            score.truePositives += truePositives
            score.predicted += predicted
            score.gold += gold
            counts[field] = score
        }
    }

    private func scoreDocument(_ gold: GoldAnnotation, _ prediction: PredictionView, into tally: inout Tally) {
        typealias T = TextMatching
        // Gold organisations by normal name: the name and its aliases (a later duplicate wins).
        var goldOrganisations: [String: [String]] = [:]
        for organisation in gold.organisations {
            goldOrganisations[T.normalize(organisation.name)] = [organisation.name] + organisation.aliases
        }

        // Title, date, place.
        let title = prediction.title
        if let goldTitle = gold.title, !goldTitle.isEmpty {
            tally.add("title", T.tokenF1(goldTitle, title ?? "") >= 0.9 ? 1 : 0, title == nil ? 0 : 1, 1)
        } else if title != nil {
            tally.add("title", 0, 1, 0)
        }
        for (field, goldValue, predictedValue) in [
            ("date", gold.date, prediction.date), ("place", gold.place, prediction.place),
        ] {
            if let goldValue, !goldValue.isEmpty {
                let hit = T.normalizedScalars(goldValue) == T.normalizedScalars(predictedValue ?? "")
                tally.add(field, hit ? 1 : 0, predictedValue == nil ? 0 : 1, 1)
            } else if predictedValue != nil {
                tally.add(field, 0, 1, 0)
            }
        }

        // Authors.
        let authors = prediction.authors
        tally.add(
            "authors",
            T.greedyMatch(gold.authors, authors) { g, p in
                T.namesMatch(goldOrganisations[T.normalize(g)] ?? [g], p)
            }.count,
            authors.count, gold.authors.count)

        // Organisations: organisations and committees merged by shared names, plus coalitions
        // that name a gold organisation.
        var merged: [[String]] = []
        for names in prediction.organisationNames {
            if let index = merged.firstIndex(where: { T.namesMatch($0, names) }) {
                merged[index].append(contentsOf: names)
            } else {
                merged.append(names)
            }
        }
        let goldOrganisationNames = gold.organisations.map { [$0.name] + $0.aliases }
        for names in prediction.coalitions.map(\.names) {
            if merged.contains(where: { T.namesMatch($0, names) }) { continue }
            if goldOrganisationNames.contains(where: { T.namesMatch($0, names) }) { merged.append(names) }
        }
        tally.add(
            "organisations", T.greedyMatch(goldOrganisationNames, merged, same: T.namesMatch).count,
            merged.count, goldOrganisationNames.count)

        // Committees.
        let goldCommittees = gold.committees.map { [$0.acronym, $0.name].compactMap { $0 } }
        tally.add(
            "committees",
            T.greedyMatch(goldCommittees, prediction.committeeNames, same: T.namesMatch).count,
            prediction.committeeNames.count, goldCommittees.count)

        // Proposals.
        tally.add(
            "proposals",
            T.greedyMatch(gold.proposals, prediction.proposals) { g, p in
                if !Set(g.identifiers.map(T.normalize)).isDisjoint(with: p.identifiers) { return true }
                return (p.names.map { T.tokenF1(g.title, $0) }.max() ?? 0) >= 0.5
            }.count,
            prediction.proposals.count, gold.proposals.count)

        // Opinions, by the body that gives them.
        func bodyNames(_ body: String) -> [String] {
            var names = [body, Self.removingParentheticals(body)] + Self.parentheticals(body)
            let normalBody = T.normalizedScalars(body)
            for (key, organisationNames) in goldOrganisations {
                let normalKey = Array(key.unicodeScalars)
                guard !normalKey.isEmpty else { continue }
                if normalKey == normalBody || T.contains(normalBody, normalKey)
                    || organisationNames.contains(where: { T.normalizedScalars($0) == normalBody })
                {
                    names.append(contentsOf: organisationNames)
                }
            }
            return names
        }
        tally.add(
            "opinions",
            T.greedyMatch(gold.opinions, prediction.opinionBodies) { g, body in T.namesMatch(bodyNames(g.body), body) }
                .count,
            prediction.opinionBodies.count, gold.opinions.count)

        // Coalitions, their sizes and members.
        func sameCoalition(_ g: GoldAnnotation.Coalition, _ p: PredictionView.Coalition) -> Bool {
            if T.namesMatch([g.name, g.acronym].compactMap { $0 }, p.names) { return true }
            if T.tokenF1(g.name, p.name) >= 0.6 { return true }
            // Two descriptions of the same unnamed group of signatories are the same coalition.
            return p.isUnnamed && Self.isUnnamedGroup(name: g.name, hasAcronym: !(g.acronym ?? "").isEmpty)
        }
        let coalitions = prediction.coalitions
        tally.add(
            "coalitions", T.greedyMatch(gold.coalitions, coalitions, same: sameCoalition).count,
            coalitions.count, gold.coalitions.count)
        var sizes = FieldScore(truePositives: 0, predicted: 0, gold: 0)
        var members = FieldScore(truePositives: 0, predicted: 0, gold: 0)
        var used = Set<Int>()
        for g in gold.coalitions {
            if g.memberCount != nil { sizes.gold += 1 }
            members.gold += g.members.count
            guard let index = coalitions.indices.first(where: { !used.contains($0) && sameCoalition(g, coalitions[$0]) })
            else { continue }
            used.insert(index)
            let p = coalitions[index]
            if let size = p.size {
                sizes.predicted += 1
                if let count = g.memberCount, count == size { sizes.truePositives += 1 }
            }
            members.predicted += p.members.count
            let goldMembers = g.members.map { [$0] + (goldOrganisations[T.normalize($0)] ?? []) }
            members.truePositives += T.greedyMatch(goldMembers, p.members, same: T.namesMatch).count
        }
        for (index, p) in coalitions.enumerated() where !used.contains(index) {
            if p.size != nil { sizes.predicted += 1 }
            members.predicted += p.members.count
        }
        tally.add("coalition_sizes", sizes.truePositives, sizes.predicted, sizes.gold)
        tally.add("coalition_members", members.truePositives, members.predicted, members.gold)

        // Demands; a part of a gold demand is neither a hit nor a false positive.
        let demands = prediction.demands
        let hits = T.greedyMatch(gold.demands, demands) { g, p in T.tokenF1(g.text, p.text) >= 0.5 }
        let goldDemandTokens = gold.demands.map { Set(T.tokens($0.text)) }
        let parts = demands.indices.filter { index in
            guard !hits.contains(index) else { return false }
            return Self.isPartOfGoldDemand(demands[index].partText, goldDemandTokens)
        }.count
        tally.add("demands", hits.count, demands.count - parts, gold.demands.count)

        // Quotes, by their opening.
        let quotes = prediction.quoteTexts
        tally.add(
            "quotes",
            T.greedyMatch(gold.quotes, quotes) { g, p in
                let opening = Array(T.normalizedScalars(g.text).prefix(40))
                guard !opening.isEmpty else { return false }
                if T.contains(T.normalizedScalars(p), opening) { return true }
                return T.tokenF1(g.text, T.prefix(p, scalars: g.text.unicodeScalars.count + 20)) >= 0.6
            }.count,
            quotes.count, gold.quotes.count)
    }

    /// The coalition kinds that mark a group the text does not name, as the reference scorer
    /// reads a predicted coalition's `kind` (``Coalition/Kind/signatories`` and the spellings
    /// other converters use).
    static let unnamedGroupKinds: Set<String> = ["signatories", "unnamed", "adHoc"]

    /// Whether a coalition is a group the text does not name ("signatories of the letter",
    /// "undersigned organisations"), by the reference scorer's rule: its `kind` is one of
    /// ``unnamedGroupKinds``, or it has no acronym (for a predicted coalition: no
    /// `abbreviation` either) and its name, without surrounding white space, starts with a
    /// lower-case letter.
    ///
    /// A gold coalition has no kind, so only its name and acronym decide. A name that starts
    /// with a capital, a digit or punctuation ("Signatories", "24 organisations") is taken
    /// for a name.
    static func isUnnamedGroup(name: String?, hasAcronym: Bool, kind: String? = nil) -> Bool {
        if let kind, unnamedGroupKinds.contains(kind) { return true }
        if hasAcronym { return false }
        guard let first = name?.unicodeScalars.first(where: { !TextMatching.isSpace($0) }) else { return false }
        return first.properties.isLowercase
    }

    /// Whether at least 80 % of a predicted demand's tokens occur in one gold demand.
    static func isPartOfGoldDemand(_ action: String, _ goldDemandTokens: [Set<String>]) -> Bool {
        let tokens = TextMatching.tokens(action)
        guard !tokens.isEmpty else { return false }
        return goldDemandTokens.contains { gold in
            Double(tokens.filter { gold.contains($0) }.count) >= 0.8 * Double(tokens.count)
        }
    }

    /// The text without its bracketed parts and the white space before each.
    static func removingParentheticals(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var open = index
            while open < scalars.count, TextMatching.isSpace(scalars[open]) { open += 1 }
            if open < scalars.count, scalars[open] == "(",
                let close = scalars[(open + 1)...].firstIndex(of: ")")
            {
                index = close + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The bracketed parts of a text, without their brackets.
    static func parentheticals(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var index = 0
        while let open = scalars[index...].firstIndex(of: "("),
            let close = scalars[(open + 1)...].firstIndex(of: ")")
        {
            result.append(String(String.UnicodeScalarView(scalars[(open + 1)..<close])))
            index = close + 1
        }
        return result
    }
}
