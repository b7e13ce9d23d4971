import Foundation
import Testing

@testable import AdvocacyKit

/// The errors `Dossier(json:)` throws: the JSON path of the problem and what was expected.
@Suite("DossierDecodingError")
struct DossierDecodingErrorTests {
    /// A valid document object to build broken dossiers around.
    static let document = #"{"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": "T"}"#

    /// A dossier text with the given extra top-level members.
    static func dossier(_ members: String) -> String {
        #"{"schemaVersion": 1, "document": \#(document), \#(members)}"#
    }

    /// The error for a JSON text, failing the test when the text decodes.
    func error(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> DossierDecodingError {
        try #require(dossierDecodingError(json), "the JSON decoded", sourceLocation: sourceLocation)
    }

    @Test(
        "an unknown key is an error naming its path and the keys there are, at any depth",
        arguments: [
            (#""organization": []"#, "organization"),
            (#""organisations": [{"id": "o", "name": "O", "kind": "ngo", "mentions": [], "wesbite": "x"}]"#, "organisations[0].wesbite"),
            (#""organisations": [{"id": "o", "name": "O", "kind": "ngo", "mentions": [{"paragraph": 0, "start": 0, "end": 1, "lenght": 1}]}]"#,
             "organisations[0].mentions[0].lenght"),
        ])
    func unknownKeys(members: String, path: String) throws {
        let error = try error(Self.dossier(members))
        #expect(error.path == path)
        #expect(error.message.hasPrefix("unknown key '\(path.split(separator: ".").last.map { String($0.split(separator: "[")[0]) } ?? "")'; the keys are "))
    }

    @Test func baseDossierDecodes() {
        #expect(dossierDecodingError(Self.dossier(#""people": []"#)) == nil)
    }

    // MARK: - Values that are not what was expected

    @Test func wrongDateInAProposal() throws {
        let error = try error(Self.dossier(#""proposals": [{"id": "p", "title": "P", "date": "May 2022"}]"#))
        #expect(error.path == "proposals[0].date")
        #expect(error.message == "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'May 2022'")
        #expect(error.description == "proposals[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'May 2022'")
    }

    @Test func impossibleDateDeepInADocument() throws {
        let error = try error(
            #"{"schemaVersion": 1, "document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": "T", "published": "2023-02-29"}}"#
        )
        #expect(error.description == "document.published: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '2023-02-29'")
    }

    @Test func badPartyType() throws {
        let error = try error(
            #"{"schemaVersion": 1, "document": {"id": "s", "issuers": [{"id": "x", "type": "planet"}], "jurisdiction": "eu", "kind": "pressRelease", "title": "T"}}"#
        )
        #expect(error.path == "document.issuers[0].type")
        #expect(error.path.hasSuffix(".type"))
        #expect(error.message == "expected one of organisation, committee, coalition, coalitionBody, person, found 'planet'")
        #expect(error.description == "document.issuers[0].type: expected one of organisation, committee, coalition, coalitionBody, person, found 'planet'")
    }

    @Test func badPartyTypeInAStance() throws {
        let error = try error(
            Self.dossier(
                #""stances": [{"holder": {"id": "x", "type": "planet"}, "id": "st", "position": "supports", "subject": {"id": "p", "type": "proposal"}}]"#
            ))
        #expect(error.path == "stances[0].holder.type")
    }

    @Test func badSubjectType() throws {
        let error = try error(Self.dossier(#""demands": [{"action": "a", "id": "d", "subject": {"id": "x", "type": "committee"}}]"#))
        #expect(error.description == "demands[0].subject.type: expected one of proposal, opinion, found 'committee'")
    }

    @Test func separatorsThatDoNotMatchTheParagraphs() throws {
        let error = try error(
            #"{"schemaVersion": 1, "document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": "T", "source": {"paragraphs": [{"role": "title", "text": "A"}, {"role": "body", "text": "B"}], "separators": []}}}"#
        )
        #expect(error.path == "document.source.separators")
        #expect(error.message == "expected one separator fewer than the 2 paragraphs, found 0")
    }

    @Test func unknownEnumValueNamesThePath() throws {
        let error = try error(Self.dossier(#""coalitions": [{"id": "c", "kind": "alliance", "name": "C"}]"#))
        #expect(error.path == "coalitions[0].kind")
        #expect(error.message.contains("alliance"))
    }

    // MARK: - Missing keys and nulls

    @Test func missingRequiredKey() throws {
        let error = try error(Self.dossier(#""organisations": [{"id": "a", "name": "A"}, {"id": "b"}]"#))
        #expect(error.path == "organisations[1].name")
        #expect(error.message == "required key 'name' is missing; add it")
        #expect(error.description == "organisations[1].name: required key 'name' is missing; add it")
    }

    @Test(arguments: [
        (#"{"document": \#(document)}"#, "schemaVersion"),
        (#"{"schemaVersion": 1}"#, "document"),
        (#"{"schemaVersion": 1, "document": {"id": "s", "kind": "pressRelease", "title": "T"}}"#, "document.jurisdiction"),
        (dossier(#""stances": [{"holder": {"id": "x"}, "id": "st", "position": "mixed", "subject": {"id": "p", "type": "proposal"}}]"#), "stances[0].holder.type"),
        (dossier(#""coalitions": [{"id": "c", "name": "C", "sizeClaims": [{"count": {"qualifier": "atLeast"}}]}]"#), "coalitions[0].sizeClaims[0].count.value"),
        (dossier(#""quotes": [{"id": "q", "segments": [{"span": {"paragraph": 0, "start": 1}, "text": "x"}]}]"#), "quotes[0].segments[0].span.end"),
    ])
    func missingKeyPaths(_ json: String, _ path: String) throws {
        let error = try error(json)
        #expect(error.path == path)
        let key = try #require(path.split(separator: ".").last)
        #expect(error.message == "required key '\(key)' is missing; add it")
    }

    @Test func nullWhereAStringIsRequired() throws {
        let error = try error(Self.dossier(#""organisations": [{"id": "a", "name": null}]"#))
        #expect(error.path == "organisations[0].name")
        #expect(error.message == "expected a string, found null")
    }

    // MARK: - Wrong types

    @Test func numberWhereAStringIsExpected() throws {
        let error = try error(
            #"{"schemaVersion": 1, "document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": 42}}"#)
        #expect(error.path == "document.title")
        #expect(error.message == "expected a string, found another type of value")
        #expect(error.description == "document.title: expected a string, found another type of value")
    }

    @Test func numberWhereAnIdIsExpected() throws {
        let error = try error(Self.dossier(#""organisations": [{"id": 7, "name": "A"}]"#))
        #expect(error.description == "organisations[0].id: expected a string, found another type of value")
    }

    @Test func stringWhereANumberIsExpected() throws {
        let error = try error(Self.dossier(#""stances": [{"evidence": {"end": 3, "paragraph": 0, "start": "0"}, "holder": {"id": "x", "type": "person"}, "id": "st", "position": "mixed", "subject": {"id": "p", "type": "proposal"}}]"#))
        #expect(error.description == "stances[0].evidence.start: expected a number, found another type of value")
    }

    @Test func stringWhereABooleanIsExpected() throws {
        let error = try error(Self.dossier(#""organisations": [{"id": "a", "isProposed": "yes", "name": "A"}]"#))
        #expect(error.description == "organisations[0].isProposed: expected true or false, found another type of value")
    }

    @Test func objectWhereAListIsExpected() throws {
        let error = try error(Self.dossier(#""organisations": {"id": "a", "name": "A"}"#))
        #expect(error.description == "organisations: expected a list, found another type of value")
    }

    @Test func stringWhereAListIsExpected() throws {
        let error = try error(Self.dossier(#""organisations": [{"aliases": "EC", "id": "a", "name": "A"}]"#))
        #expect(error.description == "organisations[0].aliases: expected a list, found another type of value")
    }

    @Test func stringSchemaVersion() throws {
        let error = try error(#"{"schemaVersion": "1", "document": \#(Self.document)}"#)
        #expect(error.description == "schemaVersion: expected a number, found another type of value")
    }

    @Test func listWhereAnObjectIsExpected() throws {
        let error = try error(#"{"schemaVersion": 1, "document": []}"#)
        #expect(error.path == "document")
        #expect(error.message.hasPrefix("expected an object"))
        #expect(error.message.hasSuffix(", found another type of value"))
    }

    @Test func topLevelListIsNotADossier() throws {
        let error = try error("[]")
        #expect(error.path == "")
        #expect(error.message.hasPrefix("expected an object"))
        #expect(error.description == error.message)
    }

    // MARK: - Not JSON at all

    @Test(
        "a syntax error is named with its line and column",
        arguments: [
            (#"{"schemaVersion": 1,"#, 1, 21, "expected a key in double quotes, found the end of the text"),
            ("", 1, 1, "the text is empty; JSON needs a value, such as an object { … }"),
            ("not json", 1, 1, "expected a value, found 'n'; strings are written in double quotes"),
            ("{\n  \"schemaVersion\": 1\n  \"document\": {}}", 3, 3, "expected ',' or '}' after a member, found '\"'"),
            ("{'a': 1}", 1, 2, "expected a key in double quotes, found '''"),
            (#"{"a": [1, 2,]}"#, 1, 12, "a ',' before ']' is not allowed in JSON; remove it"),
            ("{\"é\": \"x\u{1}\"}", 1, 9, "a control character (U+0001) inside a string; write it as \\u0001"),
            (#"{"a": 1e999}"#, 1, 7, "the number 1e999 is out of range"),
            (#"{"a": "\q"}"#, 1, 8, #"'\q' is not a JSON escape; write '\\' for a backslash"#),
            (#"{"a": "open}"#, 1, 7, "a string that is never closed; add the closing '\"'"),
        ])
    func invalidJSONSyntax(_ text: String, line: Int, column: Int, message: String) throws {
        let error = try error(text)
        #expect(error.path == "")
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
        #expect(error.description == "line \(line), column \(column): \(message)")
    }

    @Test("a key given twice in one object is an error with its place, not the last value silently kept")
    func duplicateKey() throws {
        let error = try error("{\"schemaVersion\": 1,\n \"document\": {\"id\": \"a\", \"id\": \"b\"}}")
        #expect(error.description == #"line 2, column 26: the key "id" appears twice in this object; keep one of them"#)
    }

    @Test("nesting deeper than JSONDecoder reads is named as such, not as invalid JSON")
    func deepNesting() throws {
        let error = try error(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        #expect(error.column == 513)
        #expect(error.message.hasPrefix("objects and lists are nested deeper than 512 levels"))
    }

    @Test func invalidUTF8() throws {
        let data = Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])
        do {
            _ = try Dossier(json: data)
            Issue.record("decoded invalid UTF-8")
        } catch {
            #expect(error.description == "line 1, column 3: bytes that are not UTF-8 inside a string; save the file as UTF-8")
        }
    }

    // MARK: - Schema version

    @Test func newerSchemaVersion() throws {
        let error = try error(#"{"schemaVersion": 99, "document": \#(Self.document)}"#)
        #expect(error.path == "schemaVersion")
        #expect(error.message.contains("upgrade"))
        #expect(error.message == "schema version 99 is newer than this AdvocacyKit reads (up to 1); upgrade AdvocacyKit")
        #expect(error.description == "schemaVersion: schema version 99 is newer than this AdvocacyKit reads (up to 1); upgrade AdvocacyKit")
    }

    @Test func schemaVersionZeroIsRejected() throws {
        let error = try error(#"{"schemaVersion": 0, "document": \#(Self.document)}"#)
        #expect(error.path == "schemaVersion")
        #expect(error.message == "schema versions start at 1, found 0; set it to 1")
    }

    @Test func schemaVersionIsCheckedBeforeTheRest() throws {
        // A newer dossier may hold anything; the version error must win.
        let error = try error(#"{"schemaVersion": 2, "document": {"future": true}}"#)
        #expect(error.path == "schemaVersion")
    }

    // MARK: - The error value itself

    @Test func descriptionIsPathColonMessage() {
        #expect(DossierDecodingError(path: "a[0].b", message: "m").description == "a[0].b: m")
        #expect(DossierDecodingError(path: "", message: "m").description == "m")
        #expect("\(DossierDecodingError(path: "x", message: "y"))" == "x: y")
        #expect(DossierDecodingError(path: "x", message: "y") == DossierDecodingError(path: "x", message: "y"))
        #expect(DossierDecodingError(path: "x", message: "y") != DossierDecodingError(path: "x", message: "z"))
    }

    @Test func typedThrowsCarryTheError() {
        #expect(throws: DossierDecodingError(path: "schemaVersion", message: "required key 'schemaVersion' is missing; add it")) {
            try Dossier(json: Data("{}".utf8))
        }
    }
}
