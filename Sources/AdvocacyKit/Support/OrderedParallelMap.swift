import Dispatch
import Foundation

/// Maps a batch of values on `jobs` threads and returns the results in the batch's order, so
/// that what is made of them (files, messages, exit status) is the same for any `--jobs`.
/// Shared by the library and the `advocacy` command (package access).
package enum OrderedParallelMap {
    /// `transform` applied to every element of `batch`, on up to `jobs` threads at once.
    package static func map<Element: Sendable, Result: Sendable>(
        _ batch: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard jobs > 1, batch.count > 1 else { return batch.map(transform) }
        let slots = Slots<Result>(count: batch.count)
        // Each worker takes the next element not yet taken, so that one that drew short
        // documents goes on with the rest instead of waiting for the other at the batch's end.
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while let index = slots.claim() {
                slots.set(index, transform(batch[index]))
            }
        }
        return slots.values()
    }
}

/// Storage that threads fill at distinct indices, each claimed once; read once they are all done.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    // Safe because every index is claimed (under the lock) and written by exactly one thread,
    // and `values()` is called only after `concurrentPerform` has returned (which orders the
    // writes before it).
    private let storage: UnsafeMutableBufferPointer<Value?>
    private let lock = NSLock()
    private var claimed = 0

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// The next index no thread has claimed, or `nil` when every one has been.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < storage.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    func values() -> [Value] { storage.compactMap { $0 } }
}
