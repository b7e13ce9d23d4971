import Foundation

/// The names a converter recognises in running text: organisations, committees, Council
/// configurations and political groups (``Entry``), and collective forms of address such as
/// "MEPs" (``Role``).
///
/// Knowledge is data: AdvocacyKit bundles a gazetteer of the EU, the United States, the United
/// Kingdom, Canada, Australia and India — parliaments and their committees, governments,
/// regulators, political groups (``bundled()``) —, and users add their own files in the same
/// format (``init(contentsOf:)``, ``merging(_:)``).
///
/// ## File format
///
/// A gazetteer file is a JSON object (JSON has no comments, so the format is described here):
///
/// ```json
/// {
///   "version": 1,
///   "entries": [
///     {"id": "ie.oireachtas", "name": "Houses of the Oireachtas", "kind": "parliament",
///      "jurisdiction": "ie", "aliases": ["Oireachtas"]},
///     {"id": "ie.oireachtas.justice", "name": "Joint Committee on Justice", "type": "committee",
///      "aliases": ["Justice Committee"], "parent": "ie.oireachtas"}
///   ],
///   "roles": [
///     {"id": "td", "name": "TDs", "aliases": ["TD", "Teachtaí Dála"]}
///   ]
/// }
/// ```
///
/// - `version` is `1` (optional in user files); a later version is an error.
/// - `entries` and `roles` may each be left out. An entry needs `id` and `name`; `type`
///   (`organisation`, `committee`, `councilConfiguration`, `politicalGroup`) defaults to
///   `organisation`; `kind` is an ``Organisation/Kind`` name; `jurisdiction`, `abbreviation`,
///   `aliases` and `parent` (the id of the entry it belongs to, possibly in another file) are
///   optional. See ``Entry`` and ``Role``.
/// - Ids are dotted slugs (`eu.parliament.imco`) of letters, digits, `.`, `-` and `_`, unique
///   within the file's entries and within its roles.
/// - Unknown keys, empty names and empty aliases are errors, reported with the file and the
///   JSON path (``GazetteerError``).
///
/// ## Forms and matching
///
/// An entry's forms are its name, its abbreviation and its aliases. ``entries(named:)`` looks a
/// form up exactly; the converter's matcher finds forms in running text (whole words,
/// leftmost-longest, acronyms case-sensitive, a leading "the" treated as context, ambiguities
/// resolved by the following word and by ``EntryType``).
///
/// ## The bundled gazetteer
///
/// One file per jurisdiction in `Resources/Gazetteer/` (``bundledJurisdictions``): `eu.json`
/// (the EU's institutions, bodies, committees, political groups and Council configurations),
/// `us.json` (Congress, both chambers and their committees, the executive departments and
/// regulators), `gb.json` (both Houses, select and joint committees, departments, regulators,
/// devolved legislatures), `ca.json`, `au.json` and `in.json` (parliaments, their committees,
/// departments, regulators, parties). A form that names bodies of several jurisdictions
/// ("Senate", "House of Commons") is resolved by the jurisdiction the text is about. The
/// European Union itself (`eu.union`, "EU") has the kind
/// ``Organisation/Kind/igo``: it is not one of its institutions, and of the model's kinds an
/// international organisation is the closest. Bodies that are not the EU's but whose names
/// would otherwise be misread as EU ones (the Council of Europe, the European Court of Human
/// Rights, the European Patent Office) are listed with the kind `igo` and the jurisdiction
/// `int`. "EU Council" is read as the Council of the EU, as in most press usage; the
/// European Council is only "European Council" or "EUCO".
public struct Gazetteer: Sendable, Hashable, Codable {
    /// The format version this library reads and writes.
    public static let formatVersion = 1

    /// The organisations, committees, Council configurations and political groups.
    public var entries: [Entry] {
        didSet { formIndex = GazetteerFormIndex() }
    }
    /// The collective forms of address ("MEPs", "Member States").
    public var roles: [Role]
    /// The entries' forms by lookup key, for ``entries(named:)``.
    private var formIndex = GazetteerFormIndex()

    /// Whether two gazetteers hold the same entries and roles.
    public static func == (lhs: Gazetteer, rhs: Gazetteer) -> Bool {
        lhs.entries == rhs.entries && lhs.roles == rhs.roles
    }

    /// Hashes the entries and roles.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(roles)
    }

    /// Creates a gazetteer.
    public init(entries: [Entry] = [], roles: [Role] = []) {
        self.entries = entries
        self.roles = roles
    }

    /// The gazetteer bundled with AdvocacyKit, loaded on first use and kept for the process:
    /// every file of ``bundledJurisdictions`` merged, in that order.
    ///
    /// - Throws: ``GazetteerError`` if a resource is missing or damaged (a build problem).
    public static func bundled() throws -> Gazetteer {
        try bundledGazetteer.get()
    }

    /// The jurisdictions the bundled gazetteer covers, one file each: the EU (with the
    /// international bodies, `int`, and the forms of address shared by all), the United
    /// States, the United Kingdom, Canada, Australia and India.
    public static let bundledJurisdictions = ["eu", "us", "gb", "ca", "au", "in"]

    /// The bundled files, by name (`Resources/Gazetteer/NAME.json`).
    static let bundledFiles = bundledJurisdictions

    /// Reads a gazetteer file.
    ///
    /// - Throws: ``GazetteerError`` naming the file and, for bad content, the JSON path.
    public init(contentsOf url: URL) throws {
        try self.init(contentsOf: url, checksEntries: true)
    }

    /// Reads a gazetteer file; the bundled files, whose entries a test checks, skip the checks
    /// at every start.
    init(contentsOf url: URL, checksEntries: Bool) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError(file: url.path, message: "could not read the file (\(error.localizedDescription))")
        }
        self = try Gazetteer(json: data, file: url.path, checksEntries: checksEntries)
    }

    /// Decodes a gazetteer from JSON; `file` names the source in errors.
    init(json data: Data, file: String?, checksEntries: Bool = true) throws {
        // The tape reads what it reads exactly as JSONDecoder does; JSONDecoder reads the
        // rest or explains what is wrong.
        if let gazetteer = Gazetteer.fromTape(data) {
            self = gazetteer
        } else {
            do {
                self = try JSONDecoder().decode(Gazetteer.self, from: data)
            } catch let error as DecodingError {
                throw GazetteerError(error, file: file)
            }
        }
        if checksEntries { try checkEntries(file: file) }
    }

    /// This gazetteer with `other`'s entries and roles added.
    ///
    /// An entry (or role) of `other` whose id is already here replaces it in place; the others
    /// are appended in their order. Appended entries come later, which the matcher uses to
    /// break ties, so a user gazetteer merged over the bundled one takes precedence.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        Self.merged([self, other])
    }

    /// The gazetteers merged in order, as `gazetteers[0].merging(gazetteers[1]).merging(…)`
    /// would, with each id looked up once.
    static func merged(_ gazetteers: [Gazetteer]) -> Gazetteer {
        guard let first = gazetteers.first else { return Gazetteer() }
        var entries = Positions(first.entries)
        var roles = Positions(first.roles)
        for other in gazetteers.dropFirst() {
            entries.merge(other.entries)
            roles.merge(other.roles)
        }
        return Gazetteer(entries: entries.elements, roles: roles.elements)
    }

    /// Elements with unique ids being merged: one of `added` whose id is already there
    /// replaces it in place, the others are appended.
    private struct Positions<Element: Identifiable> where Element.ID == String {
        private(set) var elements: [Element]
        /// The index of each id's element (the first, for ids the base has twice).
        private var indices: [String: Int] = [:]

        init(_ base: [Element]) {
            elements = base
            for (index, element) in base.enumerated() where indices[element.id] == nil {
                indices[element.id] = index
            }
        }

        mutating func merge(_ added: [Element]) {
            for element in added {
                if let index = indices[element.id] {
                    elements[index] = element
                } else {
                    indices[element.id] = elements.count
                    elements.append(element)
                }
            }
        }
    }

    /// The entry with this id, if any.
    public func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// The role with this id, if any.
    public func role(id: String) -> Role? {
        roles.first { $0.id == id }
    }

    /// The entries that have `form` as their name, abbreviation or an alias, in gazetteer order.
    ///
    /// The comparison ignores a leading "the ", runs of white space and the difference between
    /// hyphen characters (`‐ - –`) and between apostrophes (`’ '`). A form in capitals (two or
    /// more capital letters, no lower-case letter: `IMCO`, `S&D`) matches only exactly; other
    /// forms match in any case (`entries(named: "the commission")` finds the Commission).
    public func entries(named form: String) -> [Entry] {
        let query = GazetteerText.lookupKey(form)
        guard !query.key.isEmpty else { return [] }
        return formIndex.positions(matching: query, in: entries).map { entries[$0] }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, entries, roles
    }

    /// Decodes a gazetteer; `version`, `entries` and `roles` may be left out. Duplicate ids,
    /// unknown keys and a version other than 1 are errors.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The keys a gazetteer may have.
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure) where Source.Key == CodingKeys {
        if let version = try c.decodeIfPresent(Int.self, forKey: .version), version != Self.formatVersion {
            throw c.corrupted(
                .version, "version \(version) is not supported; this version of AdvocacyKit reads version \(Self.formatVersion)")
        }
        entries = try c.decodeList(.entries)
        roles = try c.decodeList(.roles)
        try Self.rejectDuplicates(entries.map(\.id), list: .entries, in: c)
        try Self.rejectDuplicates(roles.map(\.id), list: .roles, in: c)
    }

    /// Encodes a gazetteer with `version`, leaving out an empty `roles`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatVersion, forKey: .version)
        try c.encode(entries, forKey: .entries)
        try c.encodeList(roles, forKey: .roles)
    }

    private static func rejectDuplicates<Source: JSONFieldSource>(
        _ ids: [String], list: CodingKeys, in c: Source
    ) throws(Source.Failure) {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id] {
                throw c.corrupted(
                    at: [list, ClosedObject.AnyKey(intValue: index), ClosedObject.AnyKey(stringValue: "id")],
                    "the id '\(id)' is already used by \(list.rawValue)[\(earlier)]; ids must be unique")
            }
            first[id] = index
        }
    }
}

/// The bundled gazetteer, read on first access (a global `let` is initialised once,
/// thread-safely); a failure is kept too, so it is reported on every call.
let bundledGazetteer: Result<Gazetteer, GazetteerError> = Result { () throws(GazetteerError) in
    var files: [Gazetteer] = []
    for name in Gazetteer.bundledFiles {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Gazetteer") else {
            throw GazetteerError(
                file: "Gazetteer/\(name).json",
                message: "the bundled gazetteer is missing from the AdvocacyKit resource bundle; reinstall or rebuild the package")
        }
        do {
            files.append(try Gazetteer(contentsOf: url, checksEntries: false))
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw GazetteerError(file: url.path, message: "\(error)")
        }
    }
    return Gazetteer.merged(files)
}
