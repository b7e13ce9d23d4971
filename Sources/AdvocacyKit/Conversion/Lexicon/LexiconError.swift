/// Why a lexicon file could not be read, and where.
///
/// ```text
/// /home/me/words.json: lists: 'askVerb' is not a list name; the names are organisationHeads, …
/// ```
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path of the file, or `nil` when the lexicon did not come from a file.
    public var file: String?
    /// The JSON path of the problem, e.g. `lists`; empty for the whole file.
    public var path: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, path: String = "", message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `file: path: message`, leaving out the parts that are missing.
    public var description: String {
        [file, path.isEmpty ? nil : path, message].compactMap { $0 }.joined(separator: ": ")
    }

    /// Rephrases a decoding error with its JSON path, the way dossier errors are phrased.
    init(_ error: DecodingError, file: String?) {
        let dossierError = DossierDecodingError(error)
        self.init(file: file, path: dossierError.path, message: dossierError.message)
    }
}
