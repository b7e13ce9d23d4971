import Foundation

/// One organisation, committee, coalition or proposal as the whole dataset knows it: the
/// entities of several documents that name the same thing, merged, with the documents that
/// mention it.
///
/// Entities merge when they share an identifier value (same scheme and value, case and
/// spacing ignored), an acronym (exactly, e.g. `EC`), a gazetteer entry that one of their
/// forms names, or a normalised name (case, diacritics, punctuation and a leading "the"
/// ignored; "European Commission (EC)" is the name "European Commission" with the acronym
/// "EC").
public struct MergedEntity: Hashable, Sendable {
    /// The kinds of entity that merge across documents.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// ``Organisation``s.
        case organisation
        /// ``Committee``s.
        case committee
        /// ``Coalition``s.
        case coalition
        /// ``Proposal``s.
        case proposal

        /// Orders kinds as they are declared.
        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One entity of one document that the merged entity stands for.
    public struct Mention: Hashable, Sendable, Codable {
        /// The document's ``DatasetDocument/source``.
        public var source: String
        /// The entity's id in that document.
        public var entityID: String

        /// Creates a mention.
        public init(source: String, entityID: String) {
            self.source = source
            self.entityID = entityID
        }
    }

    /// What kind of entity it is.
    public var kind: Kind
    /// The name to show: the gazetteer's name when a form is in the gazetteer, else the
    /// name most documents use (the first one on a tie).
    public var name: String
    /// Every form the documents use (names, titles, acronyms, aliases), first use first.
    public var forms: [String]
    /// The identifiers the documents give, without repeats.
    public var identifiers: [DocumentIdentifier]
    /// The gazetteer entry the entity was recognised as, if any.
    public var gazetteerID: String?
    /// The entities merged, in dataset order: which document mentions it, under which id.
    public var mentions: [Mention]

    /// Creates a merged entity.
    public init(
        kind: Kind, name: String, forms: [String] = [], identifiers: [DocumentIdentifier] = [],
        gazetteerID: String? = nil, mentions: [Mention] = []
    ) {
        self.kind = kind
        self.name = name
        self.forms = forms
        self.identifiers = identifiers
        self.gazetteerID = gazetteerID
        self.mentions = mentions
    }
}

extension Dataset {
    /// The dataset's organisations, committees, coalitions and proposals, merged across
    /// documents (see ``MergedEntity``) with the bundled gazetteer; sorted by kind, then name.
    public func mergedEntities() -> [MergedEntity] {
        mergedEntities(gazetteer: try? Gazetteer.bundled())
    }

    /// The merged entities, looking forms up in `gazetteer` (or in none).
    public func mergedEntities(gazetteer: Gazetteer?) -> [MergedEntity] {
        var records: [EntityRecord] = []
        for document in documents {
            let d = document.dossier
            for e in d.organisations {
                records.append(
                    EntityRecord(
                        kind: .organisation, source: document.source, id: e.id.rawValue, name: e.name,
                        acronyms: [e.abbreviation].compactMap { $0 }, aliases: e.aliases, identifiers: e.identifiers))
            }
            for e in d.committees {
                records.append(
                    EntityRecord(
                        kind: .committee, source: document.source, id: e.id.rawValue, name: e.name ?? e.abbreviation ?? e.id.rawValue,
                        acronyms: [e.abbreviation].compactMap { $0 }, aliases: e.aliases, identifiers: []))
            }
            for e in d.coalitions {
                records.append(
                    EntityRecord(
                        kind: .coalition, source: document.source, id: e.id.rawValue, name: e.name,
                        acronyms: [e.abbreviation].compactMap { $0 }, aliases: [], identifiers: []))
            }
            for e in d.proposals {
                records.append(
                    EntityRecord(
                        kind: .proposal, source: document.source, id: e.id.rawValue, name: e.title, acronyms: [],
                        aliases: [e.shortTitle].compactMap { $0 }, identifiers: e.identifiers))
            }
        }
        return EntityMerger(records: records, gazetteer: gazetteer).merge()
    }
}

/// One entity of one document, with the forms it merges by.
struct EntityRecord {
    var kind: MergedEntity.Kind
    var source: String
    var id: String
    var name: String
    var acronyms: [String]
    var aliases: [String]
    var identifiers: [DocumentIdentifier]

    init(
        kind: MergedEntity.Kind, source: String, id: String, name: String, acronyms: [String], aliases: [String],
        identifiers: [DocumentIdentifier]
    ) {
        self.kind = kind
        self.source = source
        self.id = id
        self.identifiers = identifiers
        // "European Commission (EC)": the name and an acronym.
        var acronyms = acronyms
        let (bare, acronym) = EntityNames.splitAcronym(name)
        self.name = bare
        if let acronym, !acronyms.contains(acronym) { acronyms.append(acronym) }
        self.acronyms = acronyms
        self.aliases = aliases
    }

    /// The name, the acronyms and the aliases, without repeats.
    var forms: [String] {
        var result: [String] = []
        for form in [name] + acronyms + aliases where !form.isEmpty && !result.contains(form) { result.append(form) }
        return result
    }
}

/// Groups records that share a key, with a union–find over record indices.
struct EntityMerger {
    let records: [EntityRecord]
    let gazetteer: Gazetteer?

    func merge() -> [MergedEntity] {
        var parent = Array(records.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var owner: [String: Int] = [:]
        var gazetteerIDs: [Int: String] = [:]
        for (index, record) in records.enumerated() {
            var keys: [String] = []
            for identifier in record.identifiers {
                keys.append("id|\(identifier.scheme.rawValue.lowercased())|\(EntityNames.normalise(identifier.value))")
            }
            for acronym in record.acronyms { keys.append("acronym|\(acronym)") }
            for form in [record.name] + record.aliases {
                let normalised = EntityNames.normalise(form)
                if !normalised.isEmpty { keys.append("name|\(normalised)") }
            }
            if let entry = gazetteerEntry(for: record) {
                gazetteerIDs[index] = entry.id
                keys.append("gazetteer|\(entry.id)")
            }
            for key in keys {
                let scoped = "\(record.kind.rawValue)|\(key)"
                if let other = owner[scoped] {
                    let (a, b) = (root(other), root(index))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[scoped] = index
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in records.indices {
            let r = root(index)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(index)
        }
        let merged = order.map { r -> MergedEntity in
            let indices = groups[r, default: []]
            let members = indices.map { records[$0] }
            var forms: [String] = []
            var identifiers: [DocumentIdentifier] = []
            var nameCounts: [String: Int] = [:]
            var names: [String] = []
            for member in members {
                for form in member.forms where !forms.contains(form) { forms.append(form) }
                for identifier in member.identifiers where !identifiers.contains(identifier) {
                    identifiers.append(identifier)
                }
                if nameCounts[member.name] == nil { names.append(member.name) }
                nameCounts[member.name, default: 0] += 1
            }
            let gazetteerID = indices.lazy.compactMap { gazetteerIDs[$0] }.first
            // The most used name; the first seen among equals.
            let best =
                names.enumerated().max { (nameCounts[$0.element] ?? 0, -$0.offset) < (nameCounts[$1.element] ?? 0, -$1.offset) }?
                .element ?? members[0].name
            let name = gazetteerID.flatMap { gazetteer?.entry(id: $0)?.name } ?? best
            return MergedEntity(
                kind: members[0].kind, name: name, forms: forms, identifiers: identifiers, gazetteerID: gazetteerID,
                mentions: members.map { MergedEntity.Mention(source: $0.source, entityID: $0.id) })
        }
        return merged.enumerated().sorted { a, b in
            if a.element.kind != b.element.kind { return a.element.kind < b.element.kind }
            let (x, y) = (EntityNames.normalise(a.element.name), EntityNames.normalise(b.element.name))
            if x != y { return x < y }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The one gazetteer entry of a fitting type that one of the record's forms names.
    private func gazetteerEntry(for record: EntityRecord) -> Gazetteer.Entry? {
        guard let gazetteer, record.kind == .organisation || record.kind == .committee else { return nil }
        for form in record.forms {
            let fitting = gazetteer.entries(named: form).filter {
                record.kind == .committee ? $0.type == .committee : $0.type != .committee
            }
            if fitting.count == 1 { return fitting[0] }
        }
        return nil
    }
}

extension Dataset {
    /// The form in which merging compares names: lower case, diacritics folded, punctuation
    /// as spaces, spaces collapsed and a leading "the" removed ("the European  Commission’s"
    /// → "european commission s"). Tools that group entities of a dataset as
    /// ``mergedEntities()`` does (the report's legislative files, say) compare these keys.
    public static func nameKey(_ name: String) -> String {
        EntityNames.normalise(name)
    }
}

/// Name normalisation for merging.
enum EntityNames {
    /// Lower case, diacritics folded, punctuation as spaces, spaces collapsed, a leading
    /// "the" removed: "the European  Commission’s" → "european commission s".
    static func normalise(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Splits a trailing parenthesised acronym off a name: "European Commission (EC)" →
    /// ("European Commission", "EC"). Other names come back unchanged.
    static func splitAcronym(_ name: String) -> (String, String?) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (name, nil) }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let bare = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let isAcronym =
            inner.count >= 2 && inner.count <= 12 && inner.contains(where: \.isUppercase)
            && !inner.contains(where: \.isLowercase) && !inner.contains(" ")
        guard isAcronym, !bare.isEmpty else { return (name, nil) }
        return (bare, String(inner))
    }
}
