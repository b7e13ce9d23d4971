/// Why a dossier could not be exported as Akoma Ntoso, where, and what to do.
public struct AKNExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of export failure.
    public enum Code: String, Hashable, Sendable {
        /// The document has no source text, and Akoma Ntoso needs the text.
        case missingSourceText
        /// The document has no body paragraph; Akoma Ntoso's `mainBody` cannot be empty.
        case emptyBody
        /// Neither a publication date nor a generation date is available.
        case missingDate
        /// The jurisdiction cannot be the country of an FRBR URI.
        case invalidJurisdiction
        /// An id cannot be an Akoma Ntoso eId.
        case invalidIdentifier
        /// Two entities share an id, or an id collides with one the exporter reserves.
        case duplicateIdentifier
        /// A source span points outside its paragraph.
        case spanOutOfRange
        /// A reference names an entity the dossier does not hold.
        case danglingReference
        /// Text holds a character XML 1.0 cannot represent.
        case unrepresentableCharacter
        /// The document would hold a text (a paragraph, or the model copy) longer than XML
        /// readers accept, or inline markup nested deeper than they accept, so it could not be
        /// read back.
        case tooLarge
        /// The XML writer failed.
        case serialisation
    }

    /// What kind of failure it is.
    public var code: Code
    /// The JSON path of the offending value in the dossier, when there is one.
    public var path: String?
    /// One sentence: what is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, path: String? = nil, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone.
    public var description: String {
        path.map { "\($0): \(message)" } ?? message
    }
}
