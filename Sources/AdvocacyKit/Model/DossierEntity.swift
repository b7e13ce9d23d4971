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
        self[keyPath: Entity.dossierList].first { $0.id == id }
    }
}
