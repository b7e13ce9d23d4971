import Dispatch

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
        let workers = min(jobs, batch.count)
        // Each worker takes every `workers`-th element: no shared counter, no lock.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: batch.count, by: workers) {
                slots.set(index, transform(batch[index]))
            }
        }
        return slots.values()
    }
}

/// Storage that threads fill at distinct indices; read once they are all done.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    // Safe because every index is written by exactly one thread, and `values()` is called
    // only after `concurrentPerform` has returned (which orders the writes before it).
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    func values() -> [Value] { storage.compactMap { $0 } }
}
