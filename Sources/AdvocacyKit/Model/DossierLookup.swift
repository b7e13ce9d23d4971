import Foundation

/// The positions of a dossier's entities by id, built on the first look-up of each kind and
/// kept with the dossier (a new, empty lookup whenever a list changes), so that
/// `dossier[id]` costs a dictionary access instead of a pass over the list: code that looks
/// up every entity's references (export, validation, merging) stays linear.
///
/// A class so that copies of a dossier share it; thread-safe, because datasets are checked
/// on several threads. It holds nothing but what the lists already say, so it takes no part
/// in a dossier's equality or hash: all lookups are equal.
final class DossierLookup: @unchecked Sendable, Hashable {
    // Safe because `positions` and `owners` are only read and written while `lock` is held.
    private let lock = NSLock()
    /// Per entity type, the position of the first entity with each id.
    private var positions: [ObjectIdentifier: [String: Int]] = [:]
    /// Per coalition body id, the position of the first coalition that has it and of the body.
    private var bodies: [String: (coalition: Int, body: Int)]?

    /// Lists this short are scanned: building an index would cost more.
    static let scanLength = 8

    /// The position in `list` of the first entity with the id `id`.
    func position<Entity: DossierEntity>(of id: Identifier<Entity>, in list: [Entity]) -> Int? {
        let key = ObjectIdentifier(Entity.self)
        let table = lock.withLock {
            if let table = positions[key] { return table }
            var table: [String: Int] = [:]
            table.reserveCapacity(list.count)
            for (position, entity) in list.enumerated() where table[entity.id.rawValue] == nil {
                table[entity.id.rawValue] = position
            }
            positions[key] = table
            return table
        }
        return table[id.rawValue]
    }

    /// The positions of the first coalition of `coalitions` with the body `id`, and of the body.
    func position(ofBody id: Coalition.Body.ID, in coalitions: [Coalition]) -> (coalition: Int, body: Int)? {
        let table = lock.withLock {
            if let bodies { return bodies }
            var table: [String: (coalition: Int, body: Int)] = [:]
            for (coalitionPosition, coalition) in coalitions.enumerated() {
                for (bodyPosition, body) in coalition.bodies.enumerated() where table[body.id.rawValue] == nil {
                    table[body.id.rawValue] = (coalitionPosition, bodyPosition)
                }
            }
            bodies = table
            return table
        }
        return table[id.rawValue]
    }

    static func == (lhs: DossierLookup, rhs: DossierLookup) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
