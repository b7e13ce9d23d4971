import Foundation

/// A collection of dossiers read from dossier JSON files, JSON Lines files (one dossier per
/// line) and Akoma Ntoso files, possibly in nested folders.
///
/// ```swift
/// let (dataset, problems) = try Dataset.load([URL(fileURLWithPath: "dataset")])
/// let diagnostics = problems + DossierValidator().validate(dataset)
/// for entity in dataset.mergedEntities() where entity.mentions.count > 1 {
///     print(entity.name, entity.mentions.map(\.source))
/// }
/// ```
public struct Dataset: Sendable {
    /// The dossiers, in the order their files were read (folders in path order).
    public var documents: [DatasetDocument]
    /// Every file that was read, including those none of whose dossiers decoded.
    public var files: [String]

    /// Creates a dataset from documents; `files` defaults to their distinct files.
    public init(documents: [DatasetDocument] = [], files: [String]? = nil) {
        self.documents = documents
        var seen: Set<String> = []
        self.files = files ?? documents.map(\.file).filter { seen.insert($0).inserted }
    }

    /// Reads files and folders (recursively: `*.json`, `*.jsonl`, `*.xml`, `*.akn.xml`).
    ///
    /// A named file is read whatever its extension: text starting with `<` as Akoma Ntoso,
    /// a `.jsonl` file as JSON Lines, anything else as one dossier's JSON. Files that do not
    /// decode become diagnostics (rule `json-decodes` with the JSON path, or
    /// `akn-schema-valid` / `akn-imports` with the line) in `problems`.
    ///
    /// - Throws: ``DatasetLoadError`` when a path does not exist or a file cannot be read.
    public static func load(_ paths: [URL]) throws -> (dataset: Dataset, problems: [ValidationDiagnostic]) {
        try load(paths: paths.map(\.path))
    }

    /// Reads files and folders given as paths; diagnostics and sources use the paths as
    /// written (a folder's files are `folder/relative/path`).
    ///
    /// - Throws: ``DatasetLoadError`` when a path does not exist or a file it names cannot be
    ///   read; a file found in a folder that cannot be read (a symbolic link to nothing, no
    ///   permission) is a `file-reads` error in `problems` instead, and the others are read.
    ///
    /// - Parameters:
    ///   - paths: Files (dossier JSON, Akoma Ntoso, JSON Lines) and folders to read.
    ///   - jobs: How many files to read at once; the result is the same for any number.
    public static func load(
        paths: [String], jobs: Int = 1
    ) throws(DatasetLoadError) -> (dataset: Dataset, problems: [ValidationDiagnostic]) {
        // A file found in a folder that cannot be read (a link to nothing, no permission) is a
        // problem of the dataset; a file named by the caller that cannot be read is an error.
        var files: [(path: String, foundInFolder: Bool)] = []
        for path in paths {
            let found = try DatasetLoader.files(at: path)
            files += found.map { ($0, found != [path]) }
        }
        let loaded = OrderedParallelMap.map(files.map(\.path), jobs: jobs) { file -> Result<DatasetLoader, DatasetLoadError> in
            var loader = DatasetLoader()
            do throws(DatasetLoadError) {
                try loader.add(file: file)
                return .success(loader)
            } catch {
                return .failure(error)
            }
        }
        var loader = DatasetLoader()
        for (result, file) in zip(loaded, files) {
            switch result {
            case .success(let part): loader.append(part)
            case .failure(let error) where file.foundInFolder: loader.addUnreadable(error)
            case .failure(let error): throw error
            }
        }
        return (Dataset(documents: loader.documents, files: loader.files), loader.problems)
    }

    /// Reads the dossiers in one file's bytes; `source` names the file in sources and
    /// diagnostics (for example `<stdin>`).
    public static func load(
        _ data: Data, source: String
    ) -> (dataset: Dataset, problems: [ValidationDiagnostic]) {
        var loader = DatasetLoader()
        loader.add(data: data, label: source, isJSONLines: source.lowercased().hasSuffix(".jsonl"))
        return (Dataset(documents: loader.documents, files: loader.files), loader.problems)
    }

    /// This dataset followed by another's documents and files.
    public func appending(_ other: Dataset) -> Dataset {
        Dataset(documents: documents + other.documents, files: files + other.files)
    }
}

/// Why a dataset could not be read: a path that does not exist or a file that cannot be read.
public struct DatasetLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
