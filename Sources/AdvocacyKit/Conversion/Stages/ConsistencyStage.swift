/// The last stage before assembly: what a careful reader would flag — a group whose size is
/// stated twice differently, and a group that lists more members than its stated size.
enum ConsistencyStage {
    /// The diagnostics of a document's coalitions.
    static func run(coalitions: CoalitionLayer) -> [ConversionDiagnostic] {
        var diagnostics: [ConversionDiagnostic] = []
        for coalition in coalitions.coalitions.elements {
            let values = Set(coalition.claims.map(\.total.value))
            if values.count > 1, let first = coalition.claims.first {
                let list = coalition.claims.map { "\($0.total.value)\($0.inTitle ? " (headline)" : "")" }.joined(separator: ", ")
                diagnostics.append(
                    ConversionDiagnostic(
                        severity: .warning, code: "conflicting-counts",
                        message: "the text gives different sizes for \(coalition.name): \(list); the body's figure is used", span: first.span))
            }
            if let size = coalition.claims.first(where: { !$0.inTitle })?.total ?? coalition.claims.first?.total,
                coalition.members.count > size.value, size.qualifier == .exactly
            {
                diagnostics.append(
                    ConversionDiagnostic(
                        severity: .warning, code: "members-exceed-size",
                        message: "\(coalition.name) lists \(coalition.members.count) members but its stated size is \(size.value)"))
            }
        }
        return diagnostics
    }
}
