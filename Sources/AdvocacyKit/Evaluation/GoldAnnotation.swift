import Foundation

/// A hand-made gold annotation of one advocacy text: what a careful reader extracts from it,
/// the reference that ``ExtractionEvaluator`` scores converted dossiers against.
///
/// ## The format
///
/// One JSON file per text, `NAME.json` next to `NAME.txt` (or `.html`, `.md`). Every key is
/// optional when reading: a missing or `null` list is empty, a missing string is `nil`, and
/// keys not listed here are ignored; but an object with none of these keys, or dossier JSON,
/// is refused.
///
/// ```json
/// {
///   "id": "00_ecpat-imco-csa",
///   "source": "https://example.org/press/ecpat-imco",
///   "kind": "pressRelease",
///   "title": "ECPAT with 41 child’s rights organisations denounces IMCO’s draft opinion …",
///   "date": "2023-03-07",
///   "place": "Bangkok",
///   "authors": ["ECPAT"],
///   "organisations": [
///     {"name": "ECPAT", "aliases": []},
///     {"name": "European Commission", "aliases": ["EC"]},
///     {"name": "Committee on the Internal Market and Consumer Protection", "aliases": ["IMCO"]}
///   ],
///   "committees": [
///     {"acronym": "IMCO", "name": "Committee on the Internal Market and Consumer Protection",
///      "parliament": "European Parliament"},
///     {"acronym": "LIBE", "name": null, "parliament": "European Parliament"}
///   ],
///   "proposals": [
///     {"title": "Regulation to prevent and combat child sexual abuse",
///      "proposer": "European Commission", "date": "2022-05", "identifiers": []}
///   ],
///   "opinions": [
///     {"body": "Committee on the Internal Market and Consumer Protection (IMCO)",
///      "kind": "draft opinion", "status": "draft",
///      "on": "Regulation to prevent and combat child sexual abuse"}
///   ],
///   "coalitions": [
///     {"name": "European Child Sexual Abuse Legislation Advocacy Group", "acronym": "ECLAG",
///      "memberCount": 60, "memberCountQualifier": "more than", "members": ["ECPAT", "Thorn"]}
///   ],
///   "demands": [
///     {"text": "ensure the proposed Regulation … covers all threats to children online",
///      "addressees": ["EU decision-makers"]}
///   ],
///   "quotes": [
///     {"speaker": "a spokesperson for the Steering Group …",
///      "organisation": "European Child Sexual Abuse Legislation Advocacy Group",
///      "text": "The scale of sexual violence against children online requires us to act at scale."}
///   ],
///   "notes": "Judgement calls, typos and inconsistencies of the text."
/// }
/// ```
///
/// ## What to annotate
///
/// - `title`, every demand `text`, every quote `text` (its first 80 characters or so, cut at a
///   word), quote `speaker` and every addressee are copied verbatim from the text; addressees
///   lose a leading article ("the Commission" → "Commission").
/// - `date` (`YYYY-MM-DD`, or `YYYY-MM`) and `place` only when the text states a publication
///   date or a dateline; otherwise `null`.
/// - `authors`: the issuing organisation in the fullest form the text uses.
/// - `organisations`: every named organisation, institution, committee, political group,
///   coalition and company, once, with its fullest `name` and every other form in `aliases`.
/// - `committees`: parliamentary committees named in the text; `name` is `null` when only the
///   acronym appears.
/// - `proposals`: the legislative files, with `identifiers` only when printed in the text.
/// - `opinions`: existing stances of committees, councils or bodies on a proposal, by `body`.
/// - `coalitions`: named coalitions and unnamed groups acting jointly (the signatories of a
///   letter); `memberCount` and `memberCountQualifier` as the text states them ("more than 60"
///   → `60`, `"more than"`), `members` only those named. A named coalition keeps its name as
///   the text writes it, with its `acronym`; an unnamed group is a description that starts
///   with a lower-case letter and has no acronym ("signatories of the open letter"). The
///   difference counts: any two unnamed groups are the same coalition when scored (see
///   ``ExtractionEvaluator``), so a text's unnamed group matches a predicted one however
///   each describes it.
/// - `demands`: one entry per distinct ask of the author, with its addressees.
/// - `quotes`: one entry per quoted paragraph or separately quoted span.
public struct GoldAnnotation: Hashable, Sendable, Codable {
    /// A named organisation, institution, body, committee or coalition.
    public struct Organisation: Hashable, Sendable, Codable {
        /// The fullest form the text uses.
        public var name: String
        /// Every other form the text uses (acronyms, short forms).
        public var aliases: [String]

        /// Creates an organisation.
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }

        private enum CodingKeys: String, CodingKey { case name, aliases }

        /// Decodes an organisation tolerantly: a missing name is empty, missing aliases are none.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = c.lenientString(.name) ?? ""
            aliases = c.lenientStrings(.aliases)
        }
    }

    /// A parliamentary committee.
    public struct Committee: Hashable, Sendable, Codable {
        /// The acronym, e.g. `IMCO`.
        public var acronym: String?
        /// The full name, `nil` when the text only uses the acronym.
        public var name: String?
        /// The parliament the committee belongs to.
        public var parliament: String?

        /// Creates a committee.
        public init(acronym: String? = nil, name: String? = nil, parliament: String? = nil) {
            self.acronym = acronym
            self.name = name
            self.parliament = parliament
        }

        private enum CodingKeys: String, CodingKey { case acronym, name, parliament }

        /// Decodes a committee tolerantly.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            acronym = c.lenientString(.acronym)
            name = c.lenientString(.name)
            parliament = c.lenientString(.parliament)
        }
    }

    /// A legislative proposal.
    public struct Proposal: Hashable, Sendable, Codable {
        /// The title as the text names it.
        public var title: String
        /// Who proposed it, when stated.
        public var proposer: String?
        /// The date as `YYYY-MM` or `YYYY-MM-DD`, when stated.
        public var date: String?
        /// Identifiers printed in the text (`2023/0085 (COD)`, `COM(2022) 209`).
        public var identifiers: [String]

        /// Creates a proposal.
        public init(title: String, proposer: String? = nil, date: String? = nil, identifiers: [String] = []) {
            self.title = title
            self.proposer = proposer
            self.date = date
            self.identifiers = identifiers
        }

        private enum CodingKeys: String, CodingKey { case title, proposer, date, identifiers }

        /// Decodes a proposal tolerantly: a missing title is empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = c.lenientString(.title) ?? ""
            proposer = c.lenientString(.proposer)
            date = c.lenientString(.date)
            identifiers = c.lenientStrings(.identifiers)
        }
    }

    /// An opinion, report, vote or position of a body on a proposal.
    public struct Opinion: Hashable, Sendable, Codable {
        /// The body that gives it, as the text names it.
        public var body: String
        /// What it is ("draft opinion", "report", "position").
        public var kind: String?
        /// `draft`, `adopted` or `nil`.
        public var status: String?
        /// The proposal it is about.
        public var on: String?

        /// Creates an opinion.
        public init(body: String, kind: String? = nil, status: String? = nil, on: String? = nil) {
            self.body = body
            self.kind = kind
            self.status = status
            self.on = on
        }

        private enum CodingKeys: String, CodingKey { case body, kind, status, on }

        /// Decodes an opinion tolerantly: a missing body is empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            body = c.lenientString(.body) ?? ""
            kind = c.lenientString(.kind)
            status = c.lenientString(.status)
            on = c.lenientString(.on)
        }
    }

    /// A named coalition or an unnamed group acting jointly.
    public struct Coalition: Hashable, Sendable, Codable {
        /// The name, or a description of an unnamed group that starts with a lower-case letter
        /// ("signatories of the joint letter"); with no ``acronym``, such a description marks
        /// the group as unnamed.
        public var name: String
        /// The acronym, e.g. `ECLAG`.
        public var acronym: String?
        /// The stated number of members; `nil` when the text gives none or an open list.
        public var memberCount: Int?
        /// How the text qualifies the number: `exactly`, `more than`, `about` …
        public var memberCountQualifier: String?
        /// The members the text names.
        public var members: [String]

        /// Creates a coalition.
        public init(
            name: String, acronym: String? = nil, memberCount: Int? = nil,
            memberCountQualifier: String? = nil, members: [String] = []
        ) {
            self.name = name
            self.acronym = acronym
            self.memberCount = memberCount
            self.memberCountQualifier = memberCountQualifier
            self.members = members
        }

        private enum CodingKeys: String, CodingKey { case name, acronym, memberCount, memberCountQualifier, members }

        /// Decodes a coalition tolerantly: a count may also be written as a string or a
        /// whole floating-point number.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = c.lenientString(.name) ?? ""
            acronym = c.lenientString(.acronym)
            memberCount = c.lenientInt(.memberCount)
            memberCountQualifier = c.lenientString(.memberCountQualifier)
            members = c.lenientStrings(.members)
        }
    }

    /// One distinct ask.
    public struct Demand: Hashable, Sendable, Codable {
        /// The ask, verbatim.
        public var text: String
        /// Those it is addressed to, verbatim and without a leading article.
        public var addressees: [String]

        /// Creates a demand.
        public init(text: String, addressees: [String] = []) {
            self.text = text
            self.addressees = addressees
        }

        private enum CodingKeys: String, CodingKey { case text, addressees }

        /// Decodes a demand tolerantly: a missing text is empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            text = c.lenientString(.text) ?? ""
            addressees = c.lenientStrings(.addressees)
        }
    }

    /// One quoted paragraph or separately quoted span.
    public struct Quote: Hashable, Sendable, Codable {
        /// The speaker as the text names them, verbatim.
        public var speaker: String?
        /// The organisation the speaker speaks for.
        public var organisation: String?
        /// The opening of the quote, verbatim.
        public var text: String

        /// Creates a quote.
        public init(speaker: String? = nil, organisation: String? = nil, text: String) {
            self.speaker = speaker
            self.organisation = organisation
            self.text = text
        }

        private enum CodingKeys: String, CodingKey { case speaker, organisation, text }

        /// Decodes a quote tolerantly: a missing text is empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            speaker = c.lenientString(.speaker)
            organisation = c.lenientString(.organisation)
            text = c.lenientString(.text) ?? ""
        }
    }

    /// The text's id, usually its file name without extension.
    public var id: String
    /// Where the text was published.
    public var source: String?
    /// The kind of document (`pressRelease`, `openLetter`, `jointStatement` …).
    public var kind: String?
    /// The headline, verbatim.
    public var title: String?
    /// The publication date stated in the text, `YYYY-MM-DD`.
    public var date: String?
    /// The dateline's place.
    public var place: String?
    /// The issuing organisations.
    public var authors: [String]
    /// Every named organisation.
    public var organisations: [Organisation]
    /// Parliamentary committees.
    public var committees: [Committee]
    /// Legislative proposals.
    public var proposals: [Proposal]
    /// Opinions, reports, votes and positions of bodies.
    public var opinions: [Opinion]
    /// Coalitions and groups of signatories.
    public var coalitions: [Coalition]
    /// The author's asks.
    public var demands: [Demand]
    /// Quotes.
    public var quotes: [Quote]
    /// The annotator's notes.
    public var notes: String?

    /// Creates an annotation.
    public init(
        id: String, source: String? = nil, kind: String? = nil, title: String? = nil,
        date: String? = nil, place: String? = nil, authors: [String] = [],
        organisations: [Organisation] = [], committees: [Committee] = [],
        proposals: [Proposal] = [], opinions: [Opinion] = [], coalitions: [Coalition] = [],
        demands: [Demand] = [], quotes: [Quote] = [], notes: String? = nil
    ) {
        self.id = id
        self.source = source
        self.kind = kind
        self.title = title
        self.date = date
        self.place = place
        self.authors = authors
        self.organisations = organisations
        self.committees = committees
        self.proposals = proposals
        self.opinions = opinions
        self.coalitions = coalitions
        self.demands = demands
        self.quotes = quotes
        self.notes = notes
    }

    /// Decodes an annotation from its JSON file.
    public init(json data: Data) throws {
        self = try JSONDecoder().decode(GoldAnnotation.self, from: data)
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, kind, title, date, place, authors, organisations, committees, proposals,
            opinions, coalitions, demands, quotes, notes
    }

    /// Decodes an annotation tolerantly: missing or `null` lists are empty, values of the
    /// wrong type are ignored, list elements that are not objects are skipped.
    ///
    /// Throws `DecodingError.dataCorrupted` for an object that holds none of the gold keys
    /// (not an annotation at all, which would score 0 as if the converter found nothing right),
    /// and for dossier JSON (`schemaVersion` and `document`: a converter's output, not gold).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let others = try decoder.container(keyedBy: OtherKey.self)
        if others.contains(OtherKey("schemaVersion")), others.contains(OtherKey("document")) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription:
                        "this is dossier JSON (the output of advocacy convert), not a gold annotation; put the hand-made annotations in the gold folder"
                ))
        }
        guard !c.allKeys.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription:
                        "the object has none of the gold annotation's keys (id, title, date, organisations, …); see GoldAnnotation for the format"
                ))
        }
        id = c.lenientString(.id) ?? ""
        source = c.lenientString(.source)
        kind = c.lenientString(.kind)
        title = c.lenientString(.title)
        date = c.lenientString(.date)
        place = c.lenientString(.place)
        authors = c.lenientStrings(.authors)
        organisations = c.lenientList(.organisations)
        committees = c.lenientList(.committees)
        proposals = c.lenientList(.proposals)
        opinions = c.lenientList(.opinions)
        coalitions = c.lenientList(.coalitions)
        demands = c.lenientList(.demands)
        quotes = c.lenientList(.quotes)
        notes = c.lenientString(.notes)
    }
}

/// Any key, to look for keys outside ``GoldAnnotation``'s own.
private struct OtherKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A value decoded only to step over it in a list.
private struct SkippedValue: Decodable {
    init(from decoder: any Decoder) throws {}
}

extension KeyedDecodingContainer {
    /// A string value, a number written as text, or `nil`.
    fileprivate func lenientString(_ key: Key) -> String? {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
        return nil
    }

    /// An integer, also from a whole floating-point number or a numeric string.
    fileprivate func lenientInt(_ key: Key) -> Int? {
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return number }
        if let number = try? decodeIfPresent(Double.self, forKey: key), number.rounded() == number,
            abs(number) < 1e15
        {
            return Int(number)
        }
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            return Int(text.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The strings of a list; other elements are skipped, a missing list is empty.
    fileprivate func lenientStrings(_ key: Key) -> [String] {
        lenientList(key)
    }

    /// The decodable elements of a list; others are skipped, a missing list is empty.
    fileprivate func lenientList<Element: Decodable>(_ key: Key) -> [Element] {
        guard (try? decodeNil(forKey: key)) == false, var list = try? nestedUnkeyedContainer(forKey: key) else {
            return []
        }
        var result: [Element] = []
        while !list.isAtEnd {
            if let element = try? list.decode(Element.self) {
                result.append(element)
            } else if (try? list.decode(SkippedValue.self)) == nil {
                break
            }
        }
        return result
    }
}
