/// The one text layer of a conversion: the document's paragraphs, each analysed once
/// (``AnalyzedParagraph``), with what the reader knows about the document. Every stage of
/// ``ExtractionPipeline`` reads it and adds its own layer of findings; none changes it.
struct AnalyzedDocument: Sendable {
    /// The exact text, as paragraphs with their roles.
    let source: SourceText
    /// What the document says about itself.
    let metadata: DocumentMetadata
    /// The paragraphs, analysed.
    let paragraphs: [AnalyzedParagraph]
    /// The headline's paragraph, if the text has one.
    let titleParagraph: Int?

    /// Analyses every paragraph of an input.
    init(_ input: ConversionInput, vocabulary: Vocabulary) {
        source = input.source
        metadata = input.metadata
        paragraphs = input.source.paragraphs.enumerated().map {
            AnalyzedParagraph(index: $0.offset, role: $0.element.role, text: $0.element.text, vocabulary: vocabulary)
        }
        titleParagraph = input.source.paragraphs.firstIndex { $0.role == .title }
    }

    /// The role of paragraph `index`.
    func role(of index: Int) -> SourceText.Paragraph.Role {
        paragraphs[index].role
    }
}
