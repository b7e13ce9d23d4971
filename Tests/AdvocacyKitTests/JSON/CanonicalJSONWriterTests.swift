import Foundation
import PropertyBased
import Testing

@testable import AdvocacyKit

/// `CanonicalJSONWriter` must write exactly what `JSONEncoder` writes with the package's
/// options: it replaced `JSONEncoder` for speed, not for a new format.
@Suite struct CanonicalJSONWriterTests {
    private func encoder(_ format: Dossier.JSONFormat) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            format == .pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func foundation(_ dossier: Dossier, _ format: Dossier.JSONFormat) throws -> String {
        let data = try encoder(format).encode(dossier)
        return String(decoding: data, as: UTF8.self) + (format == .pretty ? "\n" : "")
    }

    private func written(_ dossier: Dossier, _ format: Dossier.JSONFormat) -> String {
        String(decoding: dossier.jsonBytes(format: format), as: UTF8.self)
    }

    @Test("generated dossiers: the same bytes as JSONEncoder, compact and pretty")
    func generatedDossiersMatchJSONEncoder() async {
        await propertyCheck(count: 300, input: generatedDossiers) { generated in
            for format in [Dossier.JSONFormat.compact, .pretty] {
                let expected = try foundation(generated.dossier, format)
                #expect(written(generated.dossier, format) == expected)
            }
        }
    }

    @Test("the reviewed seed dossier: the same bytes as JSONEncoder and as the fixture")
    func seedDossierMatchesJSONEncoderAndFixture() throws {
        let fixture = try Fixtures.data("seed.dossier.json")
        let dossier = try Dossier(json: fixture)
        #expect(written(dossier, .pretty) == String(decoding: fixture, as: UTF8.self))
        #expect(written(dossier, .compact) == (try foundation(dossier, .compact)))
    }

    /// Strings of any scalars, one in three from ASCII (where the C0 controls, `"` and `\\`
    /// are), surrogate code points replaced by U+FFFD.
    private static let awkwardStrings = Gen<UInt32>.value(in: 0...0x10FFFF)
        .map { $0 % 3 == 0 ? Unicode.Scalar(UInt8($0 & 0x7F)) : Unicode.Scalar($0) ?? "\u{FFFD}" }
        .array(of: 0...40)
        .map { String(String.UnicodeScalarView($0)) }

    @Test("strings are escaped as JSONEncoder escapes them")
    func stringsAreEscapedLikeJSONEncoder() async {
        await propertyCheck(count: 500, input: Self.awkwardStrings) { text in
            var writer = CanonicalJSONWriter(format: .compact)
            [text].writeJSON(to: &writer)
            let expected = try encoder(.compact).encode([text])
            #expect(writer.finish() == Array(expected))
        }
    }

    @Test("a character that needs an escape is found at every offset of the 8-byte words scanned")
    func escapesAtEveryOffset() throws {
        for filler in ["a", "é", "中"] {
            for offset in 0..<24 {
                for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", "/"] {
                    let text = String(repeating: filler, count: offset) + special + String(repeating: filler, count: 9)
                    var writer = CanonicalJSONWriter(format: .compact)
                    [text].writeJSON(to: &writer)
                    #expect(writer.finish() == Array(try encoder(.compact).encode([text])), "\(filler) × \(offset)")
                }
            }
        }
    }

    @Test("integers, including the extremes", arguments: [0, 1, -1, 9, 10, 4_096, -70_000, Int.max, Int.min])
    func integers(_ value: Int) throws {
        var writer = CanonicalJSONWriter(format: .compact)
        [value].writeJSON(to: &writer)
        #expect(writer.finish() == Array(try encoder(.compact).encode([value])))
    }

    @Test("empty lists and objects keep JSONEncoder's pretty layout")
    func emptyContainersInPrettyLayout() throws {
        var writer = CanonicalJSONWriter(format: .pretty)
        [[String]](arrayLiteral: [], []).writeJSON(to: &writer)
        #expect(writer.finish() == Array(try encoder(.pretty).encode([[String]](arrayLiteral: [], []))))
    }
}
