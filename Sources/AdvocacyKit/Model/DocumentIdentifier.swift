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
        /// A bill or resolution number of the US Congress: `H.R. 5120`, `HR 5120`, `S. 2788`,
        /// `H.Res. 12`, `S.J.Res. 3`, `H.Con.Res. 9`.
        public static let usBill: Scheme = "usBill"
        /// A bill or resolution number of a US state legislature: `HB 6`, `S.B. 7`, `AB 5`,
        /// `SF 12`, `LD 1000`, `HJR 1`, `SCR 5`.
        public static let usStateBill: Scheme = "usStateBill"
        /// A bill of the Parliament of Canada, by chamber letter and number, written with the
        /// word "Bill": `Bill C-51`, `Bill S-7`.
        public static let caBill: Scheme = "caBill"
        /// A printed bill of the UK Parliament: `HC Bill 7`, `HL Bill 12`, `Bill 123 (2023-24)`.
        public static let ukBill: Scheme = "ukBill"
        /// A bill number of the Parliament of India, with its year: `Bill No. 373 of 2019`.
        public static let inBill: Scheme = "inBill"
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

    enum CodingKeys: String, CodingKey, CaseIterable { case scheme, value, origin }

    /// Decodes an identifier; a missing origin is ``Origin/source``.
    public init(from decoder: any Decoder) throws {
        try ClosedObject.rejectUnknownKeys(in: decoder, allowed: Self.closedKeys)
        try self.init(fields: decoder.container(keyedBy: CodingKeys.self))
    }

    /// The only keys the object may have (unknown keys are errors).
    static let closedKeys: [String]? = CodingKeys.allCases.map(\.rawValue)

    init<Source: JSONFieldSource>(fields c: Source) throws(Source.Failure)
    where Source.Key == CodingKeys {
        scheme = try c.decode(Scheme.self, forKey: .scheme)
        value = try c.decode(String.self, forKey: .value)
        origin = try c.decodeIfPresent(Origin.self, forKey: .origin) ?? .source
    }

    /// Encodes an identifier.
    public func encode(to encoder: any Encoder) throws { try encodeFields(toEncoder: encoder) }

    func encodeFields<Sink: JSONFieldSink>(to c: inout Sink) throws(Sink.Failure)
    where Sink.Key == CodingKeys {
        try c.encode(origin, forKey: .origin)
        try c.encode(scheme, forKey: .scheme)
        try c.encode(value, forKey: .value)
    }
}
