import Dispatch
import Synchronization

/// A ``BatchWriter/commit(_:)`` running on a thread of its own, so that the next batches
/// convert while the disk flushes these files: the wait for the disk, not the conversion, is
/// what a batch of files costs most. ``wait()`` gives the commit's errors once it is done.
final class BackgroundCommit: Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// The errors, once the commit is done.
    private let errors = Mutex<[OutputError?]?>(nil)

    /// Starts committing `files`.
    init(_ files: [BatchWriter.Staged]) {
        DispatchQueue.global().async { [self] in
            let result = BatchWriter.commit(files)
            errors.withLock { $0 = result }
            done.signal()
        }
    }

    /// Whether the commit is done, so that ``wait()`` returns at once.
    var isDone: Bool { errors.withLock { $0 != nil } }

    /// Waits for the commit to end and returns, for each file, the error that kept it from its
    /// destination, or `nil`. Call it once.
    func wait() -> [OutputError?] {
        done.wait()
        return errors.withLock { $0 ?? [] }
    }
}
