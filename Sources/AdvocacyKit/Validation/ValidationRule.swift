/// One check of a dossier, as a value: an id, a severity, a one-sentence summary and the
/// check itself.
///
/// Rules are composable: a ``DossierValidator`` runs a list of them, and users add their
/// own, drop built-in ones by id, or change a rule's severity:
///
/// ```swift
/// let titled = ValidationRule(
///     id: "title-is-short", severity: .warning, summary: "Titles fit in 120 characters."
/// ) { context in
///     context.dossier.document.title.count <= 120 ? [] : [
///         ValidationDiagnostic(
///             ruleID: "title-is-short", severity: .warning,
///             message: "the title is longer than 120 characters; shorten it",
///             path: "document.title")
///     ]
/// }
/// let validator = DossierValidator().validating(titled).withoutValidating("dates-plausible")
/// ```
///
/// A rule's diagnostics normally carry the rule's id and severity; a diagnostic without a
/// file gets the context's file from the validator.
public struct ValidationRule: Sendable, Identifiable {
    /// The stable kebab-case id, e.g. `references-resolve`.
    public var id: String
    /// The severity of the rule's diagnostics.
    public var severity: ValidationDiagnostic.Severity
    /// One sentence that says what the rule requires.
    public var summary: String
    private let body: @Sendable (ValidationContext) -> [ValidationDiagnostic]

    /// Creates a rule from its check.
    public init(
        id: String, severity: ValidationDiagnostic.Severity, summary: String,
        check: @escaping @Sendable (ValidationContext) -> [ValidationDiagnostic]
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.body = check
    }

    /// Runs the check on a context.
    public func check(_ context: ValidationContext) -> [ValidationDiagnostic] {
        body(context)
    }

    /// The same rule with another severity: its diagnostics are reported with `severity`.
    public func reported(as severity: ValidationDiagnostic.Severity) -> ValidationRule {
        let original = body
        return ValidationRule(id: id, severity: severity, summary: summary) { context in
            original(context).map {
                var diagnostic = $0
                diagnostic.severity = severity
                return diagnostic
            }
        }
    }

    /// The built-in rules a ``DossierValidator`` runs by default, in this order:
    ///
    /// | id | severity | static member |
    /// |---|---|---|
    /// | `references-resolve` | error | ``referencesResolve`` |
    /// | `ids-unique` | error | ``idsAreUnique`` |
    /// | `required-fields` | error | ``requiredFieldsArePresent`` |
    /// | `dates-plausible` | warning | ``datesArePlausible`` |
    /// | `opinion-follows-proposal` | error | ``opinionsFollowTheirProposals`` |
    /// | `events-precede-document` | warning | ``eventsPrecedeTheDocument`` |
    /// | `coalition-size-fits-members` | error | ``coalitionSizesFitTheirMembers`` |
    /// | `size-claims-agree` | warning | ``sizeClaimsAgree`` |
    /// | `committee-acronym-known` | warning | ``committeeAcronymsAreKnown`` |
    /// | `demand-has-addressee` | warning | ``demandsHaveAnAddressee`` |
    /// | `demand-has-action` | error | ``demandsHaveAnAction`` |
    /// | `spans-in-text` | error | ``spansPointIntoTheText`` |
    /// | `exports-valid-akn` | error | ``exportsValidAkomaNtoso`` |
    ///
    /// Checks of a whole ``Dataset`` add these ids (see ``DossierValidator/validate(_:jobs:)``):
    /// `json-decodes` (error, from loading), `akn-schema-valid` (error), `akn-imports` (error),
    /// `akn-model-copy-matches` (warning) and `document-ids-unique` (error).
    public static var defaults: [ValidationRule] {
        [
            .referencesResolve, .idsAreUnique, .requiredFieldsArePresent, .datesArePlausible,
            .opinionsFollowTheirProposals, .eventsPrecedeTheDocument, .coalitionSizesFitTheirMembers,
            .sizeClaimsAgree, .committeeAcronymsAreKnown, .demandsHaveAnAddressee, .demandsHaveAnAction,
            .spansPointIntoTheText, .exportsValidAkomaNtoso,
        ]
    }

    /// A built-in rule whose check returns (JSON path, message) findings.
    static func builtin(
        id: String, severity: ValidationDiagnostic.Severity, summary: String,
        findings: @escaping @Sendable (ValidationContext) -> [Finding]
    ) -> ValidationRule {
        ValidationRule(id: id, severity: severity, summary: summary) { context in
            findings(context).map {
                ValidationDiagnostic(
                    ruleID: id, severity: severity, message: $0.message, file: context.file, path: $0.path)
            }
        }
    }

    /// One problem a built-in rule found: where (a JSON path) and what to fix.
    struct Finding: Sendable {
        var path: String
        var message: String
        init(_ path: String, _ message: String) {
            self.path = path
            self.message = message
        }
    }
}
