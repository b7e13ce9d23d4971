import Foundation
import Testing

@testable import AdvocacyKit

/// What a ``Count`` admits, and its JSON form.
@Suite("Count")
struct CountTests {
    @Test func aBareNumberIsExact() {
        #expect(Count(40) == Count(40, .exactly))
        #expect(Count(40).qualifier == .exactly)
        #expect(Count(40).value == 40)
    }

    @Test(arguments: [
        // exactly 40
        (Count(40), 40, true), (Count(40), 39, false), (Count(40), 41, false),
        // more than 60: 60 itself is out
        (Count(60, .moreThan), 60, false), (Count(60, .moreThan), 61, true),
        (Count(60, .moreThan), 59, false), (Count(60, .moreThan), 1_000, true),
        // at least 60: 60 itself is in
        (Count(60, .atLeast), 59, false), (Count(60, .atLeast), 60, true), (Count(60, .atLeast), 61, true),
        // fewer than 10: 10 itself is out
        (Count(10, .fewerThan), 10, false), (Count(10, .fewerThan), 9, true),
        (Count(10, .fewerThan), 0, true), (Count(10, .fewerThan), 11, false),
        // at most 10: 10 itself is in
        (Count(10, .atMost), 10, true), (Count(10, .atMost), 11, false), (Count(10, .atMost), 9, true),
        // about 200: within 20 % (40) either way
        (Count(200, .approximately), 200, true), (Count(200, .approximately), 160, true),
        (Count(200, .approximately), 240, true), (Count(200, .approximately), 159, false),
        (Count(200, .approximately), 241, false),
        // about 12: 20 % is 2.4, so ±2
        (Count(12, .approximately), 10, true), (Count(12, .approximately), 14, true),
        (Count(12, .approximately), 9, false), (Count(12, .approximately), 15, false),
        // about 3: 20 % is under 1, so at least ±1
        (Count(3, .approximately), 2, true), (Count(3, .approximately), 4, true),
        (Count(3, .approximately), 1, false), (Count(3, .approximately), 5, false),
        // about 0: ±1
        (Count(0, .approximately), 1, true), (Count(0, .approximately), -1, true),
        (Count(0, .approximately), 2, false),
    ])
    func admits(_ count: Count, _ n: Int, _ expected: Bool) {
        #expect(count.admits(n) == expected)
    }

    @Test func qualifierNames() {
        #expect(
            Count.Qualifier.allCases.map(\.rawValue)
                == ["exactly", "moreThan", "atLeast", "fewerThan", "atMost", "approximately"])
    }

    static let jsonPairs: [(Count, String)] = [
        (Count(40), #"{"qualifier": "exactly", "value": 40}"#),
        (Count(60, .moreThan), #"{"qualifier": "moreThan", "value": 60}"#),
        (Count(60, .atLeast), #"{"qualifier": "atLeast", "value": 60}"#),
        (Count(10, .fewerThan), #"{"qualifier": "fewerThan", "value": 10}"#),
        (Count(10, .atMost), #"{"qualifier": "atMost", "value": 10}"#),
        (Count(200, .approximately), #"{"qualifier": "approximately", "value": 200}"#),
    ]

    @Test(arguments: jsonPairs)
    func json_encode(_ count: Count, _ json: String) throws {
        assertJSONEquivalent(try encodeJSON(count), json)
    }

    @Test(arguments: jsonPairs)
    func json_decode(_ count: Count, _ json: String) throws {
        #expect(try decodeJSON(Count.self, json) == count)
    }

    @Test func json_exactBytes() throws {
        #expect(String(decoding: try encodeJSON(Count(60, .moreThan)), as: UTF8.self) == #"{"qualifier":"moreThan","value":60}"#)
    }

    @Test(arguments: [
        #"{"qualifier": "roughly", "value": 60}"#,
        #"{"qualifier": "moreThan", "value": "60"}"#,
        #"{"qualifier": "moreThan", "value": 60.5}"#,
        #"{"qualifier": "moreThan"}"#,
        "60",
    ])
    func json_decodeRejects(_ json: String) {
        #expect(throws: DecodingError.self) { try decodeJSON(Count.self, json) }
    }

    @Test func json_decodeWithoutQualifierIsExactly() throws {
        #expect(try decodeJSON(Count.self, #"{"value": 60}"#) == Count(60, .exactly))
    }
}
