import AdvocacyKit
import ArgumentParser

/// `--shard I/N`: the inputs whose stable hash is `I` modulo `N`, so that `N` machines
/// running the same command over the same archive convert every document exactly once.
struct Shard: Hashable, Sendable, ExpressibleByArgument {
    /// This shard's number, `0..<count`.
    let index: Int
    /// The number of shards.
    let count: Int

    /// The whole input: one shard of one.
    static let all = Shard(index: 0, count: 1)

    private init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with `0 <= I < N`.
    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }

    static var defaultCompletionKind: CompletionKind { .default }

    /// Whether the input with this id (a record's id, or the path as the command names it)
    /// belongs to this shard. The hash is FNV-1a over the id's UTF-8: the same on every
    /// machine, in every run and in every version of Swift.
    func contains(_ id: String) -> Bool {
        guard count > 1 else { return true }
        return FNV1a.hash(id) % UInt64(count) == UInt64(index)
    }
}
