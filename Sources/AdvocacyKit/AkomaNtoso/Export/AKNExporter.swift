import Foundation

/// Writes a ``Dossier`` as an Akoma Ntoso 3.0 document through libxml2.
///
/// The output follows the package's mapping (see the README): a `<doc name="pressRelease">`
/// (or the document's kind) with full FRBR identification, a TLC reference for every
/// entity, the source text in `preface` and `mainBody` with every span of the model marked
/// up inline, and the dossier's JSON in `<proprietary>` so that nothing is lost. Text is
/// never changed: stripping the tags from each block gives back its source paragraph.
///
/// ```swift
/// let export = try AKNExporter().export(dossier)
/// try export.xml.write(to: URL(fileURLWithPath: "release.akn.xml"))
/// ```
///
/// The output is deterministic: the same dossier and options give the same bytes.
public struct AKNExporter: Sendable {
    /// What to do with characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF).
    public enum UnrepresentableCharacters: Sendable, Hashable {
        /// Fail with ``AKNExportError/Code/unrepresentableCharacter`` (the default).
        case reject
        /// Write U+FFFD instead and report each replacement in ``AKNExport/warnings``.
        /// The model copy in `<proprietary>` keeps the original characters, escaped.
        case replace
    }

    /// The date of the XML file (`FRBRManifestation/FRBRdate`); `nil` uses the work date,
    /// which keeps repeated exports byte-identical.
    public var generationDate: PartialDate?
    /// What to do with characters XML 1.0 cannot hold.
    public var unrepresentableCharacters: UnrepresentableCharacters

    /// Creates an exporter.
    public init(
        generationDate: PartialDate? = nil,
        unrepresentableCharacters: UnrepresentableCharacters = .reject
    ) {
        self.generationDate = generationDate
        self.unrepresentableCharacters = unrepresentableCharacters
    }

    /// Exports a dossier.
    ///
    /// Throws ``AKNExportError`` when the dossier cannot make a valid document: no source
    /// text, no date, ids that cannot be eIds, spans outside their paragraph, references
    /// to missing entities, or (with ``UnrepresentableCharacters/reject``) characters XML
    /// cannot hold. Nothing is written in that case.
    public func export(_ dossier: Dossier) throws(AKNExportError) -> AKNExport {
        let references = try AKNReferenceTable(dossier: dossier)
        let identity = try frbrIdentity(of: dossier)
        let meta = try AKNMetaBuilder(
            dossier: dossier, identity: identity, references: references,
            generationDate: generationDate ?? identity.date)
        let body = try AKNBodyBuilder(dossier: dossier, references: references)
        // Everything that can fail on the dossier's content has been checked; the document is
        // now written straight through libxml2, with no tree in between.
        // The model copy holds the source text, which the body holds again with its markup, so
        // the document is about one and a half model copies and the metadata (about 30 kB for
        // the seed); one allocation of that size spares libxml2 regrowing its buffer.
        let capacity = meta.modelCopySize * 3 / 2 + 8_192
        var writer = try AKNDocumentWriter(policy: unrepresentableCharacters, capacity: capacity)
        try writer.open("akomaNtoso")
        try writer.declare(prefix: nil, uri: AKNNamespace.akn)
        try writer.declare(prefix: AKNNamespace.advocacyPrefix, uri: AKNNamespace.advocacy)
        try writer.open(identity.documentType, [XMLTree.Attribute("name", identity.subtype)])
        try meta.write(into: &writer)
        try body.write(into: &writer)
        let warnings = writer.warnings
        return AKNExport(xml: try writer.finish(), warnings: warnings)
    }

    private func frbrIdentity(of dossier: Dossier) throws(AKNExportError) -> FRBRIdentity {
        let document = dossier.document
        guard FRBRIdentity.isValidCountry(document.jurisdiction) else {
            throw AKNExportError(
                .invalidJurisdiction, path: "document.jurisdiction",
                message:
                    "'\(document.jurisdiction)' is not a country for an FRBR URI; use 'eu' or a lower-case ISO 3166-1 alpha-2 code such as 'de'"
            )
        }
        guard FRBRIdentity.isValidNumber(document.id.rawValue) else {
            throw AKNExportError(
                .invalidIdentifier, path: "document.id",
                message:
                    "'\(document.id.rawValue)' cannot be the number of an FRBR URI; use at most 128 letters, digits, '-', '_' and '.' (not first)"
            )
        }
        guard let date = document.published ?? generationDate else {
            throw AKNExportError(
                .missingDate, path: "document.published",
                message:
                    "the document has no publication date; set document.published, or give a generation date (advocacy export --generation-date YYYY-MM-DD; AKNExporter(generationDate:))"
            )
        }
        let root = AKNDocumentType(kind: document.kind)
        return FRBRIdentity(
            country: document.jurisdiction,
            documentType: root.element,
            subtype: root.name,
            actor: document.issuers.first.map { Slug.make($0.id) },
            date: date,
            number: document.id.rawValue,
            language: LanguageCode.alpha3(forTag: document.language))
    }
}

/// The result of an export: the XML bytes and anything the caller should know about them.
public struct AKNExport: Hashable, Sendable {
    /// The Akoma Ntoso document, UTF-8 encoded, ending in a newline.
    public var xml: Data
    /// One sentence per replaced character or other lossy step; empty for a clean export.
    public var warnings: [String]
}

/// How a document kind maps onto Akoma Ntoso's twelve document types.
struct AKNDocumentType: Hashable, Sendable {
    /// The root element under `akomaNtoso`: `doc` or `statement`.
    var element: String
    /// The root's `@name`, which is also the FRBR subtype.
    var name: String

    /// A formally adopted position is a `statement`; everything else is a `doc`, named
    /// after its kind.
    init(kind: Statement.Kind) {
        element = kind == .positionStatement ? "statement" : "doc"
        name = kind.rawValue
    }
}
