import Foundation

/// Converts press releases (plain text, HTML pages, Markdown with front matter) into a typed
/// ``Dossier`` whose every fact points at the text it came from.
///
/// ```swift
/// let converter = try PressReleaseConverter()
/// let conversion = try converter.convert(data: Data(text.utf8), fileName: "release.txt")
/// conversion.dossier.committees.map(\.abbreviation)   // ["IMCO", "LIBE"]
/// let xml = try AKNExporter().export(conversion.dossier).xml
/// ```
///
/// Conversion is deterministic and never fails on text it can read: what it cannot make sense
/// of it leaves out, and what a careful reader would flag (two sizes for one group, a quote
/// without a speaker) it reports in ``Conversion/diagnostics``.
public struct PressReleaseConverter: Sendable {
    /// The knowledge of organisations, committees and roles the converter uses.
    public let gazetteer: Gazetteer
    /// The words of the language that the converter's patterns are made of.
    public let lexicon: Lexicon
    /// The jurisdiction every text is taken to be about (`us`, `gb`, `eu`, …), or `nil` to
    /// find it in each text (from the bodies and countries it names).
    public let jurisdiction: String?
    private let pipeline: ExtractionPipeline

    /// Creates a converter with the bundled gazetteer, extended by `additions` (a user's own
    /// national parliaments, NGOs, …; its entries replace bundled ones with the same id), and
    /// the bundled lexicon, extended by `words`.
    ///
    /// - Parameters:
    ///   - additions: Entries and roles to merge over the bundled gazetteer
    ///     (``Gazetteer/merging(_:)``), or `nil` for the bundled gazetteer alone.
    ///   - words: Words to merge over the bundled lexicon (``Lexicon/merging(_:)``), or `nil`
    ///     for the bundled lexicon alone.
    ///   - jurisdiction: The jurisdiction every text is about, or `nil` to find it in
    ///     each text. It decides forms that name bodies of several jurisdictions ("Senate").
    /// - Throws: ``GazetteerError`` or ``LexiconError`` if a bundled resource is damaged.
    public init(additions: Gazetteer? = nil, words: Lexicon? = nil, jurisdiction: String? = nil) throws {
        // The bundled gazetteer's matcher and the bundled lexicon's vocabulary are built once
        // per process and shared by every converter that uses them as they are. The lexicon
        // comes first: while it is read, the matcher may be being built on another thread
        // (``prepareBundledKnowledge()``).
        let lexicon = try Lexicon.bundled()
        let words = words.map(lexicon.merging)
        let vocabulary = try words.map(Vocabulary.init) ?? Vocabulary.bundled()
        let bundled = try Gazetteer.bundled()
        let gazetteer = additions.map(bundled.merging) ?? bundled
        let matcher = additions == nil ? try GazetteerMatcher.bundled() : GazetteerMatcher(gazetteer)
        self.init(
            gazetteer: gazetteer, lexicon: words ?? lexicon, jurisdiction: jurisdiction, matcher: matcher,
            vocabulary: vocabulary)
    }

    /// Builds the bundled gazetteer's matcher (reading the gazetteer) if it is not built yet:
    /// the `advocacy` command calls it on a thread of its own at start, so that this work, the
    /// longest of its start-up, runs while the arguments are parsed and the lexicon is read. A
    /// converter made meanwhile waits for it.
    package static func prepareBundledKnowledge() {
        _ = try? GazetteerMatcher.bundled()
    }

    /// Reads the bundled lexicon and builds its vocabulary if they are not built yet: the
    /// `advocacy` command calls it while ``prepareBundledKnowledge()`` runs on another thread,
    /// before it waits for that.
    package static func prepareBundledVocabulary() {
        _ = try? Vocabulary.bundled()
    }

    /// Creates a converter with exactly the given gazetteer and lexicon.
    public init(gazetteer: Gazetteer, lexicon: Lexicon, jurisdiction: String? = nil) {
        self.init(
            gazetteer: gazetteer, lexicon: lexicon, jurisdiction: jurisdiction, matcher: GazetteerMatcher(gazetteer),
            vocabulary: Vocabulary(lexicon))
    }

    private init(gazetteer: Gazetteer, lexicon: Lexicon, jurisdiction: String?, matcher: GazetteerMatcher, vocabulary: Vocabulary) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.jurisdiction = jurisdiction
        self.pipeline = ExtractionPipeline(vocabulary: vocabulary, gazetteer: gazetteer, matcher: matcher, jurisdiction: jurisdiction)
    }

    /// Creates a converter with exactly the given gazetteer and the bundled lexicon.
    ///
    /// - Throws: ``LexiconError`` if the bundled lexicon is damaged (a build problem).
    public init(gazetteer: Gazetteer) throws {
        self.init(gazetteer: gazetteer, lexicon: try Lexicon.bundled())
    }

    /// Converts bytes of a plain-text, HTML or Markdown press release.
    ///
    /// - Parameters:
    ///   - data: The file's bytes (UTF-8; an HTML page may declare another charset).
    ///   - format: The input format, or `nil` to detect it from `fileName` and the content.
    ///   - fileName: The file's name, used to detect the format.
    /// - Throws: ``ConversionError`` for empty, binary, invalid UTF-8 or oversized input.
    public func convert(data: Data, format: InputFormat? = nil, fileName: String? = nil) throws(ConversionError) -> Conversion {
        convert(try InputReader.read(data, format: format, fileName: fileName))
    }

    /// Converts plain text: the title on the first line, paragraphs separated by blank lines.
    public func convert(text: String) throws(ConversionError) -> Conversion {
        try convert(data: Data(text.utf8), format: .plainText)
    }

    /// Converts input that has already been read.
    ///
    /// Characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF) are replaced with
    /// U+FFFD first, with a warning (`unrepresentable-characters`), so that the dossier
    /// exports as it is.
    public func convert(_ input: ConversionInput) -> Conversion {
        var input = input
        let replaced = XMLSafeInput.clean(&input)
        var conversion = pipeline.convert(input, id: Statement.ID(Self.fingerprint(of: input.source)))
        if let replaced {
            let count = replaced.count == 1 ? "1 character" : "\(replaced.count) characters"
            conversion.diagnostics.insert(
                ConversionDiagnostic(
                    severity: .warning, code: "unrepresentable-characters",
                    message:
                        "replaced \(count) that XML 1.0 cannot hold (the first \(XMLCharacters.notation(for: replaced.first))) with U+FFFD",
                    span: replaced.span),
                at: 0)
        }
        return conversion
    }
}

extension PressReleaseConverter {
    /// The document id of a source: the 64-bit FNV-1a hash of its full text
    /// (``SourceText/text``) as 16 hex digits, hashed part by part instead of joining the parts
    /// first. A stable content fingerprint (the same text always gets the same id), not a
    /// security hash.
    static func fingerprint(of source: SourceText) -> String {
        var hash = FNV1a.offsetBasis
        source.forEachPart { hash = FNV1a.hash($0, continuing: hash) }
        return hexDigits(of: hash)
    }

    /// A hash as 16 lower-case hex digits.
    private static func hexDigits(of hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The result of converting one document.
public struct Conversion: Hashable, Sendable {
    /// The document's dossier.
    public var dossier: Dossier
    /// What a careful reader would flag, in reading order.
    public var diagnostics: [ConversionDiagnostic]

    /// Creates a result.
    public init(dossier: Dossier, diagnostics: [ConversionDiagnostic] = []) {
        self.dossier = dossier
        self.diagnostics = diagnostics
    }
}
