extension Gazetteer {
    /// The organisation kinds a gazetteer entry may have: the ones the converter knows how to
    /// treat (a misspelt kind would silently make an organisation of no known kind).
    static let entryKinds: Set<Organisation.Kind> = [
        .ngo, .igo, .euInstitution, .euBody, .parliament, .government, .politicalGroup, .company, .other,
    ]

    /// Whether `jurisdiction` is a lower-case code as the bundled files use them: a country
    /// (`de`), `eu` or `int`, optionally with subdivisions (`us-ca`); never a path.
    static func isValidJurisdiction(_ jurisdiction: String) -> Bool {
        let parts = jurisdiction.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.utf8.count), first.utf8.allSatisfy({ (0x61...0x7A).contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.utf8.count) && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    /// Throws for an entry of an unknown kind, a jurisdiction that is not a code, or entries
    /// whose parents form a cycle (each would otherwise be taken as the other's parliament).
    func checkEntries(file: String?) throws(GazetteerError) {
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if positions[entry.id] == nil { positions[entry.id] = index }
            if let kind = entry.kind, !Self.entryKinds.contains(kind) {
                throw GazetteerError(
                    file: file, path: "entries[\(index)].kind",
                    message:
                        "'\(kind.rawValue)' is not a kind of organisation; use one of \(Self.entryKinds.map(\.rawValue).sorted().joined(separator: ", "))"
                )
            }
            if let jurisdiction = entry.jurisdiction, !Self.isValidJurisdiction(jurisdiction) {
                throw GazetteerError(
                    file: file, path: "entries[\(index)].jurisdiction",
                    message: "'\(jurisdiction)' is not a jurisdiction code; use a lower-case code such as 'de', 'eu', 'int' or 'us-ca'")
            }
        }
        // Each chain of parents within this file is followed once: a cycle comes back to an
        // entry of the chain being walked.
        var state = [UInt8](repeating: 0, count: entries.count)  // 0 unseen, 1 on the chain, 2 done
        for start in entries.indices where state[start] == 0 {
            var chain: [Int] = []
            var current: Int? = start
            while let index = current, state[index] != 2 {
                if state[index] == 1 {
                    throw GazetteerError(
                        file: file, path: "entries[\(index)].parent",
                        message: "the parents of '\(entries[index].id)' come back to it; break the cycle")
                }
                state[index] = 1
                chain.append(index)
                current = entries[index].parent.flatMap { positions[$0] }
            }
            for index in chain { state[index] = 2 }
        }
    }
}
