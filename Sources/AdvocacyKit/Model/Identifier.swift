/// A typed identifier of an entity in a ``Dossier``.
///
/// The phantom `Entity` parameter makes ids of different kinds different types, so a
/// `Proposal.ID` cannot be passed where a `Committee.ID` is expected:
///
/// ```swift
/// let proposal: Proposal.ID = "csar-proposal"
/// let committee: Committee.ID = proposal   // error: cannot convert value
/// ```
///
/// In JSON an identifier is a plain string. Ids are unique across all entity kinds of one
/// dossier and become Akoma Ntoso `eId`s, so they should match `[A-Za-z0-9_.-]+` and must
/// not look like a positional eId (`p_1`, `ref_2`); the exporter rejects ids that do not.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable,
    Codable, ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier's text, e.g. `csar-proposal`.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes an identifier from a JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Orders identifiers by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The identifier's text.
    public var description: String { rawValue }
}
