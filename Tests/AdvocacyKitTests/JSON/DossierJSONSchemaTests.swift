import Foundation
import Testing

@testable import AdvocacyKit

/// A JSON value, decoded strictly (a number is never read as a boolean, nor the reverse).
private indirect enum JSONTree: Codable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(_ data: Data) throws { self = try JSONDecoder().decode(JSONTree.self, from: data) }

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Int.self) {
            self = .int(value)
        } else if let value = try? c.decode(Double.self) {
            self = .double(value)
        } else if let value = try? c.decode(String.self) {
            self = .string(value)
        } else if let value = try? c.decode([JSONTree].self) {
            self = .array(value)
        } else {
            self = .object(try c.decode([String: JSONTree].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }

    var object: [String: JSONTree]? { if case .object(let o) = self { o } else { nil } }
    var array: [JSONTree]? { if case .array(let a) = self { a } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    subscript(key: String) -> JSONTree? { object?[key] }

    /// The tree without the key `key` of the object at `path`.
    func removing(_ key: String, at path: ArraySlice<PathStep>) -> JSONTree {
        guard let step = path.first else {
            guard var members = object else { return self }
            members[key] = nil
            return .object(members)
        }
        switch (step, self) {
        case (.key(let name), .object(var members)):
            members[name] = members[name]?.removing(key, at: path.dropFirst())
            return .object(members)
        case (.index(let index), .array(var items)):
            items[index] = items[index].removing(key, at: path.dropFirst())
            return .array(items)
        default:
            return self
        }
    }
}

private enum PathStep: Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    var description: String {
        switch self {
        case .key(let k): ".\(k)"
        case .index(let i): "[\(i)]"
        }
    }
}

/// A validator for the subset of JSON Schema the dossier schema uses: `$ref` to `#/$defs/…`,
/// `type`, `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `pattern`,
/// `minimum`, `maximum`. Any other keyword (annotations aside) is reported, so the schema
/// cannot use a rule this test does not check.
private struct MiniValidator {
    /// An object of the instance and the (resolved) schema it was checked against.
    struct VisitedObject {
        var path: [PathStep]
        var definition: String
        var schema: [String: JSONTree]
        var instance: [String: JSONTree]
    }

    let root: JSONTree
    var errors: [String] = []
    var visited: [VisitedObject] = []

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let keywords: Set<String> = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "pattern",
        "minimum", "maximum",
    ]

    init(schema: JSONTree) { root = schema }

    mutating func validate(_ instance: JSONTree) {
        check(instance, against: root, path: [], definition: "#")
    }

    private mutating func check(_ instance: JSONTree, against schemaValue: JSONTree, path: [PathStep], definition: String) {
        let here = "$" + path.map(\.description).joined()
        guard var schema = schemaValue.object else { return errors.append("\(here): schema is not an object") }
        var definition = definition
        while let ref = schema["$ref"]?.string {
            let prefix = "#/$defs/"
            guard ref.hasPrefix(prefix), let target = root["$defs"]?[String(ref.dropFirst(prefix.count))]?.object else {
                return errors.append("\(here): unresolvable $ref \(ref)")
            }
            if schema.count > 1 { errors.append("\(here): $ref with siblings") }
            schema = target
            definition = ref
        }
        for keyword in schema.keys where !Self.keywords.contains(keyword) && !Self.annotations.contains(keyword) {
            errors.append("\(here): unsupported keyword \(keyword)")
        }
        if let type = schema["type"]?.string {
            let matches: Bool
            switch (type, instance) {
            case ("object", .object), ("array", .array), ("string", .string), ("integer", .int), ("boolean", .bool):
                matches = true
            default:
                matches = false
            }
            if !matches { return errors.append("\(here): expected \(type), found \(instance)") }
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(instance) {
            errors.append("\(here): \(instance) is not one of \(allowed)")
        }
        if case .string(let text) = instance, let pattern = schema["pattern"]?.string {
            let regex = try? NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            if regex?.firstMatch(in: text, range: range) == nil {
                errors.append("\(here): '\(text)' does not match \(pattern)")
            }
        }
        if case .int(let number) = instance {
            if case .int(let minimum) = schema["minimum"], number < minimum { errors.append("\(here): below \(minimum)") }
            if case .int(let maximum) = schema["maximum"], number > maximum { errors.append("\(here): above \(maximum)") }
        }
        if case .array(let items) = instance, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, path: path + [.index(index)], definition: definition + "[]")
            }
        }
        if case .object(let members) = instance {
            visited.append(VisitedObject(path: path, definition: definition, schema: schema, instance: members))
            let properties = schema["properties"]?.object ?? [:]
            for required in schema["required"]?.array?.compactMap(\.string) ?? [] where members[required] == nil {
                errors.append("\(here): required key '\(required)' is missing")
            }
            if schema["additionalProperties"] != .bool(false) {
                errors.append("\(here): the schema of this object is not closed")
            }
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                guard let propertySchema = properties[key] else {
                    errors.append("\(here): key '\(key)' is not in the schema")
                    continue
                }
                check(value, against: propertySchema, path: path + [.key(key)], definition: "\(definition).\(key)")
            }
        }
    }
}

/// A dossier with every optional field present and every list non-empty.
private func fullDossier() -> Dossier {
    let span = SourceSpan(paragraph: 1, start: 0, end: 4)
    let identifier = DocumentIdentifier(.procedure, "2022/0155(COD)", origin: .external)
    return Dossier(
        document: Statement(
            id: "doc", kind: .jointLetter, title: "Title", published: "2024-01-15", publishedMentions: [span],
            language: "en", jurisdiction: "eu", issuers: [.organisation("org")],
            dateline: Place("Brussels", country: "be", mentions: [span]),
            identifiers: [DocumentIdentifier(.url, "https://example.org/letter")],
            source: SourceText(
                paragraphs: [.init("Title", role: .title), .init("Body text")], leading: "\n", trailing: "\n")),
        organisations: [
            Organisation(
                id: "org", name: "European Digital Rights", abbreviation: "EDRi", aliases: ["the network"],
                kind: .ngo, jurisdiction: "eu", identifiers: [identifier], isProposed: true, mentions: [span])
        ],
        committees: [
            Committee(
                id: "com", name: "Committee on Civil Liberties", abbreviation: "LIBE", aliases: ["LIBE Committee"],
                parliament: "org", mentions: [span])
        ],
        coalitions: [
            Coalition(
                id: "coal", name: "Coalition", abbreviation: "CO", kind: .coalition, summary: "a network",
                members: ["org"], size: Count(60, .moreThan),
                sizeClaims: [.init(Count(60, .moreThan), excluding: ["org"], span: span)],
                bodies: [Coalition.Body(id: "body", name: "Steering Group", members: ["org"], mentions: [span])],
                established: "2020", mentions: [span])
        ],
        proposals: [
            Proposal(
                id: "prop", title: "Regulation", shortTitle: "CSAR", proposer: .organisation("org"), date: "2022-05",
                dateMentions: [span], identifiers: [identifier], leadCommittee: "com", status: "pending",
                jurisdiction: "eu", mentions: [span])
        ],
        opinions: [
            Opinion(
                id: "op", author: .committee("com"), kind: .opinion, stage: .draft, proposal: "prop", date: "2023-02",
                summary: "draft opinion", identifiers: [identifier], mentions: [span])
        ],
        demands: [
            Demand(
                id: "dem", action: "reject it", actor: .coalition("coal"),
                addressees: [.init("MEPs", party: .organisation("org"), mentions: [span])],
                subject: .proposal("prop"), quote: "quote", span: span)
        ],
        people: [
            Person(
                id: "per", name: "Ella", aliases: ["Senator Ella"], role: "spokesperson", affiliation: .organisation("org"),
                mentions: [span])
        ],
        quotes: [Quote(id: "quote", speaker: "per", onBehalfOf: .coalition("coal"), segments: [.init("Text", span: span)])],
        stances: [Stance(id: "st", holder: .organisation("org"), subject: .opinion("op"), position: .opposes, evidence: span)])
}

@Suite("DossierJSONSchema")
struct DossierJSONSchemaTests {
    private let schema: JSONTree

    init() throws { schema = try JSONTree(DossierJSONSchema.json) }

    private func validate(_ data: Data) throws -> MiniValidator {
        var validator = MiniValidator(schema: schema)
        validator.validate(try JSONTree(data))
        return validator
    }

    @Test func isADraft2020_12SchemaOfClosedObjects() throws {
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["$id"] == .string(DossierJSONSchema.identifier))
        #expect(String(decoding: DossierJSONSchema.json, as: UTF8.self).hasSuffix("}\n"))
        for (name, definition) in schema["$defs"]?.object ?? [:] where definition["type"] == .string("object") {
            #expect(definition["additionalProperties"] == .bool(false), "\(name) is not closed")
        }
    }

    @Test func theSeedFixtureConforms() throws {
        let validator = try validate(try Fixtures.data("seed.dossier.json"))
        #expect(validator.errors == [])
        #expect(validator.visited.count > 50)
    }

    @Test func aDossierWithEveryFieldConformsAndUsesEverySchemaProperty() throws {
        let data = try fullDossier().jsonData()
        let validator = try validate(data)
        #expect(validator.errors == [])
        // Every property of every object schema appears in the full dossier: the schema has no
        // key the model does not write.
        var used: [String: Set<String>] = [:]
        var schemas: [String: [String: JSONTree]] = [:]
        for object in validator.visited {
            used[object.definition, default: []].formUnion(object.instance.keys)
            schemas[object.definition] = object.schema
        }
        for (definition, objectSchema) in schemas {
            let properties = Set(objectSchema["properties"]?.object?.keys.map { $0 } ?? [])
            #expect(properties.subtracting(used[definition] ?? []).isEmpty, "\(definition): unused \(properties.subtracting(used[definition] ?? []))")
        }
        let objectDefinitions = (schema["$defs"]?.object ?? [:]).filter { $0.value["type"] == .string("object") }.map(\.key)
        let reached = Set(validator.visited.map { $0.definition.replacingOccurrences(of: "#/$defs/", with: "") })
        #expect(Set(objectDefinitions).subtracting(reached).isEmpty)
    }

    @Test func requiredKeysAreExactlyThoseTheDecoderRequires() throws {
        let data = try fullDossier().jsonData()
        let tree = try JSONTree(data)
        let validator = try validate(data)
        #expect(validator.errors == [])
        for object in validator.visited {
            let required = Set(object.schema["required"]?.array?.compactMap(\.string) ?? [])
            for key in object.instance.keys.sorted() {
                // Leaving out a whole list of entities leaves references to them dangling.
                if object.path.isEmpty, !["schemaVersion", "document"].contains(key) { continue }
                let without = try JSONEncoder().encode(tree.removing(key, at: object.path[...]))
                let decodes = (try? Dossier(json: without)) != nil
                let place = "$" + object.path.map(\.description).joined() + ".\(key)"
                #expect(decodes != required.contains(key), "\(place): decodes without it: \(decodes), required: \(required.contains(key))")
            }
        }
    }

    @Test func closedVocabulariesListEveryCase() throws {
        func values(_ definition: String, _ property: String) -> [String] {
            schema["$defs"]?[definition]?["properties"]?[property]?["enum"]?.array?.compactMap(\.string) ?? []
        }
        #expect(values("Count", "qualifier") == Count.Qualifier.allCases.map(\.rawValue))
        #expect(values("Coalition", "kind") == Coalition.Kind.allCases.map(\.rawValue))
        #expect(values("Opinion", "kind") == Opinion.Kind.allCases.map(\.rawValue))
        #expect(values("Opinion", "stage") == Opinion.Stage.allCases.map(\.rawValue))
        #expect(values("Stance", "position") == Stance.Position.allCases.map(\.rawValue))
        #expect(values("DocumentIdentifier", "origin") == DocumentIdentifier.Origin.allCases.map(\.rawValue))
        #expect(values("Paragraph", "role") == SourceText.Paragraph.Role.allCases.map(\.rawValue))
    }

    @Test func theValidatorCatchesDrift() throws {
        let minimal = #"{"schemaVersion": 1, "document": {"id": "d", "title": "T", "jurisdiction": "eu"}}"#
        #expect(try validate(Data(minimal.utf8)).errors == [])
        let cases = [
            #"{"schemaVersion": 1, "document": {"id": "d", "title": "T"}}"#,
            #"{"schemaVersion": 1, "document": {"id": "d", "title": "T", "jurisdiction": "eu", "extra": 1}}"#,
            #"{"schemaVersion": 1, "document": {"id": "d", "title": "T", "jurisdiction": "eu", "published": "May 2022"}}"#,
            #"{"schemaVersion": 2, "document": {"id": "d", "title": "T", "jurisdiction": "eu"}}"#,
            #"{"schemaVersion": 1, "document": {"id": "d", "title": "T", "jurisdiction": "eu"}, "opinions": [{"id": "o", "author": "x", "kind": "memo"}]}"#,
            #"{"schemaVersion": 1, "document": {"id": 3, "title": "T", "jurisdiction": "eu"}}"#,
        ]
        for text in cases {
            #expect(try !validate(Data(text.utf8)).errors.isEmpty, "accepted: \(text)")
        }
    }
}
