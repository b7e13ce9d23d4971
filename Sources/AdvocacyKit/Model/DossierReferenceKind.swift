import Foundation

/// The kinds of entity a ``Party`` or a ``Subject`` can name.
///
/// References are plain ids in JSON. While a ``Dossier`` is decoded it knows the kind of
/// every id it holds, and resolves each reference through that index; outside a dossier a
/// reference is written `{"type": "committee", "id": "imco"}`.
public enum DossierReferenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// An ``Organisation``.
    case organisation
    /// A ``Committee``.
    case committee
    /// A ``Coalition``.
    case coalition
    /// A ``Coalition/Body``.
    case coalitionBody
    /// A ``Person``.
    case person
    /// A ``Proposal``.
    case proposal
    /// An ``Opinion``.
    case opinion

    /// The id → kind index of the dossier being decoded, if any.
    @TaskLocal static var decodingIndex: [String: DossierReferenceKind]?

    private enum CodingKeys: String, CodingKey { case type, id }

    /// Reads a reference: an id resolved through ``decodingIndex``, or an explicit
    /// `{"type", "id"}` object.
    static func decodeReference(
        from decoder: any Decoder, allowed: [DossierReferenceKind]
    ) throws -> (DossierReferenceKind, String) {
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
            guard let index = decodingIndex else {
                throw DecodingError.dataCorruptedError(
                    in: single,
                    debugDescription:
                        "a bare id can only be resolved inside a dossier; write {\"type\": …, \"id\": \"\(id)\"}")
            }
            guard let kind = index[id], allowed.contains(kind) else {
                throw DecodingError.dataCorruptedError(
                    in: single,
                    debugDescription:
                        "no \(names.replacingLast(", ", with: " or ")) in the dossier has the id '\(id)'; add it or fix the reference"
                )
            }
            return (kind, id)
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let type = try container.decode(String.self, forKey: .type)
        guard let kind = DossierReferenceKind(rawValue: type), allowed.contains(kind) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "expected one of \(names), found '\(type)'")
        }
        return (kind, id)
    }
}

extension String {
    fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
