/// One dossier of a ``Dataset`` and where it came from.
public struct DatasetDocument: Hashable, Sendable {
    /// Where the dossier came from: a file path, or `file.jsonl:N` for line N of a JSON
    /// Lines file.
    public var source: String
    /// The dossier.
    public var dossier: Dossier
    /// What importing the document noticed (for Akoma Ntoso files: where the model copy in
    /// `proprietary` and the Akoma Ntoso markup disagree); empty for JSON.
    public var notes: [String]
    /// Which of ``notes`` say that an Akoma Ntoso file's model copy and its markup disagree,
    /// or why its copy was not trusted: validation reports them as errors, the other notes
    /// (what foreign Akoma Ntoso could not be mapped) as warnings.
    public var conflicts: [String]
    /// The schema validator's messages for an Akoma Ntoso file; empty for JSON.
    public var schemaDiagnostics: [XMLDiagnostic]
    /// The file the dossier came from (``source`` without a JSON Lines line number).
    public var file: String
    /// The line of ``file`` the dossier starts at, for JSON Lines files.
    public var line: Int?

    /// Creates a document; `file` defaults to `source`.
    public init(
        source: String, dossier: Dossier, notes: [String] = [], conflicts: [String] = [],
        schemaDiagnostics: [XMLDiagnostic] = [], file: String? = nil, line: Int? = nil
    ) {
        self.source = source
        self.dossier = dossier
        self.notes = notes
        self.conflicts = conflicts
        self.schemaDiagnostics = schemaDiagnostics
        self.file = file ?? source
        self.line = line
    }
}
