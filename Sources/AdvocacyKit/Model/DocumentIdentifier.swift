/// An identifier of a document or body in a named scheme: a COM number, a procedure
/// number, a CELEX number, an ELI, a URL.
///
/// JSON: `{"origin": "source", "scheme": "procedure", "value": "2022/0155(COD)"}`.
public struct DocumentIdentifier: Hashable, Sendable, Codable {
    /// An identifier scheme. The common ones are static members; any other name works too.
    public struct Scheme: RawRepresentable, Hashable, Sendable, Codable,
        ExpressibleByStringLiteral, CustomStringConvertible
    {
        /// The scheme's name as it appears in JSON.
        public let rawValue: String

        /// Creates a scheme from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a scheme from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// The scheme's name.
        public var description: String { rawValue }

        /// A European Commission document number, e.g. `COM(2022) 209 final`.
        public static let com: Scheme = "COM"
        /// A legislative procedure reference, e.g. `2022/0155(COD)`.
        public static let procedure: Scheme = "procedure"
        /// A CELEX number of EUR-Lex, e.g. `52022PC0209`.
        public static let celex: Scheme = "CELEX"
        /// A European Legislation Identifier, e.g. `http://data.europa.eu/eli/reg/2016/679/oj`.
        public static let eli: Scheme = "ELI"
        /// A web address where the document is published.
        public static let url: Scheme = "URL"
        /// A national bill or document number.
        public static let billNumber: Scheme = "billNumber"
    }

    /// Where an identifier came from.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// Printed in the source text.
        case source
        /// Added from outside the text (a registry, a curator's research).
        case external
    }

    /// The scheme the value belongs to.
    public var scheme: Scheme
    /// The identifier as written, e.g. `COM(2022) 209 final`.
    public var value: String
    /// Whether the source text printed it or it was added from elsewhere.
    public var origin: Origin

    /// Creates an identifier.
    public init(_ scheme: Scheme, _ value: String, origin: Origin = .source) {
        self.scheme = scheme
        self.value = value
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case scheme, value, origin }

    /// Decodes an identifier; a missing origin is ``Origin/source``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scheme = try c.decode(Scheme.self, forKey: .scheme)
        value = try c.decode(String.self, forKey: .value)
        origin = try c.decodeIfPresent(Origin.self, forKey: .origin) ?? .source
    }
}
