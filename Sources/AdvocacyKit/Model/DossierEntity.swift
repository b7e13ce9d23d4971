/// An entity that a ``Dossier`` holds in one of its lists and that other entities refer to
/// by id.
public protocol DossierEntity: Identifiable, Hashable, Sendable, Codable
where ID == Identifier<Self> {
    /// The entity's id, unique across all entities of a dossier.
    var id: ID { get }
    /// The dossier list that holds entities of this kind.
    static var dossierList: WritableKeyPath<Dossier, [Self]> { get }
    /// The list's name in JSON and in diagnostics, e.g. `organisations`.
    static var listName: String { get }
}

extension Dossier {
    /// The entity with the given id, if the dossier holds one.
    public subscript<Entity: DossierEntity>(id: Identifier<Entity>) -> Entity? {
        let list = self[keyPath: Entity.dossierList]
        guard list.count > DossierLookup.scanLength else { return list.first { $0.id == id } }
        return lookup.position(of: id, in: list).map { list[$0] }
    }
}

extension Dossier {
    /// The coalition body with the given id, if one of the dossier's coalitions has it.
    public subscript(id: Coalition.Body.ID) -> Coalition.Body? {
        lookup.position(ofBody: id, in: coalitions).map { coalitions[$0.coalition].bodies[$0.body] }
    }

    /// The coalition that has the body with the given id.
    public func coalition(owning body: Coalition.Body.ID) -> Coalition? {
        lookup.position(ofBody: body, in: coalitions).map { coalitions[$0.coalition] }
    }

    /// Whether the dossier holds the entity a party names.
    public func contains(_ party: Party) -> Bool {
        switch party {
        case .organisation(let id): self[id] != nil
        case .committee(let id): self[id] != nil
        case .coalition(let id): self[id] != nil
        case .coalitionBody(let id): self[id] != nil
        case .person(let id): self[id] != nil
        }
    }

    /// Whether the dossier holds the entity a subject names.
    public func contains(_ subject: Subject) -> Bool {
        switch subject {
        case .proposal(let id): self[id] != nil
        case .opinion(let id): self[id] != nil
        }
    }

    /// The name to show for a party: its abbreviation or name, a person's display name, or
    /// the id when the dossier does not hold it.
    public func displayName(of party: Party) -> String {
        switch party {
        case .organisation(let id): self[id].map { $0.abbreviation ?? $0.name } ?? id.rawValue
        case .committee(let id): self[id].map { $0.abbreviation ?? $0.displayName } ?? id.rawValue
        case .coalition(let id): self[id].map { $0.abbreviation ?? $0.name } ?? id.rawValue
        case .coalitionBody(let id): self[id]?.name ?? id.rawValue
        case .person(let id): self[id]?.displayName ?? id.rawValue
        }
    }

    /// The full name of a party, for titles and `showAs`.
    public func fullName(of party: Party) -> String {
        switch party {
        case .organisation(let id): self[id]?.name ?? id.rawValue
        case .committee(let id): self[id]?.displayName ?? id.rawValue
        case .coalition(let id): self[id]?.name ?? id.rawValue
        case .coalitionBody(let id):
            [coalition(owning: id).map { $0.abbreviation ?? $0.name }, self[id]?.name]
                .compactMap { $0 }.joined(separator: " ")
        case .person(let id): self[id]?.displayName ?? id.rawValue
        }
    }
}
