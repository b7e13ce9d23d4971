extension ValidationRule {
    /// `committee-acronym-known` (warning): the acronym of a European Parliament committee
    /// (or of a committee without a parliament) names a committee in the gazetteer.
    ///
    /// A committee belongs to the European Parliament when its parliament's name or
    /// abbreviation is a form of the gazetteer entry `eu.parliament`. Without a gazetteer in
    /// the context the rule checks nothing.
    public static var committeeAcronymsAreKnown: ValidationRule {
        .builtin(
            id: "committee-acronym-known", severity: .warning,
            summary: "The acronyms of European Parliament committees are known to the gazetteer."
        ) { context in
            guard let gazetteer = context.gazetteer else { return [] }
            let d = context.dossier
            return d.committees.enumerated().compactMap { i, committee in
                guard let acronym = committee.abbreviation, !isBlank(acronym) else { return nil }
                if let parliamentID = committee.parliament {
                    guard let parliament = d[parliamentID] else { return nil }
                    let forms = [parliament.name] + [parliament.abbreviation].compactMap { $0 } + parliament.aliases
                    let isEP = forms.contains { form in
                        gazetteer.entries(named: form).contains { $0.id == "eu.parliament" }
                    }
                    guard isEP else { return nil }
                }
                let known = gazetteer.entries(named: acronym).contains { $0.type == .committee }
                guard !known else { return nil }
                return Finding(
                    "committees[\(i)].abbreviation",
                    "'\(acronym)' is not a committee acronym the gazetteer knows; check the spelling or add the committee to a gazetteer"
                )
            }
        }
    }
}
