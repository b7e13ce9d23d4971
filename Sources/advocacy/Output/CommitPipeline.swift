/// Converted batches on their way to the disk, committed in groups, in order: one group
/// commits in the background (``BackgroundCommit``) while the next batches convert, and once
/// it is done, every batch converted meanwhile commits as the next group, with one flush.
///
/// A fast disk thus commits each batch as soon as the next one converts, while a slow one
/// gets fewer, larger flushes instead of holding the conversion up; at most `fileLimit`
/// staged files (open descriptors) wait beyond the group in flight. Batches come back
/// (``add(_:files:)``, ``drain()``) in the order they went in, each with the errors of its
/// files, so the command reports them as if each had been committed alone.
struct CommitPipeline<Batch> {
    /// A batch done: the batch and, for each of its files, the error that kept it from its
    /// destination, or `nil`.
    typealias Done = (batch: Batch, errors: [OutputError?])

    private struct Waiting {
        var batch: Batch
        var files: [BatchWriter.Staged]
    }

    /// Batches committing together: each with its number of files, in the commit's order.
    private struct Group {
        var batches: [(batch: Batch, files: Int)]
        var commit: BackgroundCommit
    }

    /// The group whose files commit now.
    private var inFlight: Group?
    private var waiting: [Waiting] = []
    private var waitingFiles = 0
    private let fileLimit: Int

    /// An empty pipeline that lets at most `fileLimit` staged files wait for the group in flight.
    init(fileLimit: Int) {
        self.fileLimit = fileLimit
    }

    /// Adds a converted batch with its staged files, and returns the batches that are now
    /// done, in order: those of the group in flight if it is done (or once it is, when too many
    /// files wait), and this one at once if it has no files and nothing is before it.
    mutating func add(_ batch: Batch, files: [BatchWriter.Staged]) -> [Done] {
        waiting.append(Waiting(batch: batch, files: files))
        waitingFiles += files.count
        var done: [Done] = []
        if let inFlight, inFlight.commit.isDone || waitingFiles > fileLimit {
            done = Self.finish(inFlight)
            self.inFlight = nil
        }
        if inFlight == nil { done += startGroup() }
        return done
    }

    /// Waits for every batch to be committed and returns them, in order.
    mutating func drain() -> [Done] {
        var done: [Done] = []
        while inFlight != nil || !waiting.isEmpty {
            if let inFlight {
                done += Self.finish(inFlight)
                self.inFlight = nil
            }
            done += startGroup()
        }
        return done
    }

    /// Waits for the group in flight and drops the batches waiting, their staged files
    /// discarded (when the command stops early).
    mutating func abandon() {
        if let inFlight { _ = inFlight.commit.wait() }
        inFlight = nil
        for batch in waiting { batch.files.forEach(BatchWriter.discard) }
        waiting = []
        waitingFiles = 0
    }

    /// Starts committing the waiting batches as one group; returns them at once when they
    /// have no files.
    private mutating func startGroup() -> [Done] {
        let group = waiting
        waiting = []
        waitingFiles = 0
        let files = group.flatMap(\.files)
        guard !files.isEmpty else { return group.map { ($0.batch, []) } }
        inFlight = Group(batches: group.map { ($0.batch, $0.files.count) }, commit: BackgroundCommit(files))
        return []
    }

    /// Waits for a group's commit and splits its errors among its batches.
    private static func finish(_ group: Group) -> [Done] {
        var errors = group.commit.wait()[...]
        return group.batches.map { batch, count in
            defer { errors = errors.dropFirst(count) }
            return (batch, Array(errors.prefix(count)))
        }
    }
}
