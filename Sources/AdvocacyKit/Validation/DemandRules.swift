extension ValidationRule {
    /// `demand-has-addressee` (warning): every demand names at least one addressee.
    public static var demandsHaveAnAddressee: ValidationRule {
        .builtin(
            id: "demand-has-addressee", severity: .warning,
            summary: "Every demand names whom it is addressed to."
        ) { context in
            context.dossier.demands.enumerated().compactMap { i, demand in
                demand.addressees.isEmpty
                    ? Finding("demands[\(i)].addressees", "the demand '\(demand.id)' has no addressee; add whom it asks")
                    : nil
            }
        }
    }

    /// `demand-has-action` (error): every demand states the action it asks for.
    public static var demandsHaveAnAction: ValidationRule {
        .builtin(
            id: "demand-has-action", severity: .error,
            summary: "Every demand states the action it asks for."
        ) { context in
            context.dossier.demands.enumerated().compactMap { i, demand in
                isBlank(demand.action)
                    ? Finding("demands[\(i)].action", "the demand '\(demand.id)' has an empty action; state what it asks for")
                    : nil
            }
        }
    }

    /// Both demand checks in one rule (id `demands-have-addressee-and-action`): its
    /// diagnostics carry the ids `demand-has-addressee` (warning) and `demand-has-action`
    /// (error). ``defaults`` holds the two rules separately.
    public static var demandsHaveAddresseeAndAction: ValidationRule {
        ValidationRule(
            id: "demands-have-addressee-and-action", severity: .error,
            summary: "Every demand names an addressee and states an action."
        ) { context in
            demandsHaveAnAddressee.check(context) + demandsHaveAnAction.check(context)
        }
    }
}
