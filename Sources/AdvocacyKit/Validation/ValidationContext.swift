/// What a ``ValidationRule`` checks: one dossier, the file it came from and the gazetteer
/// that knows committee acronyms.
public struct ValidationContext: Sendable {
    /// The dossier to check.
    public var dossier: Dossier
    /// The file (or label, such as `data.jsonl:3`) the dossier came from, if any.
    public var file: String?
    /// The gazetteer rules look names up in; `nil` turns gazetteer checks off.
    public var gazetteer: Gazetteer?

    /// Creates a context.
    public init(dossier: Dossier, file: String? = nil, gazetteer: Gazetteer? = nil) {
        self.dossier = dossier
        self.file = file
        self.gazetteer = gazetteer
    }
}
