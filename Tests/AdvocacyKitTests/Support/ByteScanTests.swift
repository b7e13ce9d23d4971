import PropertyBased
import Testing

@testable import AdvocacyKit

/// A buffer of 0...100 bytes drawn mostly from the bytes the scans look for and their
/// neighbours (so that hits, near misses and runs without either all occur), a start offset
/// in it, and the set to look for.
private struct ScanCase: Sendable, CustomStringConvertible {
    var bytes: [UInt8]
    var start: Int
    var below: UInt8
    var nonASCII: Bool
    var set: [UInt8]

    var description: String {
        "bytes \(bytes), from \(start), below \(below), \(nonASCII ? "non-ASCII, " : "")any of \(set)"
    }

    var scan: ByteScan {
        ByteScan(
            below: below, nonASCII: nonASCII, set[0], set.count > 1 ? set[1] : nil, set.count > 2 ? set[2] : nil,
            set.count > 3 ? set[3] : nil)
    }

    /// The answer one byte at a time.
    var expected: Int {
        bytes.indices.dropFirst(start).first { bytes[$0] < below || (nonASCII && bytes[$0] >= 0x80) || set.contains(bytes[$0]) }
            ?? bytes.count
    }
}

private let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x61, 0x7F, 0x80, 0xBF, 0xEF, 0xFF]

private let scanCases = Generator<ScanCase, Shrink.None<ScanCase>> { rng in
    let length = Int.random(in: 0...100, using: &rng)
    // Half the buffers are mostly one harmless byte, so that long runs without a hit occur.
    let sparse = Bool.random(using: &rng)
    let bytes = (0..<length).map { _ in
        sparse && Int.random(in: 0..<20, using: &rng) > 0 ? 0x61 : alphabet.randomElement(using: &rng) ?? 0
    }
    let set = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? 0 }
    let below: UInt8 = [0, 0, 0x0A, 0x20, 0x80, 0xFF].randomElement(using: &rng) ?? 0
    return ScanCase(
        bytes: bytes, start: Int.random(in: 0...length + 1, using: &rng), below: below, nonASCII: Bool.random(using: &rng),
        set: set)
}

@Suite("ByteScan")
struct ByteScanTests {
    @Test("finds the first byte below the limit or in the set, as a byte-by-byte scan does")
    func agreesWithByteByByte() async {
        await propertyCheck(count: 2_000, input: scanCases) { scanCase in
            let found = scanCase.bytes.withUnsafeBufferPointer { scanCase.scan.firstIndex(in: $0, from: scanCase.start) }
            #expect(found == scanCase.expected, "\(scanCase)")
        }
    }

    @Test("a hit at every offset of a long buffer is found there, past the vector blocks and in the tail")
    func everyOffset() {
        for length in [1, 15, 16, 17, 31, 32, 33, 100] {
            for offset in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[offset] = 0x3C
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(ByteScan(0x26, 0x3C).firstIndex(in: buffer) == offset, "length \(length), offset \(offset)")
                    #expect(ByteScan(below: 0x3D).firstIndex(in: buffer) == offset)
                    #expect(ByteScan(0x26).firstIndex(in: buffer) == length)
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan(below: 0x20).firstIndex(in: $0) } == 0)
    }

    @Test("counts the scalars of any string as its unicodeScalars view does, in the vector blocks and the tail")
    func scalarCount() async {
        // Scalars of one to four UTF-8 bytes, so that sequences straddle the 16-byte blocks.
        let scalars: [Unicode.Scalar] = ["a", " ", "\u{7F}", "é", "\u{7FF}", "’", "\u{FFFD}", "\u{10000}", "😀"]
        let strings = Generator<String, Shrink.None<String>> { rng in
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...80, using: &rng) { view.append(scalars.randomElement(using: &rng) ?? "a") }
            return String(view)
        }
        await propertyCheck(count: 1_000, input: strings) { string in
            #expect(string.scalarCount == string.unicodeScalars.count, "\(Array(string.utf8))")
        }
    }
}
