import Foundation
import Synchronization
import Testing

@testable import advocacy

/// The worker threads of `convert`, driven directly: results come back in the order the
/// elements went in, however long each takes, and stopping finishes what was started.
@Suite("Command line: ordered workers")
struct OrderedWorkersTests {
    @Test("results come back in submission order, submitted ahead of being taken", arguments: [1, 2, 5])
    func order(jobs: Int) {
        let workers = OrderedWorkers<Int, Int>(jobs: jobs) { value in
            // Uneven work, so that later elements often finish first.
            if value % 3 == 0 { usleep(UInt32(200 + value % 7 * 100)) }
            return value * value
        }
        var taken: [Int] = []
        var next = 0
        while taken.count < 500 {
            // Up to 40 ahead of the oldest result not taken, in uneven steps.
            let ahead = min(500, taken.count + 40)
            workers.submit(Array(next..<ahead))
            next = ahead
            taken += workers.next(min(7, next - taken.count))
        }
        #expect(taken == (0..<500).map { $0 * $0 })
        #expect(workers.stop().isEmpty)
    }

    @Test("one job transforms on the caller's thread, when the result is taken")
    func oneJobIsInline() {
        let calls = Mutex(0)
        let workers = OrderedWorkers<Int, Int>(jobs: 1) { value in
            calls.withLock { $0 += 1 }
            return value + 1
        }
        workers.submit([0, 1, 2])
        #expect(calls.withLock { $0 } == 0)
        #expect(workers.next(1) == [1])
        #expect(calls.withLock { $0 } == 1)
        // Stopping drops what no one transformed.
        #expect(workers.stop().isEmpty)
    }

    @Test("stopping drops the elements not started and returns the results not taken, in order")
    func stop() {
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let workers = OrderedWorkers<Int, Int>(jobs: 2) { value in
            started.signal()
            if value < 2 { release.wait() }
            return value
        }
        workers.submit(Array(0..<100))
        // Both threads hold an element (0 and 1) until released, which is after stop() began.
        started.wait()
        started.wait()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) {
            release.signal()
            release.signal()
        }
        let left = workers.stop()
        // What was being transformed is finished, and the rest is dropped.
        #expect(left.count >= 2 && left.count < 100)
        #expect(left == Array(0..<left.count))
    }
}
