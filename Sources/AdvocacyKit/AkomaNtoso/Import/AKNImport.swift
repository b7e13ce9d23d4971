/// The result of importing an Akoma Ntoso document with ``AKNImporter``.
///
/// For a document this package wrote, ``dossier`` is the exact dossier it was written from
/// and ``isLossless`` is `true`. For any other Akoma Ntoso document, ``dossier`` holds what
/// the document itself carries (FRBR identity, title, dates, language, organisations,
/// people, paragraphs and inline mentions) and ``notes`` says what could not be mapped.
public struct AKNImport: Hashable, Sendable {
    /// What the document's AdvocacyKit model copy (`<proprietary><adv:model>`) was worth.
    public enum ModelCopy: Hashable, Sendable {
        /// The document has none: it is foreign Akoma Ntoso.
        case absent
        /// Its hash matches and the markup says exactly what it exports to: ``dossier`` is it.
        case matches
        /// Its hash matches but the markup says something else (an entity, a mention, a title
        /// edited in one and not the other); ``dossier`` is the copy, ``notes`` say where.
        case disagrees
        /// Its hash does not match or it does not decode; ``dossier`` was read from the markup.
        case untrusted
    }

    /// The dossier read from the document.
    public var dossier: Dossier
    /// What the model copy was worth.
    public var modelCopy: ModelCopy
    /// The notes that say the model copy and the markup disagree, or why the copy was not
    /// trusted (also in ``notes``); validation reports them as errors.
    public var conflicts: [String]
    /// True when the document carried an AdvocacyKit model copy whose hash matched, so `dossier` is exact.
    public var isLossless: Bool
    /// One sentence per thing that could not be mapped (foreign AKN), or consistency problems found.
    public var notes: [String]
    /// The date of the XML file (`FRBRManifestation/FRBRdate`), at its own precision, when
    /// the document states one. ``roundTripExporter`` passes it on, so that exporting
    /// ``dossier`` again writes the same bytes.
    public var generationDate: PartialDate?

    /// Creates an import result.
    public init(
        dossier: Dossier, isLossless: Bool, notes: [String] = [], generationDate: PartialDate? = nil,
        modelCopy: ModelCopy? = nil, conflicts: [String] = []
    ) {
        self.dossier = dossier
        self.modelCopy = modelCopy ?? (isLossless ? .matches : .absent)
        self.conflicts = conflicts
        self.isLossless = isLossless
        self.notes = notes
        self.generationDate = generationDate
    }

    /// An exporter configured with the document's generation date: for a lossless import,
    /// `try import.roundTripExporter.export(import.dossier).xml` equals the imported bytes.
    public var roundTripExporter: AKNExporter {
        AKNExporter(generationDate: generationDate)
    }
}
