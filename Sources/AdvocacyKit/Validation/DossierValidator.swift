/// Runs ``ValidationRule``s over dossiers and datasets and returns their diagnostics in a
/// deterministic order.
///
/// ```swift
/// let validator = DossierValidator()                       // the default rules
///     .withoutValidating("committee-acronym-known")        // drop a rule by id
///     .validating(myRule)                                   // add your own
/// let diagnostics = validator.validate(dossier, file: "release.json")
/// let hasErrors = diagnostics.contains { $0.severity == .error }
/// ```
public struct DossierValidator: Sendable {
    /// The rules run on every dossier, in order.
    public var rules: [ValidationRule]
    /// The gazetteer the rules look names up in.
    public var gazetteer: Gazetteer?
    /// Rule ids dropped with ``withoutValidating(_:)-(String...)``; diagnostics with these ids are not
    /// reported, including dataset-level ones such as `akn-model-copy-matches`.
    public var droppedRuleIDs: Set<String>

    /// The ids of the checks made while loading a dataset and on a dataset as a whole, which
    /// ``withoutValidating(_:)-(String...)`` also drops: `akn-imports`, `akn-model-copy-matches`,
    /// `akn-schema-valid`, `document-ids-unique`, `file-reads`, `json-decodes`.
    public static let datasetCheckIDs = [
        "akn-imports", "akn-model-copy-matches", "akn-schema-valid", "document-ids-unique", "file-reads", "json-decodes",
    ]

    /// Every id the default validator reports, sorted: the default rules' and the dataset checks'.
    public static var defaultRuleIDs: [String] {
        Set(ValidationRule.defaults.map(\.id) + datasetCheckIDs).sorted()
    }

    /// Creates a validator; a `nil` gazetteer means the bundled one.
    public init(rules: [ValidationRule] = ValidationRule.defaults, gazetteer: Gazetteer? = nil) {
        self.rules = rules
        self.gazetteer = gazetteer ?? (try? Gazetteer.bundled())
        self.droppedRuleIDs = []
    }

    /// This validator with more rules; a rule whose id is already present replaces it.
    public func validating(_ rules: ValidationRule...) -> DossierValidator {
        var result = self
        for rule in rules {
            result.droppedRuleIDs.remove(rule.id)
            if let index = result.rules.firstIndex(where: { $0.id == rule.id }) {
                result.rules[index] = rule
            } else {
                result.rules.append(rule)
            }
        }
        return result
    }

    /// This validator without the rules (and dataset-level checks) with these ids.
    public func withoutValidating(_ ids: String...) -> DossierValidator {
        withoutValidating(ids)
    }

    /// This validator without the rules (and dataset-level checks) with these ids, given as an array.
    public func withoutValidating(_ ids: [String]) -> DossierValidator {
        var result = self
        result.rules.removeAll { ids.contains($0.id) }
        result.droppedRuleIDs.formUnion(ids)
        return result
    }

    /// Checks one dossier; `file` labels the diagnostics.
    public func validate(_ dossier: Dossier, file: String? = nil) -> [ValidationDiagnostic] {
        let context = ValidationContext(dossier: dossier, file: file, gazetteer: gazetteer)
        var result: [ValidationDiagnostic] = []
        for rule in rules {
            for var diagnostic in rule.check(context) where !droppedRuleIDs.contains(diagnostic.ruleID) {
                if diagnostic.file == nil { diagnostic.file = file }
                result.append(diagnostic)
            }
        }
        return Self.sorted(result)
    }

    /// Checks every document of a dataset, and the dataset as a whole.
    ///
    /// Besides the rules, it reports an Akoma Ntoso file's schema messages
    /// (`akn-schema-valid`, with their lines), its import notes (`akn-model-copy-matches`:
    /// errors where the model copy in `proprietary` and the markup disagree or the copy cannot
    /// be trusted, warnings for what foreign Akoma Ntoso could not be mapped) and document ids
    /// used by more than one document (`document-ids-unique`: an error when the dossiers
    /// differ, a warning when the same dossier is there twice, e.g. as JSON and as Akoma Ntoso). A JSON Lines document's
    /// diagnostics carry its line.
    ///
    /// - Parameters:
    ///   - dataset: The documents to check.
    ///   - jobs: How many documents to check at once; the result is the same for any number.
    public func validate(_ dataset: Dataset, jobs: Int = 1) -> [ValidationDiagnostic] {
        let perDocument = OrderedParallelMap.map(dataset.documents, jobs: jobs) { document in
            validate(document.dossier, file: document.source).map { diagnostic in
                var diagnostic = diagnostic
                if diagnostic.file == document.source {
                    diagnostic.file = document.file
                    if diagnostic.line == nil { diagnostic.line = document.line }
                }
                return diagnostic
            }
        }
        var result: [ValidationDiagnostic] = []
        var firstSource: [String: DatasetDocument] = [:]
        for (document, checked) in zip(dataset.documents, perDocument) {
            var found = checked
            found += document.schemaDiagnostics.map { ValidationDiagnostic(schema: $0, file: document.file) }
            found += document.notes.map { note in
                let isConflict = document.conflicts.contains(note)
                return ValidationDiagnostic(
                    ruleID: "akn-model-copy-matches", severity: isConflict ? .error : .warning,
                    message: isConflict ? "\(note); make the proprietary model copy and the Akoma Ntoso markup agree" : note,
                    file: document.file, line: document.line)
            }
            let id = document.dossier.document.id.rawValue
            if let earlier = firstSource[id] {
                found.append(
                    earlier.dossier == document.dossier
                        ? ValidationDiagnostic(
                            ruleID: "document-ids-unique", severity: .warning,
                            message: "the same document is also in \(earlier.source); keep one copy in the dataset",
                            file: document.file, line: document.line, path: "document.id")
                        : ValidationDiagnostic(
                            ruleID: "document-ids-unique", severity: .error,
                            message: "the document id '\(id)' is already used by \(earlier.source); give each document its own id",
                            file: document.file, line: document.line, path: "document.id"))
            } else {
                firstSource[id] = document
            }
            result += found.filter { !droppedRuleIDs.contains($0.ruleID) }
        }
        return Self.sorted(result)
    }

    /// Diagnostics in the deterministic order of ``ValidationDiagnostic``.
    public static func sorted(_ diagnostics: [ValidationDiagnostic]) -> [ValidationDiagnostic] {
        diagnostics.sorted(by: ValidationDiagnostic.precedes)
    }
}
