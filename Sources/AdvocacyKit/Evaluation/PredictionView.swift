import Foundation

/// A predicted dossier as the reference scorer (`score_extraction.py`) reads it: from the
/// dossier's JSON, the text `advocacy convert --format json` prints, with the scorer's
/// tolerant rules.
///
/// Reading the JSON rather than the model keeps the two scorers in step when the model
/// changes: a key the scorer reads (an `aliases` list, a `title`) counts here as soon as the
/// dossier's JSON has it.
///
/// - Entities are the objects with a string `id` in the top-level lists, by id; where two
///   share an id, the one in the later list (keys in sorted order) wins.
/// - A string that is an entity's id stands for that entity, and so does an object that has
///   no key but `id` (`{"id": "x"}`, such as a committee with nothing else).
/// - An entity's names are its `name`, `acronym`, `abbreviation`, `shortForm`, `shortName`,
///   `shortTitle`, `title`, `label`, `showAs` and `text` strings, then the strings of its
///   `aliases`, `alternateNames` and `otherNames` lists; a string's names are itself.
///
/// Values of another type than the scorer expects (a number for a name) count as absent;
/// a dossier's JSON has none.
struct PredictionView {
    /// A predicted coalition.
    struct Coalition {
        /// Its `name` (empty when absent).
        var name: String
        /// All its names (see ``PredictionView``).
        var names: [String]
        /// Whether it is an unnamed group (``ExtractionEvaluator/isUnnamedGroup(name:hasAcronym:kind:)``).
        var isUnnamed: Bool
        /// Its stated size: `memberCount`, `size`, `sizeClaims` or `count`, the first that is
        /// not null; a list gives its first element, an object its `value` (or `count`), and
        /// the result is read as Python's `int()` reads it (`nil` for an object).
        var size: Int?
        /// The names of each member, the members of its bodies included, without repeats.
        var members: [[String]]
    }

    /// A predicted proposal.
    struct Proposal {
        /// All its names.
        var names: [String]
        /// The normal forms of its identifiers: strings, and the `value` of objects.
        var identifiers: Set<String>
    }

    /// A predicted demand.
    struct Demand {
        /// The text matched against gold demands: `text`, `action` or `summary`, the first
        /// that is not empty.
        var text: String
        /// The text tested for being part of a gold demand: `text` or `action`.
        var partText: String
    }

    /// The document's title; `nil` when absent or empty.
    var title: String?
    /// The first ten characters of the publication date; `nil` when absent.
    var date: String?
    /// The dateline's place; `nil` when absent.
    var place: String?
    /// The names of each author.
    var authors: [[String]] = []
    /// The names of each organisation and committee, in that order.
    var organisationNames: [[String]] = []
    /// The names of each committee.
    var committeeNames: [[String]] = []
    /// The coalitions.
    var coalitions: [Coalition] = []
    /// The proposals.
    var proposals: [Proposal] = []
    /// The names of the body that gives each opinion (none when it has no body).
    var opinionBodies: [[String]] = []
    /// The demands.
    var demands: [Demand] = []
    /// The text of each quote; a quote of several segments and no `text` gives one per segment.
    var quoteTexts: [String] = []

    /// The view of a dossier's JSON; `nil`, like a dossier that cannot be encoded, is an
    /// empty prediction.
    init(_ dossier: Dossier?) {
        guard let dossier, let data = try? dossier.jsonData(format: .compact),
            let json = try? JSONDecoder().decode(ScorerJSON.self, from: data)
        else {
            self.init(json: .null)
            return
        }
        self.init(json: json)
    }

    /// The view of a prediction's JSON value; anything but an object is an empty prediction.
    init(json: ScorerJSON) {
        let reader = Reader(json)
        let document = reader.document

        title = document["title"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        let dateKeys = ["date", "published", "publicationDate", "publishedOn", "datePublished"]
        date = reader.scalar(in: document, keys: dateKeys)
            .map { TextMatching.prefix($0, scalars: 10) }
            .flatMap { $0.isEmpty ? nil : $0 }
        place = reader.scalar(in: document, keys: ["place", "dateline", "location", "datelinePlace"])
            .flatMap { $0.isEmpty ? nil : $0 }

        let issuers = ["authors", "issuers", "publishers", "issuer", "author"].lazy.compactMap { document[$0] }
            .first(where: \.isTruthy)
        switch issuers {
        case .array(let list)?: authors = list.map(reader.names)
        case let value?: authors = [reader.names(value)]
        case nil: authors = []
        }

        organisationNames = reader.list("organisations", "organizations", "committees", "institutions")
            .map(reader.names)
        committeeNames = reader.list("committees").map(reader.names)

        coalitions = reader.list("coalitions").map { c in
            let name = c["name"]?.string
            let hasAcronym = c["acronym"]?.isTruthy == true || c["abbreviation"]?.isTruthy == true
            let isUnnamed = ExtractionEvaluator.isUnnamedGroup(
                name: name, hasAcronym: hasAcronym, kind: c["kind"]?.string)
            return Coalition(
                name: name ?? "", names: reader.names(c), isUnnamed: isUnnamed, size: Self.size(of: c),
                members: Self.members(of: c).map(reader.names))
        }

        proposals = reader.list("proposals").map { p in
            var identifiers = Set<String>()
            if case .array(let list)? = p["identifiers"] {
                for identifier in list {
                    switch identifier {
                    case .string(let text): identifiers.insert(TextMatching.normalize(text))
                    case .object: identifiers.insert(TextMatching.normalize(identifier["value"]?.string))
                    default: break
                    }
                }
            }
            return Proposal(names: reader.names(p), identifiers: identifiers)
        }

        opinionBodies = reader.list("opinions").map { o in
            let keys = ["committee", "body", "author", "by", "issuer", "madeBy", "committeeId", "committeeID"]
            return keys.lazy.compactMap { o[$0] }.first(where: \.isTruthy).map(reader.names) ?? []
        }

        demands = reader.list("demands").map { d in
            Demand(
                text: Self.firstText(d, ["text", "action", "summary"]), partText: Self.firstText(d, ["text", "action"]))
        }

        for q in reader.list("quotes") {
            let text = q["text"]
            if case .array(let segments)? = q["segments"], segments.count > 1, text?.isTruthy != true {
                quoteTexts += segments.map(Self.segmentText)
            } else if let text = text?.string, !text.isEmpty {
                quoteTexts.append(text)
            } else if case .array(let segments)? = q["segments"] {
                quoteTexts.append(segments.map(Self.segmentText).joined(separator: " "))
            } else {
                quoteTexts.append("")
            }
        }
    }

    /// The value of the first of `keys` that is set (not null, empty, false or 0) when it is a
    /// string, as Python's `a or b or ""` picks it; otherwise the empty string.
    private static func firstText(_ object: ScorerJSON, _ keys: [String]) -> String {
        keys.lazy.compactMap { object[$0] }.first(where: \.isTruthy)?.string ?? ""
    }

    /// A quote segment's text: the segment itself when it is a string, else its `text`.
    private static func segmentText(_ segment: ScorerJSON) -> String {
        segment.string ?? segment["text"]?.string ?? ""
    }

    /// A coalition's stated size (see ``Coalition/size``), as Python's `int()` reads it.
    private static func size(of coalition: ScorerJSON) -> Int? {
        var value = ["memberCount", "size", "sizeClaims", "count"].lazy.compactMap { coalition[$0] }
            .first(where: { $0 != .null })
        if case .array(let list)? = value { value = list.first }
        if case .object(let object)? = value { value = object["value"] ?? object["count"] }
        switch value {
        case .number(let number)? where number.isFinite && abs(number) < 9e18: return Int(number)
        case .bool(let flag)?: return flag ? 1 : 0
        case .string(let text)?:
            // int() allows white space around the digits.
            var scalars = Array(text.unicodeScalars)
            while let last = scalars.last, TextMatching.isSpace(last) { scalars.removeLast() }
            return Int(String(String.UnicodeScalarView(scalars.drop(while: TextMatching.isSpace))))
        default: return nil
        }
    }

    /// A coalition's members and the members of its `steeringGroup` or `bodies`, without
    /// repeats.
    private static func members(of coalition: ScorerJSON) -> [ScorerJSON] {
        var all: [ScorerJSON] = []
        if let members = coalition["members"], members.isTruthy { all += members.array ?? [] }
        for key in ["steeringGroup", "bodies"] {
            guard case .array(let bodies)? = coalition[key] else { continue }
            for body in bodies {
                if case .object = body {
                    if let members = body["members"], members.isTruthy { all += members.array ?? [] }
                } else {
                    all.append(body)
                }
            }
        }
        var seen = Set<ScorerJSON>()
        return all.filter { seen.insert($0).inserted }
    }

    /// The scorer's access to a prediction: its entities by id, its lists and its document.
    private struct Reader {
        /// The top-level object.
        let object: [String: ScorerJSON]
        /// Its keys in the order the scorer walks them, the file's, which is sorted in a
        /// dossier's JSON.
        let keys: [String]
        /// The entities by id.
        let entities: [String: ScorerJSON]

        init(_ json: ScorerJSON) {
            guard case .object(let object) = json else {
                self.object = [:]
                keys = []
                entities = [:]
                return
            }
            self.object = object
            keys = object.keys.sorted()
            var entities: [String: ScorerJSON] = [:]
            for key in keys {
                guard case .array(let list)? = object[key] else { continue }
                for element in list {
                    if case .object = element, let id = element["id"]?.string { entities[id] = element }
                }
            }
            self.entities = entities
        }

        /// The document object: `document`, `statement` or `pressRelease`, or the first of
        /// `documents` or `statements`.
        var document: ScorerJSON {
            for key in ["document", "statement", "pressRelease"] {
                if let document = object[key], case .object = document { return document }
            }
            for key in ["documents", "statements"] {
                if case .array(let list)? = object[key], let first = list.first { return first }
            }
            return .object([:])
        }

        /// The objects of the top-level lists named `names` (in any case), in that order.
        func list(_ names: String...) -> [ScorerJSON] {
            names.flatMap { name in
                keys.filter { $0.lowercased() == name.lowercased() }.flatMap { key -> [ScorerJSON] in
                    guard case .array(let list)? = object[key] else { return [] }
                    return list.filter { if case .object = $0 { true } else { false } }
                }
            }
        }

        /// The entity a value stands for, or the value itself.
        func dereferenced(_ value: ScorerJSON) -> ScorerJSON {
            switch value {
            case .string(let id): return entities[id] ?? value
            case .object(let object) where object.keys.allSatisfy({ $0 == "id" }):
                return object["id"]?.string.flatMap { entities[$0] } ?? value
            default: return value
            }
        }

        /// Every name-like string of a value (see ``PredictionView``).
        func names(_ value: ScorerJSON) -> [String] {
            switch dereferenced(value) {
            case .string(let text): return [text]
            case .object(let object):
                var names = [
                    "name", "acronym", "abbreviation", "shortForm", "shortName", "shortTitle", "title", "label",
                    "showAs", "text",
                ].compactMap { object[$0]?.string }
                for key in ["aliases", "alternateNames", "otherNames"] {
                    if case .array(let list)? = object[key] { names += list.compactMap(\.string) }
                }
                return names
            case .array(let list): return list.flatMap(names)
            default: return []
            }
        }

        /// The first of `keys` with a value, read as a date or place is: an entity's id gives
        /// the entity's first name, an object its `name`, `value` or `date`.
        func scalar(in document: ScorerJSON, keys: [String]) -> String? {
            guard var value = keys.lazy.compactMap({ document[$0] }).first(where: \.isTruthy) else { return nil }
            if case .string(let id) = value, entities[id] != nil {
                value = names(value).first.map(ScorerJSON.string) ?? value
            }
            if case .object = value {
                value = ["name", "value", "date"].lazy.compactMap { value[$0] }.first(where: \.isTruthy) ?? .null
            }
            return value.string
        }
    }
}

/// A JSON value as Python's `json.load` gives it to the reference scorer.
enum ScorerJSON: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ScorerJSON])
    case object([String: ScorerJSON])

    /// Decodes any JSON value.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let list = try? container.decode([ScorerJSON].self) {
            self = .array(list)
        } else {
            self = .object(try container.decode([String: ScorerJSON].self))
        }
    }

    /// Python's truth value: `null`, `false`, `0`, `""`, `[]` and `{}` are false.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let flag): flag
        case .number(let number): number != 0
        case .string(let text): !text.isEmpty
        case .array(let list): !list.isEmpty
        case .object(let object): !object.isEmpty
        }
    }

    /// The value when it is a string.
    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The value when it is a list.
    var array: [ScorerJSON]? {
        if case .array(let list) = self { list } else { nil }
    }

    /// The value of `key` when this is an object that has it (Python's `dict.get`).
    subscript(key: String) -> ScorerJSON? {
        if case .object(let object) = self { object[key] } else { nil }
    }
}
