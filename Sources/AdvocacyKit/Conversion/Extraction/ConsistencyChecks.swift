extension ExtractionRun {
    /// What a careful reader would flag: a group whose size is stated twice differently, and
    /// a group that lists more members than its stated size.
    mutating func checkConsistency() {
        for coalition in coalitions {
            let values = Set(coalition.claims.map(\.count.value))
            if values.count > 1, let first = coalition.claims.first {
                let list = coalition.claims.map { "\($0.count.value)\($0.inTitle ? " (headline)" : "")" }.joined(separator: ", ")
                diagnose(
                    .warning, "conflicting-counts",
                    "the text gives different sizes for \(coalition.name): \(list); the body's figure is used", at: first.span)
            }
            if let size = coalition.claims.first(where: { !$0.inTitle })?.count ?? coalition.claims.first?.count,
                coalition.members.count > size.value, size.qualifier == .exactly
            {
                diagnose(
                    .warning, "members-exceed-size",
                    "\(coalition.name) lists \(coalition.members.count) members but its stated size is \(size.value)")
            }
        }
    }
}
