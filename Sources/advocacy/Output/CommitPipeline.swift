/// Converted batches on their way to the disk, committed in groups, in order: one group
/// commits in the background (``BackgroundCommit``) while the next batches convert, and once
/// it is done, every batch converted meanwhile commits as the next group, with one flush.
///
/// A fast disk thus commits each batch as soon as the next one converts, while a slow one
/// gets fewer, larger flushes instead of holding the conversion up; at most `fileLimit`
/// staged files (open descriptors) wait beyond the group in flight. Batches are numbered from
/// 0 in the order they are added and come back (``add(files:)``, ``drain()``) in that order,
/// each with the errors of its files, so the command reports them as if each had been
/// committed alone.
///
/// Not generic over the caller's batches, on purpose: the command keeps its batches in the
/// same order, and types without generic parameters need no metadata made at run time.
struct CommitPipeline {
    /// A batch done: its number and, for each of its files, the error that kept it from its
    /// destination, or `nil`.
    typealias Done = (batch: Int, errors: [OutputError?])

    /// A batch converted, waiting for the group in flight to end.
    private struct Waiting {
        var batch: Int
        var files: [BatchWriter.Staged]
    }

    /// A batch of a group: its number and how many of the group's files are its.
    private struct Member {
        var batch: Int
        var files: Int
    }

    /// Batches committing together, their files in the commit's order.
    private struct Group {
        var members: [Member]
        var commit: BackgroundCommit
    }

    /// The group whose files commit now.
    private var inFlight: Group?
    private var waiting: [Waiting] = []
    private var waitingFiles = 0
    private var nextBatch = 0
    private let fileLimit: Int

    /// An empty pipeline that lets at most `fileLimit` staged files wait for the group in flight.
    init(fileLimit: Int) {
        self.fileLimit = fileLimit
    }

    /// Adds the next converted batch with its staged files, and returns the batches that are
    /// now done, in order: those of the group in flight if it is done (or once it is, when too
    /// many files wait), and this one at once if it has no files and nothing is before it.
    mutating func add(files: [BatchWriter.Staged]) -> [Done] {
        waiting.append(Waiting(batch: nextBatch, files: files))
        nextBatch += 1
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
        inFlight = Group(members: group.map { Member(batch: $0.batch, files: $0.files.count) }, commit: BackgroundCommit(files))
        return []
    }

    /// Waits for a group's commit and splits its errors among its batches.
    private static func finish(_ group: Group) -> [Done] {
        var errors = group.commit.wait()[...]
        return group.members.map { member in
            defer { errors = errors.dropFirst(member.files) }
            return (member.batch, Array(errors.prefix(member.files)))
        }
    }
}
