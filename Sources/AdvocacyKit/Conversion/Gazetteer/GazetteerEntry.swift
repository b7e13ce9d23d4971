extension Gazetteer {
    /// What an entry names: the type decides which model type a converter builds from it
    /// (``Organisation`` or ``Committee``) and which entry wins when two share a form.
    public enum EntryType: String, Sendable, Hashable, Codable, CaseIterable {
        /// An institution, body, agency, NGO, company, government or parliament.
        case organisation
        /// A parliamentary committee or subcommittee, or another body called a committee
        /// that works inside an institution (Coreper).
        case committee
        /// A configuration of the Council of the EU, e.g. the Foreign Affairs Council.
        case councilConfiguration
        /// A political group of a parliament, e.g. the EPP Group.
        case politicalGroup
    }

    /// A named organisation, committee, Council configuration or political group.
    ///
    /// In JSON only `id` and `name` are required:
    ///
    /// ```json
    /// {"id": "eu.parliament.imco", "name": "Committee on the Internal Market and Consumer Protection",
    ///  "type": "committee", "jurisdiction": "eu", "abbreviation": "IMCO",
    ///  "aliases": ["IMCO Committee", "Internal Market Committee"], "parent": "eu.parliament"}
    /// ```
    ///
    /// `type` defaults to `organisation`; `kind` is an ``Organisation/Kind`` name
    /// (`ngo`, `euInstitution`, …) and is usually left out for committees; `parent` is the id
    /// of the entry the entry belongs to (a committee's parliament), which may be in another
    /// gazetteer file. Unknown keys are errors, so a misspelt key is reported, not ignored.
    public struct Entry: Sendable, Hashable, Codable, Identifiable {
        /// A dotted slug that is unique in the gazetteer, e.g. `eu.parliament.imco`; letters,
        /// digits, `.`, `-` and `_` only.
        public var id: String
        /// The official (fullest) name, e.g. `European Commission`.
        public var name: String
        /// What the entry names.
        public var type: EntryType
        /// The kind of organisation, for entries a converter turns into ``Organisation``s.
        public var kind: Organisation.Kind?
        /// `eu`, `int`, or an ISO 3166-1 alpha-2 code in lower case, as in ``Organisation``.
        public var jurisdiction: String?
        /// The usual acronym or short form, e.g. `EC`, `IMCO`.
        public var abbreviation: String?
        /// Other forms texts use, e.g. `the Commission`, `IMCO Committee`.
        public var aliases: [String]
        /// The id of the entry this one belongs to, e.g. `eu.parliament` for its committees.
        public var parent: String?

        /// Creates an entry.
        public init(
            id: String, name: String, type: EntryType = .organisation, kind: Organisation.Kind? = nil,
            jurisdiction: String? = nil, abbreviation: String? = nil, aliases: [String] = [],
            parent: String? = nil
        ) {
            self.id = id
            self.name = name
            self.type = type
            self.kind = kind
            self.jurisdiction = jurisdiction
            self.abbreviation = abbreviation
            self.aliases = aliases
            self.parent = parent
        }

        /// Every form of the entry: the name, the abbreviation, then the aliases, without
        /// repeats.
        public var forms: [String] {
            var result = [name]
            if let abbreviation, !result.contains(abbreviation) { result.append(abbreviation) }
            for alias in aliases where !result.contains(alias) { result.append(alias) }
            return result
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, type, kind, jurisdiction, abbreviation, aliases, parent
        }

        /// Decodes an entry; `type` defaults to `organisation` and a missing `aliases` is
        /// empty. Unknown keys, invalid ids and empty names or forms are errors.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The keys an entry may have.
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
            id = try GazetteerCoding.decodeID(in: c, forKey: .id)
            name = try GazetteerCoding.decodeText(in: c, forKey: .name, what: "a name")
            type = try c.decodeIfPresent(EntryType.self, forKey: .type) ?? .organisation
            kind = try c.decodeIfPresent(Organisation.Kind.self, forKey: .kind)
            jurisdiction = try c.decodeIfPresent(String.self, forKey: .jurisdiction)
            abbreviation = try GazetteerCoding.decodeTextIfPresent(in: c, forKey: .abbreviation, what: "an abbreviation")
            aliases = try GazetteerCoding.decodeForms(in: c, forKey: .aliases)
            parent = try c.decodeIfPresent(String.self, forKey: .parent)
            if parent == id {
                throw c.corrupted(
                    at: [CodingKeys.parent], "an entry cannot be its own parent; remove 'parent' or name another entry")
            }
        }

        /// Encodes an entry, leaving out missing values and an empty `aliases`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(type, forKey: .type)
            try c.encodeIfPresent(kind, forKey: .kind)
            try c.encodeIfPresent(jurisdiction, forKey: .jurisdiction)
            try c.encodeIfPresent(abbreviation, forKey: .abbreviation)
            try c.encodeList(aliases, forKey: .aliases)
            try c.encodeIfPresent(parent, forKey: .parent)
        }
    }

    /// A collective form that names a role, not an organisation: `MEPs`, `decision-makers`,
    /// `Member States`. A converter uses roles to tag the addressees of demands.
    ///
    /// In JSON: `{"id": "mep", "name": "MEPs", "aliases": ["MEP", "Members of the European Parliament"]}`.
    public struct Role: Sendable, Hashable, Codable, Identifiable {
        /// A slug that is unique among the roles, e.g. `mep`.
        public var id: String
        /// The normalised name, e.g. `MEPs`.
        public var name: String
        /// Other forms, e.g. `Members of the European Parliament`.
        public var aliases: [String]

        /// Creates a role.
        public init(id: String, name: String, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.aliases = aliases
        }

        /// The name, then the aliases, without repeats.
        public var forms: [String] {
            var result = [name]
            for alias in aliases where !result.contains(alias) { result.append(alias) }
            return result
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, aliases
        }

        /// Decodes a role; a missing `aliases` is empty. Unknown keys, invalid ids and empty
        /// names or aliases are errors.
        public init(from decoder: any Decoder) throws {
            try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
            try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
        }

        /// The keys a role may have.
        static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

        init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
            id = try GazetteerCoding.decodeID(in: c, forKey: .id)
            name = try GazetteerCoding.decodeText(in: c, forKey: .name, what: "a name")
            aliases = try GazetteerCoding.decodeForms(in: c, forKey: .aliases)
        }

        /// Encodes a role, leaving out an empty `aliases`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encodeList(aliases, forKey: .aliases)
        }
    }
}

/// The checks that make a hand-written gazetteer's mistakes errors with a JSON path.
enum GazetteerCoding {
    /// Decodes an id: letters, digits, `.`, `-` and `_`, as ``Identifier`` recommends.
    static func decodeID<Source: JSONFieldSource>(in c: Source, forKey key: Source.Key) throws(Source.Failure) -> String {
        let id = try c.decode(String.self, forKey: key)
        // ASCII letters and digits, '.', '_' and '-', byte by byte (any other byte, a byte of a
        // non-ASCII scalar included, fails).
        let valid =
            !id.isEmpty
            && id.utf8.allSatisfy { byte in
                (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2E || byte == 0x5F || byte == 0x2D
            }
        guard valid else {
            throw c.corrupted(key, "'\(id)' is not a valid id; use letters, digits, '.', '-' and '_' only")
        }
        return id
    }

    /// Decodes a string that must contain more than white space.
    static func decodeText<Source: JSONFieldSource>(
        in c: Source, forKey key: Source.Key, what: String
    ) throws(Source.Failure) -> String {
        let text = try c.decode(String.self, forKey: key)
        guard !isBlank(text) else {
            throw c.corrupted(key, "\(what) must not be empty; fill it in or remove the key")
        }
        return text
    }

    /// Decodes an optional string that, when present, must contain more than white space.
    static func decodeTextIfPresent<Source: JSONFieldSource>(
        in c: Source, forKey key: Source.Key, what: String
    ) throws(Source.Failure) -> String? {
        guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard !isBlank(text) else {
            throw c.corrupted(key, "\(what) must not be empty; fill it in or remove the key")
        }
        return text
    }

    /// Decodes a list of forms (aliases); a missing list is empty, a blank form an error.
    static func decodeForms<Source: JSONFieldSource>(
        in c: Source, forKey key: Source.Key
    ) throws(Source.Failure) -> [String] {
        let forms = try c.decodeIfPresent([String].self, forKey: key) ?? []
        if let index = forms.firstIndex(where: isBlank) {
            throw c.corrupted(at: [key, ClosedObject.AnyKey(intValue: index)], "an alias must not be empty; remove it or fill it in")
        }
        return forms
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
