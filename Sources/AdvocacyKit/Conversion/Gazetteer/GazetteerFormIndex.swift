import Foundation

/// The forms of a gazetteer's entries by their lookup key, built on the first
/// ``Gazetteer/entries(named:)`` and kept with the gazetteer's entries (a new index when they
/// change), so that a look-up costs a dictionary access instead of a pass over every form.
///
/// A class so that copies of a gazetteer share it; thread-safe, because validation looks up
/// forms from several threads at once.
final class GazetteerFormIndex: @unchecked Sendable {
    // Safe because `keys` is only read and written while `lock` is held.
    private let lock = NSLock()
    private var keys: (exact: [String: [Int]], folded: [String: [Int]])?

    /// The positions of the entries a query's key matches, in gazetteer order: forms in
    /// capitals match the key exactly, other forms in any case.
    func positions(matching query: (key: String, isAllCaps: Bool), in entries: [Gazetteer.Entry]) -> [Int] {
        let keys = lock.withLock {
            if let keys = self.keys { return keys }
            let built = Self.build(entries)
            self.keys = built
            return built
        }
        let exact = keys.exact[query.key] ?? []
        let folded = keys.folded[query.key.lowercased()] ?? []
        guard !exact.isEmpty, !folded.isEmpty else { return exact.isEmpty ? folded : exact }
        return Array(Set(exact + folded)).sorted()
    }

    private static func build(_ entries: [Gazetteer.Entry]) -> (exact: [String: [Int]], folded: [String: [Int]]) {
        var exact: [String: [Int]] = [:]
        var folded: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            for form in entry.forms {
                let key = GazetteerText.lookupKey(form)
                if key.isAllCaps {
                    if exact[key.key]?.last != position { exact[key.key, default: []].append(position) }
                } else {
                    let lowercased = key.key.lowercased()
                    if folded[lowercased]?.last != position { folded[lowercased, default: []].append(position) }
                }
            }
        }
        return (exact, folded)
    }
}
