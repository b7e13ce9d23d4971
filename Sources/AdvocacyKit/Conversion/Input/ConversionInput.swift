/// A document ready for extraction: its exact text as paragraphs, what is known about it,
/// and the format it came in.
///
/// ``InputReader`` makes one from the bytes of a plain-text, HTML or Markdown press release.
/// Whatever the format, ``source`` holds the same kind of text: paragraphs separated by blank
/// lines, the headline first (role ``SourceText/Paragraph/Role/title``), then a publication
/// line if there is one (``SourceText/Paragraph/Role/dateLine``), then running text and
/// section headings.
public struct ConversionInput: Hashable, Sendable {
    /// The document's text as paragraphs with their roles.
    public var source: SourceText
    /// What the document says about itself (title, date, authors, language, address).
    public var metadata: DocumentMetadata
    /// The format the document was read from.
    public var format: InputFormat

    /// Creates an input from its parts.
    public init(source: SourceText, metadata: DocumentMetadata = DocumentMetadata(), format: InputFormat) {
        self.source = source
        self.metadata = metadata
        self.format = format
    }
}

/// What a document says about itself: from HTML `<head>` tags, Markdown front matter or the
/// first lines of plain text.
///
/// Every field is optional or may be empty: a reader fills only what the document states.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    /// The headline.
    public var title: String?
    /// The publication date, at the precision the document gives.
    public var published: PartialDate?
    /// The authors' names, in the order given.
    public var authors: [String]
    /// The language as a BCP 47 tag such as `en` or `en-GB`.
    public var language: String?
    /// The canonical address of the document (canonical link, `og:url` or front matter `url`).
    public var url: String?
    /// Keywords or tags the document declares, or `nil` when it declares none.
    public var tags: [String]?

    /// Creates metadata; every field defaults to unknown.
    public init(
        title: String? = nil, published: PartialDate? = nil, authors: [String] = [],
        language: String? = nil, url: String? = nil, tags: [String]? = nil
    ) {
        self.title = title
        self.published = published
        self.authors = authors
        self.language = language
        self.url = url
        self.tags = tags
    }
}
