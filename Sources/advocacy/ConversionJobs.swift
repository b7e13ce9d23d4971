import AdvocacyKit
import Foundation

/// One document for `advocacy convert`: a file, standard input, or a record of a JSON Lines
/// stream.
struct ConversionJob: Sendable {
    /// How messages name it: the path, `<stdin>`, or `stream.jsonl:12 (id)`.
    var label: String
    /// The id a shard is chosen by, and what names its output file: the path as given (or as
    /// found in a folder), or the record's `id`.
    var id: String
    /// The output file's name without its suffix, relative to `--out`.
    var outputName: String
    /// Where the document's bytes are.
    var content: Content
    /// The input format, when the input says it (a record's `html` field).
    var format: InputFormat?
    /// The file name the format may be detected from.
    var fileName: String?
}

extension ConversionJob {
    /// Where a job's bytes are: read already (a record, standard input), in a file not read
    /// yet (so that the thread converting it reads it), or missing.
    enum Content: Sendable {
        case bytes(Data)
        case file(String)
        case failure(JobError)

        /// The bytes, reading the file if it is one.
        func load() -> Result<Data, JobError> {
            switch self {
            case .bytes(let data): return .success(data)
            case .failure(let error): return .failure(error)
            case .file(let path):
                do {
                    return .success(try CLIFiles.readQuietly(path))
                } catch {
                    return .failure(error)
                }
            }
        }
    }
}

extension ConversionJob {
    /// The job of a file, or of standard input for `-`; its bytes are read where it is converted.
    static func file(_ path: String, outputName: String) -> ConversionJob {
        ConversionJob(
            label: CLIFiles.label(path), id: path, outputName: outputName, content: .file(path), format: nil,
            fileName: path == "-" ? nil : path)
    }
}

extension ConversionJob {
    /// A job that fails with `message`: an input (a folder, a stream) that cannot be read. It
    /// is reported in its place among the others, and writes no file.
    static func unreadable(_ path: String, _ message: String) -> ConversionJob {
        ConversionJob(
            label: path, id: path, outputName: "", content: .failure(JobError(message: message, isUsage: true)), format: nil,
            fileName: nil)
    }

    /// Whether the job fails before it is converted, so that it claims no output file.
    var isFailure: Bool {
        if case .failure = content { return true }
        return false
    }
}

/// Why a job has no document to convert.
struct JobError: Error, Sendable {
    /// The message, without the label.
    var message: String
    /// Whether it is a usage or I/O error (exit status 2) rather than bad input (1).
    var isUsage: Bool
}

/// The jobs that the arguments of `advocacy convert` name, produced one at a time: files in
/// the order given, folders walked recursively in path order, and JSON Lines files (and
/// standard input when asked to) read record by record, so that an archive of any size is
/// converted in bounded memory.
///
/// A record is a JSON object `{"id": …, "text": …}` or `{"id": …, "html": …}`.
final class ConversionJobs {
    /// The suffixes of the files a folder walk picks up.
    static let documentSuffixes = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl"]

    private var arguments: [String]
    private let readsStandardInputAsRecords: Bool
    private let shard: Shard
    /// Files found in a folder, waiting their turn, last first.
    private var pending: [FolderWalk.File] = []
    /// The failure of the folder ``prefetch()`` could not list, to be the first job.
    private var prefetchedFailure: ConversionJob?
    private var records: (reader: LineReader, source: String)?

    /// The jobs of `arguments`; with `recordsOnStandardInput`, `-` is a JSON Lines stream.
    init(arguments: [String], recordsOnStandardInput: Bool, shard: Shard) {
        self.arguments = arguments.reversed()
        self.readsStandardInputAsRecords = recordsOnStandardInput
        self.shard = shard
    }

    /// Lists the first argument now when it is a folder (the walk is the costly part of finding
    /// the jobs), so that this overlaps other start-up work. Call it at most once, before ``next()``.
    func prefetch() {
        guard let first = arguments.last, first != "-", Self.isFolder(first) else { return }
        arguments.removeLast()
        prefetchedFailure = list(folder: first)
    }

    /// The next job of this shard, or `nil` when all are done.
    func next() -> ConversionJob? {
        if let failure = prefetchedFailure {
            prefetchedFailure = nil
            return failure
        }
        while true {
            if let job = nextRecord() { return job }
            if let file = pending.popLast() {
                if file.path.hasSuffix(".jsonl") {
                    if let failure = openRecords(file.path) { return failure }
                    continue
                }
                guard shard.contains(file.path) else { continue }
                return .file(file.path, outputName: Self.withoutSuffix(file.relative))
            }
            guard let argument = arguments.popLast() else { return nil }
            if argument == "-" {
                if readsStandardInputAsRecords {
                    records = (LineReader(handle: .standardInput, closesHandle: false, maximumLength: CLIFiles.maximumInputSize), "<stdin>")
                    continue
                }
                guard shard.contains(argument) else { continue }
                return .file(argument, outputName: "stdin")
            }
            if Self.isFolder(argument) {
                if let failure = list(folder: argument) { return failure }
                continue
            }
            if argument.hasSuffix(".jsonl") {
                if let failure = openRecords(argument) { return failure }
                continue
            }
            guard shard.contains(argument) else { continue }
            return .file(argument, outputName: Self.withoutSuffix(Paths.name(of: argument)))
        }
    }

    // MARK: Files

    /// Whether `path` names a folder (a symbolic link to one included).
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Walks `folder`, its files to come next; the failed job that reports it when it cannot be listed.
    private func list(folder: String) -> ConversionJob? {
        guard let files = FolderWalk.files(in: folder, suffixes: Self.documentSuffixes) else {
            return .unreadable(folder, "the folder cannot be listed; check its permissions")
        }
        pending = files.reversed()
        return nil
    }

    /// `a/b.txt` → `a/b`.
    private static func withoutSuffix(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), name[dot...].firstIndex(of: "/") == nil, dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    // MARK: Records

    /// Starts reading the records of `path`; the failed job that reports it when it cannot be opened.
    private func openRecords(_ path: String) -> ConversionJob? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unreadable(path, "cannot read the file") }
        records = (LineReader(handle: handle, closesHandle: true, maximumLength: CLIFiles.maximumInputSize), path)
        return nil
    }

    private func nextRecord() -> ConversionJob? {
        guard let (reader, source) = records else { return nil }
        while true {
            let line: LineReader.Line?
            do {
                line = try reader.next()
            } catch {
                records = nil
                return .unreadable(source, "cannot read the stream (\(error.localizedDescription))")
            }
            guard let line else {
                records = nil
                return nil
            }
            if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let label = "\(source):\(line.number)"
            if line.isTruncated {
                return ConversionJob(
                    label: label, id: label, outputName: "line-\(line.number)",
                    content: .failure(JobError(message: "the record is longer than \(CLIFiles.maximumInputSize >> 20) MiB", isUsage: false)),
                    format: nil, fileName: nil)
            }
            let record: TextRecord
            do {
                record = try TextRecord(jsonLine: line.bytes)
            } catch {
                return ConversionJob(
                    label: label, id: label, outputName: "line-\(line.number)",
                    content: .failure(JobError(message: "not a record {\"id\": …, \"text\": …} or {\"id\": …, \"html\": …}", isUsage: false)),
                    format: nil, fileName: nil)
            }
            guard shard.contains(record.id) else { continue }
            return ConversionJob(
                label: "\(label) (\(record.id))", id: record.id, outputName: Self.fileName(forID: record.id),
                content: .bytes(Data(record.content.utf8)), format: record.isHTML ? .html : .plainText, fileName: nil)
        }
    }

    /// A file name for a record id: letters, digits, `.`, `_` and `-` kept, anything else
    /// (a `/`, a leading dot) replaced by `_`, so that an id never names a path elsewhere.
    static func fileName(forID id: String) -> String {
        var name = String(id.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        return String(name.prefix(200))
    }
}
