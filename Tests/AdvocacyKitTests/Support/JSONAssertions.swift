import Foundation
import Testing

@testable import AdvocacyKit

/// Helpers for comparing JSON produced by the model with JSON written out in a test.

/// Why a JSON helper could not do its work.
struct JSONAssertionFailure: Error, CustomStringConvertible {
    var description: String
}

/// The JSON text in a canonical form: parsed with `JSONSerialization`, then written back
/// with sorted keys, no insignificant whitespace and unescaped slashes, so that two texts
/// holding the same value give the same string whatever their key order and layout.
func canonicalJSON(_ data: Data) throws -> String {
    let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    let canonical = try JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
    guard let text = String(data: canonical, encoding: .utf8) else {
        throw JSONAssertionFailure(description: "canonical JSON is not UTF-8")
    }
    return text
}

/// Records an issue unless `data` and the JSON text `literal` hold the same JSON value.
///
/// Key order and whitespace do not matter; every key, value and list order does.
func assertJSONEquivalent(
    _ data: Data, _ literal: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual: String
    let expected: String
    do {
        actual = try canonicalJSON(data)
    } catch {
        let text = String(decoding: data, as: UTF8.self)
        Issue.record("the encoded data is not JSON (\(error)): \(text)", sourceLocation: sourceLocation)
        return
    }
    do {
        expected = try canonicalJSON(Data(literal.utf8))
    } catch {
        Issue.record("the expected literal is not JSON (\(error)): \(literal)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// Encodes a value the way the package writes JSON (sorted keys, unescaped slashes).
func encodeJSON<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
}

/// The kinds of the ids the model tests refer to, standing in for the dossier that would
/// resolve bare-id references when an entity is decoded on its own.
let testReferenceIndex: [String: DossierReferenceKind] = [
    "anna-example": .person, "spokesperson": .person, "council": .organisation, "ec": .organisation,
    "ecpat": .organisation, "eclag": .coalition, "imco": .committee, "libe": .committee,
    "csar": .proposal, "csar-proposal": .proposal, "p": .proposal, "imco-draft-opinion": .opinion,
]

/// Decodes a value from a JSON text, resolving bare-id references through
/// ``testReferenceIndex`` as a dossier would.
func decodeJSON<Value: Decodable>(_ type: Value.Type, _ literal: String) throws -> Value {
    try DossierReferenceKind.$decodingIndex.withValue(testReferenceIndex) {
        try JSONDecoder().decode(type, from: Data(literal.utf8))
    }
}

/// The error `Dossier(json:)` throws for a JSON text, or `nil` when it decodes.
func dossierDecodingError(_ literal: String) -> DossierDecodingError? {
    do {
        _ = try Dossier(json: Data(literal.utf8))
        return nil
    } catch {
        return error
    }
}
