import Dispatch
import Synchronization

/// A batch's ``BatchWriter/commit(_:)`` running on a thread of its own, so that the next
/// batch converts while the disk flushes this one's files: the wait for the disk, not the
/// conversion, is what a batch of files costs most. ``wait()`` gives the commit's errors once
/// it is done; the command reports a batch only then, so messages and their order do not
/// change.
final class BackgroundCommit: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let errors = Mutex<[OutputError?]>([])

    /// Starts committing `files`.
    init(_ files: [BatchWriter.Staged]) {
        DispatchQueue.global().async { [self] in
            let result = BatchWriter.commit(files)
            errors.withLock { $0 = result }
            done.signal()
        }
    }

    /// Waits for the commit to end and returns, for each file, the error that kept it from its
    /// destination, or `nil`.
    func wait() -> [OutputError?] {
        done.wait()
        return errors.withLock { $0 }
    }
}
