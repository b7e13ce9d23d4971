import Foundation

/// The JSON Schema (draft 2020-12) of the dossier JSON format, for validating dossiers with
/// standard tools outside Swift.
///
/// The schema describes what ``Dossier/jsonData(format:)`` writes and ``Dossier/init(json:)``
/// reads: every object is closed (`"additionalProperties": false`), its `required` keys are
/// exactly those the decoder requires, dates (``PartialDate``) are strings of the form
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, ids and references between entities are plain id
/// strings, and the closed vocabularies (``Opinion/Kind``, ``Count/Qualifier`` …) are listed
/// from their Swift `allCases`, so that they cannot drift from the model. The test suite
/// checks the schema against encoded dossiers in both directions.
///
/// What a schema cannot say is checked by the decoder and by dataset validation: that every
/// reference names an entity of the right kind, that ids are unique, that a date exists in
/// the calendar.
///
/// ```sh
/// advocacy schema > dossier.schema.json
/// python3 -c 'import json, jsonschema; jsonschema.Draft202012Validator(json.load(open("dossier.schema.json"))).validate(json.load(open("dossier.json")))'
/// ```
public enum DossierJSONSchema {
    /// The `$id` of the schema.
    public static let identifier = "urn:advocacykit:schema:dossier:\(Dossier.currentSchemaVersion)"

    /// The schema as JSON text: indented, keys sorted, ending in a newline.
    public static var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding a tree of strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(schema)) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    /// The schema as a tree.
    static var schema: SchemaValue {
        var root = object(
            required: ["schemaVersion", "document"],
            [
                "schemaVersion": [
                    "type": "integer", "minimum": 1, "maximum": .int(Dossier.currentSchemaVersion),
                    "description": "The version of the format; this schema describes versions up to the one in its $id.",
                ],
                "document": ref("Statement"),
                "organisations": list(ref("Organisation")),
                "committees": list(ref("Committee")),
                "coalitions": list(ref("Coalition")),
                "proposals": list(ref("Proposal")),
                "opinions": list(ref("Opinion")),
                "demands": list(ref("Demand")),
                "people": list(ref("Person")),
                "quotes": list(ref("Quote")),
                "stances": list(ref("Stance")),
            ])
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = .string(identifier)
        root["title"] = "AdvocacyKit dossier"
        root["description"] =
            "A legislative advocacy document and the entities it names, as AdvocacyKit writes it (Dossier.jsonData())."
        root["$defs"] = .object(definitions)
        return root
    }

    // MARK: - Definitions

    private static var definitions: [String: SchemaValue] {
        [
            "Id": ["type": "string", "description": "An entity's id, unique in the dossier."],
            "Reference": [
                "type": "string", "description": "The id of another entity of the dossier (a plain id).",
            ],
            "PartialDate": [
                "type": "string", "pattern": #"^\d{4}(-\d{2}(-\d{2})?)?$"#,
                "description": "A date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD.",
            ],
            "SourceSpan": object(
                required: ["paragraph", "start", "end"],
                ["paragraph": ["type": "integer"], "start": ["type": "integer"], "end": ["type": "integer"]],
                description: "A range of Unicode scalars [start, end) in one paragraph of the source."),
            "Spans": list(ref("SourceSpan")),
            "Count": object(
                required: ["value"],
                ["value": ["type": "integer"], "qualifier": enumeration(Count.Qualifier.self)],
                description: "A number as the text states it, with its qualifier (missing: exactly)."),
            "DocumentIdentifier": object(
                required: ["scheme", "value"],
                [
                    "scheme": [
                        "type": "string",
                        "description": "COM, procedure, CELEX, ELI, URL, billNumber, usBill, usStateBill, caBill, ukBill, inBill or another scheme.",
                    ],
                    "value": ["type": "string"],
                    "origin": enumeration(DocumentIdentifier.Origin.self),
                ]),
            "Place": object(
                required: ["name"],
                ["name": string, "country": string, "mentions": ref("Spans")]),
            "Paragraph": object(
                required: ["text"],
                ["text": string, "role": enumeration(SourceText.Paragraph.Role.self)]),
            "SourceText": object(
                required: ["paragraphs"],
                [
                    "paragraphs": list(ref("Paragraph")), "separators": list(string), "leading": string,
                    "trailing": string,
                ]),
            "Statement": object(
                required: ["id", "title", "jurisdiction"],
                [
                    "id": ref("Id"),
                    "kind": [
                        "type": "string",
                        "description":
                            "pressRelease, jointLetter, openLetter, jointStatement, positionStatement, parliamentPressRelease, news or another lowerCamelCase kind (missing: pressRelease).",
                    ],
                    "title": string, "published": ref("PartialDate"), "publishedMentions": ref("Spans"),
                    "language": string, "jurisdiction": string, "issuers": list(ref("Reference")),
                    "dateline": ref("Place"), "identifiers": list(ref("DocumentIdentifier")),
                    "source": ref("SourceText"),
                ]),
            "Organisation": object(
                required: ["id", "name"],
                [
                    "id": ref("Id"), "name": string, "abbreviation": string, "aliases": list(string),
                    "kind": [
                        "type": "string",
                        "description":
                            "ngo, igo, euInstitution, euBody, parliament, government, politicalGroup, company, other or another kind.",
                    ],
                    "jurisdiction": string, "identifiers": list(ref("DocumentIdentifier")),
                    "isProposed": ["type": "boolean"], "mentions": ref("Spans"),
                ]),
            "Committee": object(
                required: ["id"],
                [
                    "id": ref("Id"), "name": string, "abbreviation": string, "aliases": list(string),
                    "parliament": ref("Reference"), "mentions": ref("Spans"),
                ]),
            "SizeClaim": object(
                required: ["count"],
                ["count": ref("Count"), "excluding": list(ref("Reference")), "span": ref("SourceSpan")]),
            "CoalitionBody": object(
                required: ["id", "name"],
                [
                    "id": ref("Id"), "name": string, "members": list(ref("Reference")),
                    "mentions": ref("Spans"),
                ]),
            "Coalition": object(
                required: ["id", "name"],
                [
                    "id": ref("Id"), "name": string, "abbreviation": string,
                    "kind": enumeration(Coalition.Kind.self), "summary": string,
                    "members": list(ref("Reference")), "size": ref("Count"),
                    "sizeClaims": list(ref("SizeClaim")), "bodies": list(ref("CoalitionBody")),
                    "established": ref("PartialDate"), "mentions": ref("Spans"),
                ]),
            "Proposal": object(
                required: ["id", "title"],
                [
                    "id": ref("Id"), "title": string, "shortTitle": string, "proposer": ref("Reference"),
                    "date": ref("PartialDate"), "dateMentions": ref("Spans"),
                    "identifiers": list(ref("DocumentIdentifier")), "leadCommittee": ref("Reference"),
                    "status": string, "jurisdiction": string, "mentions": ref("Spans"),
                ]),
            "Opinion": object(
                required: ["id", "author"],
                [
                    "id": ref("Id"), "author": ref("Reference"), "kind": enumeration(Opinion.Kind.self),
                    "stage": enumeration(Opinion.Stage.self), "proposal": ref("Reference"),
                    "date": ref("PartialDate"), "summary": string,
                    "identifiers": list(ref("DocumentIdentifier")), "mentions": ref("Spans"),
                ]),
            "Addressee": object(
                required: ["name"],
                ["name": string, "party": ref("Reference"), "mentions": ref("Spans")]),
            "Demand": object(
                required: ["id", "action"],
                [
                    "id": ref("Id"), "action": string, "actor": ref("Reference"),
                    "addressees": list(ref("Addressee")), "subject": ref("Reference"),
                    "quote": ref("Reference"), "span": ref("SourceSpan"),
                ]),
            "Person": object(
                required: ["id"],
                [
                    "id": ref("Id"), "name": string, "aliases": list(string), "role": string, "affiliation": ref("Reference"),
                    "mentions": ref("Spans"),
                ]),
            "QuoteSegment": object(required: ["text"], ["text": string, "span": ref("SourceSpan")]),
            "Quote": object(
                required: ["id"],
                [
                    "id": ref("Id"), "speaker": ref("Reference"), "onBehalfOf": ref("Reference"),
                    "segments": list(ref("QuoteSegment")),
                ]),
            "Stance": object(
                required: ["id", "holder", "subject", "position"],
                [
                    "id": ref("Id"), "holder": ref("Reference"), "subject": ref("Reference"),
                    "position": enumeration(Stance.Position.self), "evidence": ref("SourceSpan"),
                ]),
        ]
    }

    // MARK: - Builders

    private static let string: SchemaValue = ["type": "string"]

    private static func ref(_ name: String) -> SchemaValue { ["$ref": .string("#/$defs/\(name)")] }

    private static func list(_ items: SchemaValue) -> SchemaValue { ["type": "array", "items": items] }

    /// A string that is one of the raw values of a Swift enum, listed from `allCases`.
    private static func enumeration<E: CaseIterable & RawRepresentable>(_: E.Type) -> SchemaValue
    where E.RawValue == String {
        ["type": "string", "enum": .array(E.allCases.map { .string($0.rawValue) })]
    }

    /// A closed object.
    private static func object(
        required: [String], _ properties: [String: SchemaValue], description: String? = nil
    ) -> SchemaValue {
        var result: [String: SchemaValue] = [
            "type": "object", "additionalProperties": false, "properties": .object(properties),
        ]
        if !required.isEmpty { result["required"] = .array(required.map { .string($0) }) }
        if let description { result["description"] = .string(description) }
        return .object(result)
    }
}

/// A JSON value of the schema tree.
enum SchemaValue: Hashable, Sendable, Encodable, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByDictionaryLiteral
{
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([SchemaValue])
    case object([String: SchemaValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(dictionaryLiteral elements: (String, SchemaValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The member of an object; setting it on a value that is not an object does nothing.
    subscript(key: String) -> SchemaValue? {
        get {
            if case .object(let members) = self { return members[key] }
            return nil
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
