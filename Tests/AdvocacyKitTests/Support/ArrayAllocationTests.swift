import Testing

@testable import AdvocacyKit

/// The array initialisers of `ArrayAllocation.swift` build what the standard library's do.
@Suite("Array allocation")
struct ArrayAllocationTests {
    @Test(arguments: [0, 1, 7, 1_000])
    func copiesEqualsRepeating(_ count: Int) {
        #expect([UInt64](copies: 42, count: count) == [UInt64](repeating: 42, count: count))
        #expect([String?](copies: nil, count: count) == [String?](repeating: nil, count: count))
        #expect([[Int]](copies: [1, 2], count: count) == [[Int]](repeating: [1, 2], count: count))
    }

    @Test(arguments: [0, 1, 16, 5_000])
    func writingKeepsWhatTheBodyWrote(_ capacity: Int) {
        let written = [UInt32](writingAtMost: capacity) { storage in
            let count = capacity / 2 + capacity % 2
            for index in 0..<count { storage[index] = UInt32(index * 3) }
            return count
        }
        #expect(written == (0..<(capacity / 2 + capacity % 2)).map { UInt32($0 * 3) })
    }
}
