import Foundation

/// Reads files and folders into dataset documents and load problems.
struct DatasetLoader {
    /// The dossiers read so far.
    var documents: [DatasetDocument] = []
    /// The files read so far.
    var files: [String] = []
    /// Files or lines that did not decode.
    var problems: [ValidationDiagnostic] = []

    /// The extensions read inside folders.
    static let folderExtensions = [".json", ".jsonl", ".xml"]

    /// Reads a file, or every matching file in a folder and its subfolders.
    mutating func add(path: String) throws(DatasetLoadError) {
        for file in try Self.files(at: path) { try add(file: file) }
    }

    /// The file at `path`, or every matching file in the folder and its subfolders (hidden
    /// ones skipped), in natural order.
    static func files(at path: String) throws(DatasetLoadError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetLoadError(path: path, message: "no such file or folder; check the path")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let files = FolderWalk.files(in: path, suffixes: Self.folderExtensions) else {
            throw DatasetLoadError(path: path, message: "the folder cannot be listed; check its permissions")
        }
        return files.map(\.path)
    }

    /// This loader followed by another's documents, files and problems.
    mutating func append(_ other: DatasetLoader) {
        documents += other.documents
        files += other.files
        problems += other.problems
    }

    /// Reads one file.
    mutating func add(file path: String) throws(DatasetLoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let isDanglingLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            throw DatasetLoadError(
                path: path,
                message: isDanglingLink
                    ? "the file cannot be read: it is a symbolic link to a file that does not exist; fix or remove the link"
                    : "the file cannot be read (\((error as NSError).localizedDescription))")
        }
        add(data: data, label: path, isJSONLines: path.lowercased().hasSuffix(".jsonl"))
    }

    /// Records a file found in a folder that could not be read, as a `file-reads` error.
    mutating func addUnreadable(_ error: DatasetLoadError) {
        files.append(error.path)
        problems.append(ValidationDiagnostic(ruleID: "file-reads", severity: .error, message: error.message, file: error.path))
    }

    /// Reads one file's bytes.
    mutating func add(data: Data, label: String, isJSONLines: Bool) {
        files.append(label)
        let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if firstByte == UInt8(ascii: "<") {
            addAkomaNtoso(data, label: label)
        } else if isJSONLines {
            addJSONLines(data, label: label)
        } else {
            addJSON(data, label: label, line: nil)
        }
    }

    private mutating func addJSON(_ data: Data, label: String, line: Int?) {
        do {
            let dossier = try Dossier(json: data)
            documents.append(
                DatasetDocument(
                    source: line.map { "\(label):\($0)" } ?? label, dossier: dossier, file: label, line: line))
        } catch {
            problems.append(
                ValidationDiagnostic(
                    ruleID: "json-decodes", severity: .error, message: error.message, file: label,
                    line: line ?? error.line, column: error.column, path: error.path.isEmpty ? nil : error.path))
        }
    }

    /// Reads each line that is not blank as a dossier. The lines are found in one vector scan
    /// of the bytes in place: `Data`'s generic `split` reads them one at a time through its
    /// storage, with an exclusivity check each, which took half the time of a large dataset.
    private mutating func addJSONLines(_ data: Data, label: String) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let lineFeed = ByteScan(0x0A)
            var start = 0
            var number = 1
            while start <= bytes.count {
                let end = lineFeed.firstIndex(in: bytes, from: start)
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    addJSON(Data(buffer: line), label: label, line: number)
                }
                start = end + 1
                number += 1
            }
        }
    }

    private mutating func addAkomaNtoso(_ data: Data, label: String) {
        var schemaDiagnostics: [XMLDiagnostic] = []
        do {
            schemaDiagnostics = try AKNSchemaValidator.bundled().validate(data, source: label).diagnostics
        } catch {
            problems.append(
                ValidationDiagnostic(
                    ruleID: "akn-schema-valid", severity: .error,
                    message: "the bundled Akoma Ntoso schema could not be loaded (\(error)); rebuild the package",
                    file: label))
        }
        switch importAkomaNtoso(data, source: label) {
        case .imported(let dossier, let notes, let conflicts):
            documents.append(
                DatasetDocument(
                    source: label, dossier: dossier, notes: notes, conflicts: conflicts, schemaDiagnostics: schemaDiagnostics))
        case .failed(let message, let line, let column):
            problems += schemaDiagnostics.map { ValidationDiagnostic(schema: $0, file: label) }
            // An ill-formed or invalid file fails to import for the reason the schema gave.
            if !schemaDiagnostics.contains(where: { $0.severity == .error }) {
                problems.append(
                    ValidationDiagnostic(
                        ruleID: "akn-imports", severity: .error, message: message, file: label, line: line,
                        column: column))
            }
        case .unavailable:
            problems += schemaDiagnostics.map { ValidationDiagnostic(schema: $0, file: label) }
        }
    }
}

/// What importing an Akoma Ntoso file gave.
enum AKNLoadOutcome {
    /// The dossier, the importer's notes, and those of them that are conflicts of the model
    /// copy and the markup.
    case imported(Dossier, notes: [String], conflicts: [String])
    /// The importer's error.
    case failed(message: String, line: Int?, column: Int?)
    /// No importer is available: only the schema is checked.
    case unavailable
}

/// Imports an Akoma Ntoso document into a dossier with ``AKNImporter``.
func importAkomaNtoso(_ data: Data, source: String) -> AKNLoadOutcome {
    do throws(AKNImportError) {
        let result = try AKNImporter().importDocument(data, source: source)
        return .imported(result.dossier, notes: result.notes, conflicts: result.conflicts)
    } catch {
        return .failed(message: error.message, line: error.line, column: error.column)
    }
}
