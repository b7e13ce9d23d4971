import Foundation

/// Reads Akoma Ntoso 3.0 documents into a ``Dossier``, through libxml2 with a hardened
/// parser.
///
/// ```swift
/// let result = try AKNImporter().importDocument(xml, source: "release.akn.xml")
/// if !result.isLossless { result.notes.forEach { print($0) } }
/// let json = try result.dossier.jsonData()
/// ```
///
/// **Documents this package wrote** carry the dossier's JSON in
/// `<proprietary><adv:model sha256="…">`. When its hash matches, that copy is the result,
/// and two round-trip laws hold (both are property-tested with generated dossiers):
///
/// 1. for every dossier `d` that exports, `import(export(d)).dossier == d`;
/// 2. for every document `x` this package wrote,
///    `AKNExporter(generationDate: import(x).generationDate).export(import(x).dossier).xml == x`,
///    byte for byte (``AKNImport/roundTripExporter`` is that exporter).
///
/// The Akoma Ntoso parts (FRBR number, title, language, country, the text of every block)
/// are checked against the copy; each disagreement is a note and makes the import not
/// lossless. A copy whose hash does not match is not trusted: the document is read as
/// foreign Akoma Ntoso, with a note saying so.
///
/// **Other Akoma Ntoso** (`doc`, `statement`, `debateReport`, `act`, `bill` and the other
/// document types, from bluebell, cobalt or any publisher) is read for what it carries:
/// FRBR identity, title, dates, language, the organisations, people and roles of
/// `<references>`, the text of every paragraph and heading, and the inline mentions of
/// organisations and people. ``AKNImport/notes`` says what could not be mapped.
///
/// **Untrusted input is safe to import**: nothing is fetched from the network, a DOCTYPE
/// (and with it every external entity, DTD and entity-expansion bomb) is refused before
/// any of its declarations is processed, nesting is bounded (libxml2's limit of 256
/// levels), and errors carry the line and column of the problem.
public struct AKNImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Imports one Akoma Ntoso document.
    ///
    /// - Parameters:
    ///   - data: The XML bytes, in UTF-8 or any encoding their declaration names.
    ///   - source: A file name or label for errors, e.g. `release.akn.xml`.
    /// - Throws: ``AKNImportError`` when the bytes are not well-formed, hostile or not
    ///   Akoma Ntoso, or carry a model copy of a version this package cannot read.
    public func importDocument(_ data: Data, source: String? = nil) throws(AKNImportError) -> AKNImport {
        let tree: XMLTree.Element
        do {
            tree = try XMLReader.parse(data, source: source)
        } catch {
            throw AKNImportError(parsing: error, source: source)
        }
        let root = AKNImportElement(tree)
        let (document, structureNotes) = try ForeignAKNReader.documentElement(in: root, source: source)
        let generationDate = ForeignAKNReader.date(
            document.child("meta")?.child("identification")?.child("FRBRManifestation")?.child("FRBRdate"))

        var notes = structureNotes
        var modelCopy = AKNImport.ModelCopy.absent
        var conflicts: [String] = []
        switch try AKNModelCopyReader.read(document, source: source) {
        case .exact(let dossier):
            var disagreements = AKNModelCopyReader.disagreements(between: dossier, and: document)
            if disagreements.isEmpty, let difference = Self.markupDifference(tree, data, dossier: dossier, generationDate: generationDate) {
                disagreements.append(
                    "the markup differs from what its model copy exports to, first at \(difference): the copy or the markup was edited; the model copy was kept"
                )
            }
            notes += disagreements
            return AKNImport(
                dossier: dossier, isLossless: notes.isEmpty, notes: notes, generationDate: generationDate,
                modelCopy: disagreements.isEmpty ? .matches : .disagrees, conflicts: disagreements)
        case .untrusted(let reason):
            notes.append(reason)
            modelCopy = .untrusted
            conflicts = [reason]
        case .absent:
            break
        }
        var reader = ForeignAKNReader(document: document)
        let result = reader.read()
        return AKNImport(
            dossier: result.dossier, isLossless: false, notes: notes + result.notes,
            generationDate: result.generationDate, modelCopy: modelCopy, conflicts: conflicts)
    }

    /// Where the document's markup differs from the export of its model copy, or `nil`: the
    /// copy is trusted only if everything the markup says (every TLC reference, every inline
    /// mention, the text) is what the copy exports to. The same bytes are the usual case; a
    /// document reformatted by another tool, or written by an earlier version of this package,
    /// is compared as a tree (see ``AKNMarkupNormalisation``).
    private static func markupDifference(
        _ tree: XMLTree.Element, _ data: Data, dossier: Dossier, generationDate: PartialDate?
    ) -> String? {
        let exporter = AKNExporter(generationDate: generationDate, unrepresentableCharacters: .replace)
        guard let expected = try? exporter.export(dossier).xml else {
            return "the whole document (its model copy does not export)"
        }
        if expected == data { return nil }
        guard let expectedTree = try? XMLReader.parse(expected, source: nil) else { return "the whole document" }
        return XMLTreeComparison.firstDifference(
            AKNMarkupNormalisation.normalised(expectedTree), AKNMarkupNormalisation.normalised(tree))
    }
}
