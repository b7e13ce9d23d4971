import Dispatch
import Foundation

/// Applies a transform to elements submitted one at a time, on threads of its own, and hands
/// the results back in the order the elements went in.
///
/// Unlike a map over one batch (``OrderedParallelMap``), the threads do not stop at the end
/// of a batch: the caller submits the next batch's elements before it takes this batch's
/// results, so a thread that finishes early goes on with them while the other ends a long
/// document, and while the caller reports and commits. With one job there are no threads:
/// ``next(_:)`` transforms the oldest elements itself, on the caller's thread.
///
/// Call ``stop()`` once done (or when giving up); the threads end only then.
final class OrderedWorkers<Element: Sendable, Result: Sendable>: @unchecked Sendable {
    // Safe because every stored property but the three constants is read and written only
    // with `condition` locked.
    /// Where idle threads wait for an element; each submitted element wakes one of them.
    private let condition = NSCondition()
    /// Where the caller waits, for ``next(_:)``'s results or ``stop()``'s last thread: apart
    /// from the threads, so that waking one never wakes the others.
    private let callerWakes = DispatchSemaphore(value: 0)
    private let transform: @Sendable (Element) -> Result
    /// Elements submitted and not yet taken by a thread, from `head` on.
    private var pending: [Element?] = []
    private var head = 0
    /// The sequence number of the next element a thread takes, and of the next result handed back.
    private var taken = 0
    private var delivered = 0
    private var submitted = 0
    /// Results not yet handed back, by sequence number.
    private var results: [Int: Result] = [:]
    private var isStopping = false
    private var running: Int
    /// How many threads wait for an element, and which result the caller waits for: threads
    /// and the caller are woken only when they wait (each wake-up is a context switch), and
    /// the caller once for many results.
    private var idle = 0
    private var awaited: Int?

    /// The most threads workers start, however many jobs are asked for: more would only wait
    /// for the disk or each other.
    static var maximumThreads: Int { 256 }

    /// Workers that run `transform` on `jobs` threads (none when `jobs` is 1), at most
    /// ``maximumThreads``.
    init(jobs: Int, transform: @escaping @Sendable (Element) -> Result) {
        self.transform = transform
        running = jobs > 1 ? min(jobs, Self.maximumThreads) : 0
        for _ in 0..<running {
            Thread { [self] in work() }.start()
        }
    }

    /// Queues `elements`, to be transformed in order, after every element submitted before them
    /// has been taken.
    func submit(_ elements: [Element]) {
        guard !elements.isEmpty else { return }
        condition.lock()
        pending.append(contentsOf: elements.lazy.map(Optional.some))
        submitted += elements.count
        let wakes = min(idle, elements.count)
        condition.unlock()
        // Woken with the lock free: a thread woken while it is held would block on it at once.
        for _ in 0..<wakes { condition.signal() }
    }

    /// The results of the `count` oldest elements not handed back yet, in order, once they
    /// are all done. `count` is at most the number of elements submitted and not handed back yet.
    func next(_ count: Int) -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        precondition(count <= submitted - delivered, "OrderedWorkers.next(_:) asked for more results than elements outstanding")
        var done: [Result] = []
        done.reserveCapacity(count)
        if running == 0 {
            // No threads: transform the oldest elements here, unlocked.
            while done.count < count, let element = take() {
                condition.unlock()
                let result = transform(element)
                condition.lock()
                done.append(result)
                delivered += 1
            }
            return done
        }
        let last = delivered + count - 1
        while done.count < count {
            if let result = results.removeValue(forKey: delivered) {
                done.append(result)
                delivered += 1
                continue
            }
            // Woken once by the last result wanted, and again only if one before it is late.
            awaited = results[last] == nil ? last : delivered
            condition.unlock()
            callerWakes.wait()
            condition.lock()
        }
        return done
    }

    /// Stops the threads: the elements no thread has taken are dropped, those being
    /// transformed are finished, and the results not handed back are returned (for the caller
    /// to release what they hold), in order.
    func stop() -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        isStopping = true
        pending.removeAll()
        head = 0
        condition.broadcast()
        if running > 0 {
            condition.unlock()
            callerWakes.wait()  // the last thread to end signals
            condition.lock()
        }
        let left = results.sorted { $0.key < $1.key }.map(\.value)
        results.removeAll()
        return left
    }

    /// A thread's loop: takes the oldest pending element, transforms it unlocked, files its result.
    private func work() {
        condition.lock()
        while !isStopping {
            let sequence = taken
            guard let element = take() else {
                idle += 1
                condition.wait()
                idle -= 1
                continue
            }
            condition.unlock()
            let result = transform(element)
            condition.lock()
            results[sequence] = result
            if sequence == awaited {
                awaited = nil
                // Woken with the lock free, as in submit(_:).
                condition.unlock()
                callerWakes.signal()
                condition.lock()
            }
        }
        running -= 1
        let isLast = running == 0
        condition.unlock()
        if isLast { callerWakes.signal() }
    }

    /// The oldest pending element, taken out of the queue; `nil` when there is none. Call it
    /// with `condition` locked.
    private func take() -> Element? {
        guard head < pending.count, let element = pending[head] else { return nil }
        pending[head] = nil
        head += 1
        taken += 1
        if head >= 64, head * 2 >= pending.count {
            pending.removeFirst(head)
            head = 0
        }
        return element
    }
}
