/// An actor in a dossier: an organisation, a committee, a coalition, a body of a coalition
/// (such as its steering group) or a person.
///
/// Used wherever the text says *who*: who issued a document, who demands, who speaks for
/// whom, who takes a stance. In JSON a party is the entity's id, like every other reference:
/// ids are unique across a dossier, so the dossier tells which kind of entity it names.
public enum Party: Hashable, Comparable, Sendable, Codable {
    /// An organisation, institution or company.
    case organisation(Organisation.ID)
    /// A parliamentary committee.
    case committee(Committee.ID)
    /// A coalition or a group of signatories.
    case coalition(Coalition.ID)
    /// A body of a coalition, such as its steering group.
    case coalitionBody(Coalition.Body.ID)
    /// A person, named or not.
    case person(Person.ID)

    /// The referenced entity's id as text.
    public var id: String {
        switch self {
        case .organisation(let id): id.rawValue
        case .committee(let id): id.rawValue
        case .coalition(let id): id.rawValue
        case .coalitionBody(let id): id.rawValue
        case .person(let id): id.rawValue
        }
    }

    /// The kind of entity referenced.
    public var kind: DossierReferenceKind {
        switch self {
        case .organisation: .organisation
        case .committee: .committee
        case .coalition: .coalition
        case .coalitionBody: .coalitionBody
        case .person: .person
        }
    }

    /// Decodes a party from an id, which the enclosing dossier resolves, or from
    /// `{"type": …, "id": …}` outside a dossier.
    public init(from decoder: any Decoder) throws {
        let (kind, id) = try DossierReferenceKind.decodeReference(
            from: decoder, allowed: [.organisation, .committee, .coalition, .coalitionBody, .person])
        self = Party(kind: kind, id: id) ?? .person(.init(id))
    }

    /// The party of a kind and id; `nil` for the kinds that are not parties.
    init?(kind: DossierReferenceKind, id: String) {
        switch kind {
        case .organisation: self = .organisation(.init(id))
        case .committee: self = .committee(.init(id))
        case .coalition: self = .coalition(.init(id))
        case .coalitionBody: self = .coalitionBody(.init(id))
        case .person: self = .person(.init(id))
        case .proposal, .opinion: return nil
        }
    }

    /// Encodes the party as its id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }

    /// Orders parties by kind, then id.
    public static func < (lhs: Party, rhs: Party) -> Bool {
        (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
    }
}

/// What a demand or a stance is about: a proposal or an opinion on one.
///
/// In JSON a subject is the entity's id, resolved by the enclosing dossier.
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

    /// The kind of entity referenced.
    public var kind: DossierReferenceKind {
        switch self {
        case .proposal: .proposal
        case .opinion: .opinion
        }
    }

    /// Decodes a subject from an id, which the enclosing dossier resolves, or from
    /// `{"type": …, "id": …}` outside a dossier.
    public init(from decoder: any Decoder) throws {
        let (kind, id) = try DossierReferenceKind.decodeReference(from: decoder, allowed: [.proposal, .opinion])
        self = Subject(kind: kind, id: id) ?? .opinion(.init(id))
    }

    /// The subject of a kind and id; `nil` for the kinds that are not subjects.
    init?(kind: DossierReferenceKind, id: String) {
        switch kind {
        case .proposal: self = .proposal(.init(id))
        case .opinion: self = .opinion(.init(id))
        default: return nil
        }
    }

    /// Encodes the subject as its id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
