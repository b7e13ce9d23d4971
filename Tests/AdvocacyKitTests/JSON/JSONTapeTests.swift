import Foundation
import PropertyBased
import Testing

@testable import AdvocacyKit

/// The tape is a fast path: whatever it reads must come out exactly as `JSONDecoder` reads
/// it, and whatever it refuses goes to `JSONDecoder`, so `Dossier(json:)` behaves as before.
@Suite struct JSONTapeTests {
    private func tapeDecode(_ bytes: [UInt8]) -> Dossier? {
        try? JSONTape(bytes).read(Dossier.init(tape:))
    }

    private func foundationDecode(_ bytes: [UInt8]) -> Result<Dossier, DossierDecodingError> {
        Result { () throws(DossierDecodingError) in
            do {
                return try JSONDecoder().decode(Dossier.self, from: Data(bytes))
            } catch let error as DecodingError {
                throw DossierDecodingError(error)
            } catch {
                throw DossierDecodingError(path: "", message: "\(error)")
            }
        }
    }

    @Test("generated dossiers are read from the tape, compact and pretty, as they were written")
    func generatedDossiersRoundTrip() async {
        await propertyCheck(count: 300, input: generatedDossiers) { generated in
            for format in [Dossier.JSONFormat.compact, .pretty] {
                let bytes = generated.dossier.jsonBytes(format: format)
                #expect(tapeDecode(bytes) == generated.dossier)
            }
        }
    }

    /// A generated dossier's JSON with an unknown key added to one of its objects, at random.
    private static let textsWithAnUnknownKey = Generator<[UInt8], Shrink.None<[UInt8]>> { rng in
        let bytes = generatedDossiers.run(using: &rng).dossier.jsonBytes(format: .compact)
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes), options: .mutableContainers) else { return bytes }
        var objects: [NSMutableDictionary] = []
        func collect(_ value: Any) {
            if let object = value as? NSMutableDictionary {
                objects.append(object)
                object.allValues.forEach(collect)
            } else if let array = value as? NSArray {
                array.forEach(collect)
            }
        }
        collect(root)
        objects[Int.random(in: 0..<objects.count, using: &rng)]["unknownKey"] = 1
        return Array((try? JSONSerialization.data(withJSONObject: root)) ?? Data(bytes))
    }

    @Test("an unknown key in any object is refused by the tape, and reported by JSONDecoder")
    func unknownKeysAnywhere() async {
        await propertyCheck(count: 200, input: Self.textsWithAnUnknownKey) { bytes in
            #expect(tapeDecode(bytes) == nil)
            let decoded = Result { () throws(DossierDecodingError) in try Dossier(json: Data(bytes)) }
            guard case .failure(let error) = decoded else {
                Issue.record("a dossier with an unknown key decoded")
                return
            }
            #expect(error.message.hasPrefix("unknown key 'unknownKey'"), "\(error)")
        }
    }

    /// A generated dossier's JSON with one random edit: a byte removed, replaced by one that
    /// matters to JSON, or a stretch repeated.
    private static let editedTexts = Generator<[UInt8], Shrink.None<[UInt8]>> { rng in
        var bytes = generatedDossiers.run(using: &rng).dossier.jsonBytes(format: .compact)
        let position = Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0...2, using: &rng) {
        case 0:
            bytes.remove(at: position)
        case 1:
            let replacements = Array("{}[]\",:-0159.eE\\u /ntfx\u{0}\u{1F}é".utf8)
            bytes[position] = replacements[Int.random(in: 0..<replacements.count, using: &rng)]
        default:
            let end = min(bytes.count, position + Int.random(in: 1...40, using: &rng))
            bytes.insert(contentsOf: bytes[position..<end], at: position)
        }
        return bytes
    }

    @Test("an edited text decodes from the tape only when JSONDecoder gives the same dossier")
    func editedTextsAgreeWithJSONDecoder() async {
        await propertyCheck(count: 1_000, input: Self.editedTexts) { bytes in
            let foundation = foundationDecode(bytes)
            if let fast = tapeDecode(bytes) {
                #expect((try? foundation.get()) == fast)
            }
            // And Dossier(json:) as a whole answers as JSONDecoder alone did, errors included,
            // but for the problems of the text itself: those it locates (line and column), and
            // a key given twice or a trailing comma, which JSONDecoder lets pass, is an error.
            let combined = Result { () throws(DossierDecodingError) in try Dossier(json: Data(bytes)) }
            if let problem = JSONSyntaxCheck.firstProblem(in: bytes) {
                #expect(combined == .failure(DossierDecodingError(problem)))
                if case .success = foundation {
                    #expect(problem.message.contains("appears twice") || problem.message.contains("is not allowed in JSON"))
                }
            } else {
                #expect(combined == foundation)
                if case .failure(let error) = foundation {
                    #expect(!error.message.hasPrefix("the data is not valid JSON"), "a syntax error the check missed")
                }
            }
        }
    }

    @Test(
        "texts the tape refuses, for JSONDecoder to read or explain",
        arguments: [
            #"{"a": 1.5}"#, #"{"a": 1e3}"#, #"{"a": 1, "a": 2}"#, #"{"\u0061": 1}"#, #"{"é": 1}"#,
            #"["\ud800"]"#, #"["\udc00x"]"#, "\u{FEFF}[]", #"[01]"#, #"[1,]"#, #"{"a" 1}"#, #"["a"#,
            #"[tru]"#, "[\"\u{1}\"]",
            String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
        ])
    func refusals(_ text: String) {
        #expect(throws: JSONTape.Refusal.self) { try JSONTape(Array(text.utf8)) }
    }

    @Test(
        "string escapes",
        arguments: [
            (#""plain""#, "plain"), (#""\u00e9\u00E9""#, "éé"), (#""\ud83d\ude00""#, "😀"), (#""\/\\\"""#, "/\\\""),
            (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"), (#""a\u0000b""#, "a\u{0}b"), ("\"e\u{301}\"", "e\u{301}"),
        ])
    func stringEscapes(_ json: String, _ expected: String) throws {
        let tape = try JSONTape(Array(json.utf8))
        #expect(try tape.read(String.init(tape:)) == expected)
    }

    @Test("an entry takes 20 bytes, so the tape stays about twice the size of its text")
    func entrySize() throws {
        #expect(MemoryLayout<JSONTape.Entry>.stride == 20)
        let dossier = try Dossier(json: try Fixtures.data("seed.dossier.json"))
        let bytes = dossier.jsonBytes(format: .compact)
        let tape = try JSONTape(bytes)
        #expect(tape.entries.count * MemoryLayout<JSONTape.Entry>.stride < 3 * bytes.count)
    }

    @Test("integers at the edges of Int")
    func integers() throws {
        for value in [0, -1, 7, Int.max, Int.min] {
            #expect(try JSONTape(Array(String(value).utf8)).read(Int.init(tape:)) == value)
        }
        #expect(throws: JSONTape.Refusal.self) { try JSONTape(Array("9223372036854775808".utf8)).read(Int.init(tape:)) }
    }

    @Test("the explicit reference form and unknown ids go to JSONDecoder, which reads or explains them")
    func referencesOutsideTheIndex() throws {
        let dossier = try Dossier(json: try Fixtures.data("seed.dossier.json"))
        var json = String(decoding: dossier.jsonBytes(format: .compact), as: UTF8.self)
        let author = try #require(dossier.opinions.first?.author)
        json = json.replacingOccurrences(
            of: #""author":"\#(author.id)""#, with: #""author":{"id":"\#(author.id)","type":"\#(author.kind.rawValue)"}"#)
        #expect(tapeDecode(Array(json.utf8)) == nil)
        #expect(try Dossier(json: Data(json.utf8)) == dossier)
    }
}

/// The bundled gazetteers and lexicon are read through the tape at every start; they must
/// come out as `JSONDecoder` reads them, and edited copies must fall back to it.
@Suite struct KnowledgeTapeTests {
    private static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/AdvocacyKit/Resources")

    private static func resource(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: resources.appendingPathComponent(path)))
    }

    @Test("each bundled gazetteer reads the same through the tape", arguments: Gazetteer.bundledFiles)
    func bundledGazetteer(_ name: String) throws {
        let bytes = try Self.resource("Gazetteer/\(name).json")
        let expected = try JSONDecoder().decode(Gazetteer.self, from: Data(bytes))
        #expect(try JSONTape(bytes).read(Gazetteer.init(tape:)) == expected)
    }

    @Test("the bundled lexicon reads the same through the tape")
    func bundledLexicon() throws {
        let bytes = try Self.resource("Lexicon/en.json")
        let expected = try JSONDecoder().decode(Lexicon.self, from: Data(bytes))
        #expect(try JSONTape(bytes).read(Lexicon.init(tape:)) == expected)
    }

    /// A slice of a bundled gazetteer with one random edit, as for dossiers.
    private static let editedGazetteers = Generator<[UInt8], Shrink.None<[UInt8]>> { rng in
        let whole = (try? resource("Gazetteer/eu.json")) ?? []
        let gazetteer = (try? JSONDecoder().decode(Gazetteer.self, from: Data(whole))) ?? Gazetteer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let start = Int.random(in: 0..<max(1, gazetteer.entries.count - 3), using: &rng)
        let small = Gazetteer(entries: Array(gazetteer.entries.dropFirst(start).prefix(3)), roles: Array(gazetteer.roles.prefix(2)))
        var bytes = Array((try? encoder.encode(small)) ?? Data())
        let position = Int.random(in: 0..<bytes.count, using: &rng)
        let replacements = Array("{}[]\",:-015 \\u/xé".utf8)
        switch Int.random(in: 0...2, using: &rng) {
        case 0: bytes.remove(at: position)
        case 1: bytes[position] = replacements[Int.random(in: 0..<replacements.count, using: &rng)]
        default:
            let end = min(bytes.count, position + Int.random(in: 1...30, using: &rng))
            bytes.insert(contentsOf: bytes[position..<end], at: position)
        }
        return bytes
    }

    @Test("an edited gazetteer reads from the tape only when JSONDecoder gives the same")
    func editedGazetteersAgreeWithJSONDecoder() async {
        await propertyCheck(count: 500, input: Self.editedGazetteers) { bytes in
            let foundation = Result { try JSONDecoder().decode(Gazetteer.self, from: Data(bytes)) }
            if let fast = Gazetteer.fromTape(bytes) {
                #expect((try? foundation.get()) == fast)
            }
            // And Gazetteer(json:) as a whole answers as JSONDecoder alone did (followed by
            // the checks of its entries), errors included.
            let combined = Result { try Gazetteer(json: Data(bytes), file: nil) }
            let expected = foundation.mapError { error -> any Error in
                (error as? DecodingError).map { GazetteerError($0, file: nil) } ?? error
            }.flatMap { gazetteer in
                Result { () throws(GazetteerError) -> Gazetteer in
                    try gazetteer.checkEntries(file: nil)
                    return gazetteer
                }.mapError { $0 as any Error }
            }
            #expect("\(combined)" == "\(expected)")
        }
    }
}

/// The records of `advocacy convert`'s JSON Lines streams, read through the tape.
@Suite struct TextRecordTests {
    @Test(
        "records read through the tape as JSONDecoder reads them, or are left to it",
        arguments: [
            #"{"id": "a", "text": "Hello\nworld"}"#, #"{"id": "b", "html": "<p>x</p>"}"#,
            #"{"text": "t", "html": "<p>h</p>", "id": "c"}"#, #"{"id": "d", "html": null, "text": "t"}"#,
            #"{"id": "e", "text": "t", "source": {"url": "https://example.org"}}"#, #"{"id": 5, "text": "t"}"#,
            #"{"id": "f"}"#, #"["id", "text"]"#, #"{"id": "g", "text": "caf\u00e9 \ud83d\ude00"}"#, #"{"id": "h", "text": 1.5}"#,
            #"{"id": "i", "text": "t", "text": "u"}"#,
        ])
    func recordsAgreeWithJSONDecoder(_ line: String) {
        let data = Data(line.utf8)
        let decoded = try? JSONDecoder().decode(TextRecord.self, from: data)
        if let fast = TextRecord.fromTape(data) {
            #expect(fast == decoded)
        }
        #expect((try? TextRecord(jsonLine: data)) == decoded)
    }

    @Test("a record's fields")
    func fields() throws {
        let html = try TextRecord(jsonLine: Data(#"{"text": "t", "html": "<p>h</p>", "id": "c"}"#.utf8))
        #expect((html.id, html.content, html.isHTML) == ("c", "<p>h</p>", true))
        let text = try TextRecord(jsonLine: Data(#"{"id": "d", "html": null, "text": "t"}"#.utf8))
        #expect((text.id, text.content, text.isHTML) == ("d", "t", false))
        #expect(throws: (any Error).self) { try TextRecord(jsonLine: Data(#"{"id": "f"}"#.utf8)) }
    }
}
