/// An actor in a dossier: an organisation, a committee, a coalition or a person.
///
/// Used wherever the text says *who*: who issued a document, who demands, who speaks for
/// whom, who takes a stance. JSON: `{"id": "ecpat", "type": "organisation"}`.
public enum Party: Hashable, Comparable, Sendable, Codable {
    /// An organisation, institution or company.
    case organisation(Organisation.ID)
    /// A parliamentary committee.
    case committee(Committee.ID)
    /// A coalition, a group of signatories or a coalition's body.
    case coalition(Coalition.ID)
    /// A person, named or not.
    case person(Person.ID)

    /// The referenced entity's id as text.
    public var id: String {
        switch self {
        case .organisation(let id): id.rawValue
        case .committee(let id): id.rawValue
        case .coalition(let id): id.rawValue
        case .person(let id): id.rawValue
        }
    }

    /// The kind of entity referenced, as in JSON (`organisation`, `committee`, …).
    public var type: String {
        switch self {
        case .organisation: "organisation"
        case .committee: "committee"
        case .coalition: "coalition"
        case .person: "person"
        }
    }

    private enum CodingKeys: String, CodingKey { case type, id }

    /// Decodes `{"type": …, "id": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        switch try container.decode(String.self, forKey: .type) {
        case "organisation": self = .organisation(.init(id))
        case "committee": self = .committee(.init(id))
        case "coalition": self = .coalition(.init(id))
        case "person": self = .person(.init(id))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription:
                    "expected one of organisation, committee, coalition, person, found '\(other)'")
        }
    }

    /// Encodes `{"type": …, "id": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
    }

    /// Orders parties by type, then id.
    public static func < (lhs: Party, rhs: Party) -> Bool {
        (lhs.type, lhs.id) < (rhs.type, rhs.id)
    }
}

/// What a demand or a stance is about: a proposal or an opinion on one.
///
/// JSON: `{"id": "imco-draft-opinion", "type": "opinion"}`.
public enum Subject: Hashable, Sendable, Codable {
    /// A legislative proposal.
    case proposal(Proposal.ID)
    /// An opinion, report, position or vote.
    case opinion(Opinion.ID)

    /// The referenced entity's id as text.
    public var id: String {
        switch self {
        case .proposal(let id): id.rawValue
        case .opinion(let id): id.rawValue
        }
    }

    /// The kind of entity referenced, as in JSON (`proposal` or `opinion`).
    public var type: String {
        switch self {
        case .proposal: "proposal"
        case .opinion: "opinion"
        }
    }

    private enum CodingKeys: String, CodingKey { case type, id }

    /// Decodes `{"type": …, "id": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        switch try container.decode(String.self, forKey: .type) {
        case "proposal": self = .proposal(.init(id))
        case "opinion": self = .opinion(.init(id))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "expected one of proposal, opinion, found '\(other)'")
        }
    }

    /// Encodes `{"type": …, "id": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
    }
}
