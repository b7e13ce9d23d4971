import Foundation
import PropertyBased
import Testing

@testable import AdvocacyKit

/// Random byte strings of 0...1,000 bytes: up to about sixteen blocks, so that every
/// length of tail and both one- and two-block paddings occur.
private let byteStrings = Generator<[UInt8], Shrink.None<[UInt8]>> { rng in
    let length = Int.random(in: 0...1_000, using: &rng)
    return (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
}

/// The digest both ways, as one value when the two agree.
private func bothWays(_ bytes: [UInt8]) -> String? {
    let hardware = SHA256.hex(of: bytes, useHardware: true)
    let swift = SHA256.hex(of: bytes, useHardware: false)
    return hardware == swift ? hardware : nil
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("the NIST example messages give their published digests, with either compression")
    func nistVectors() {
        let vectors: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ]
        for (message, digest) in vectors {
            #expect(SHA256.hex(of: Array(message.utf8)) == digest)
            #expect(bothWays(Array(message.utf8)) == digest)
        }
    }

    @Test("one million 'a' give the published digest, with either compression")
    func millionA() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: message) == digest)
        #expect(bothWays(message) == digest)
    }

    @Test("hashing a collection that is not contiguous gives the digest of its bytes")
    func nonContiguous() {
        let bytes = (0..<200).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(SHA256.hex(of: bytes) == SHA256.hex(of: Array(bytes)))
        #expect(SHA256.hex(of: "abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("every length from 0 to 300, across the block and padding boundaries, hashes the same both ways")
    func lengthsAroundBlocks() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) }
        var digests: Set<String> = []
        for length in 0...300 {
            let digest = bothWays(Array(bytes[..<length]))
            #expect(digest != nil, "length \(length)")
            if let digest { digests.insert(digest) }
        }
        // No two prefixes collide, as they would if the length were dropped from the padding.
        #expect(digests.count == 301)
    }

    @Test("the SHA extensions and the Swift rounds agree on random byte strings")
    func hardwareAgreesWithSwift() async {
        await propertyCheck(count: 300, input: byteStrings) { bytes in
            #expect(SHA256.hex(of: bytes, useHardware: true) == SHA256.hex(of: bytes, useHardware: false))
        }
    }

    @Test("on x86 with the SHA extensions, the hardware path is the one taken")
    func hardwareDetected() throws {
        #if arch(x86_64)
            let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            if let cpuinfo, cpuinfo.contains(" sha_ni") {
                #expect(SHA256.hardwareAvailable)
            }
        #else
            #expect(!SHA256.hardwareAvailable)
        #endif
    }
}
