/// Hands out unique, eId-safe ids made from names: "Open Source Initiative" →
/// `open-source-initiative`, a second one `open-source-initiative-2`.
struct IdentifierAllocator {
    /// Room for a dossier's usual ids from the start, instead of growing step by step.
    private var used = Set<String>(minimumCapacity: 32)

    mutating func make(_ name: String) -> String {
        var base = Slug.make(name)
        if base.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true { base = "x-" + base }
        if base.hasPrefix("role-") || base.hasPrefix("place-") || ["original", "advocacy-akn"].contains(base) { base = "x-" + base }
        // A slug is ASCII, so its characters are its bytes.
        if base.utf8.count > 60 { base = String(base.prefix(60)).trimmingSuffix("-") }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}

extension String {
    fileprivate func trimmingSuffix(_ character: Character) -> String {
        var result = self
        while result.last == character { result.removeLast() }
        return result
    }
}
