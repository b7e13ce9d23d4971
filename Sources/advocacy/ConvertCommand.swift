import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy convert`: press releases (text, HTML, Markdown) → Akoma Ntoso or dossier JSON.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert press releases (plain text, HTML or Markdown) into Akoma Ntoso or dossier JSON.",
        discussion: """
            With one input the result goes to standard output. With several, --out DIR writes one file \
            per input (NAME.akn.xml or NAME.json), each replaced atomically; a bad input is reported and \
            skipped, and the command exits 1 at the end. A folder is walked recursively (*.txt, *.md, \
            *.html, *.jsonl; hidden files and folders skipped) and its files keep their relative \
            paths under --out. A .jsonl file, and standard input (-) with --format jsonl, is read as a \
            stream of records {"id": …, "text": …} or {"id": …, "html": …}. --format jsonl writes one \
            compact dossier per line to standard output, in input order. --jobs converts on several \
            cores with the same output as one; --shard I/N converts only the inputs whose id (a record's \
            id, or the path as given) hashes to I of N. What a careful reader would flag (two sizes for \
            one group, a quote without a speaker) is printed to standard error as warnings.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case akn, json, jsonl
    }

    @Argument(help: "The files, folders and .jsonl streams to convert, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var list: InputListOption

    @Option(help: "Output format: akn (Akoma Ntoso XML), json (dossier JSON) or jsonl (one compact dossier per line).")
    var format: Format = .akn

    @Option(help: "Write one file per input into this folder (created if missing).")
    var out: String?

    @Option(help: "A gazetteer JSON file of your own (national parliaments, NGOs, …), added to the bundled one.")
    var gazetteer: String?

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(help: "The input format (plainText, html, markdown); detected from the name and content by default.")
    var inputFormat: InputFormat?

    @Option(
        help: "The date that stands in for a missing publication date in FRBR (YYYY-MM-DD); today by default.")
    var generationDate: String?

    @Option(help: "How many documents to convert at once; the number of cores by default.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Convert only shard I of N (for example 0/3): the inputs whose id hashes to I.")
    var shard: Shard = .all

    @Flag(name: .shortAndLong, help: "Do not print conversion warnings.")
    var quiet = false

    func validate() throws {
        if let generationDate, PartialDate(generationDate)?.precision != .day {
            throw ValidationError("--generation-date must be a full date such as 2023-03-07, not '\(generationDate)'.")
        }
        try list.check(against: inputs, missing: "Name at least one file to convert, or - for standard input")
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if format == .jsonl, out != nil {
            throw ValidationError("--format jsonl writes to standard output; leave out --out, or choose json or akn.")
        }
    }

    /// Whether outputs go one per document (to --out or as lines), rather than the one
    /// document to standard output.
    private var isBatch: Bool { format == .jsonl || out != nil }

    func run() throws {
        let inputs = try self.inputs + list.paths()
        // Checked here rather than in validate(), which argument-parser calls before it reports
        // an unknown option: `--fromat json x.txt` would be blamed on two inputs.
        if !isBatch, inputs.count > 1 || inputs.contains(where: { $0.hasSuffix(".jsonl") || ConversionJobs.isFolder($0) }) {
            Output.report(
                "error: several inputs, a folder or a .jsonl stream need --out DIR (one file each) or --format jsonl (one line each); see 'advocacy convert --help'"
            )
            throw CLIExit.usage.error
        }
        let jobs = ConversionJobs(arguments: inputs, recordsOnStandardInput: format == .jsonl, shard: shard)
        // The first folder is listed while the bundled knowledge is being built on another core.
        if isBatch { jobs.prefetch() }
        let converter = JobConverter(
            converter: try makeConverter(), format: format, inputFormat: inputFormat,
            generationDate: format == .akn ? GenerationDate.resolve(generationDate) : nil, reportsWarnings: !quiet)
        if !isBatch {
            // One document to standard output: its errors are the command's.
            let job = ConversionJob.file(inputs[0], outputName: "stdin")
            let result = converter.convert(job)
            report(result)
            guard case .success(.bytes(let bytes)) = result.output else {
                throw result.isUsageError ? CLIExit.usage.error : CLIExit.invalid.error
            }
            try Output.write(bytes, to: nil)
            return
        }
        if let out {
            if FileManager.default.fileExists(atPath: out), !ConversionJobs.isFolder(out) {
                Output.report("\(out): error: --out must name a folder, and this is a file")
                throw CLIExit.usage.error
            }
            do throws(OutputError) {
                try OutputError.createFolder(out)
            } catch {
                Output.report(error.description)
                throw CLIExit.usage.error
            }
        }
        let fileCount = inputs.allSatisfy({ !$0.hasSuffix(".jsonl") && !ConversionJobs.isFolder($0) && $0 != "-" }) ? inputs.count : nil
        var progress = ProgressBar(total: fileCount ?? 0)
        var converted = 0
        var failures = 0
        var names = OutputNames()
        let (batchSize, fileLimit, lookahead) = DescriptorBudget.batching(jobs: self.jobs, limit: DescriptorBudget.limit)
        // Batches commit in the background, in groups, while the next ones convert; they come
        // back from the pipeline in the order they went in, which is this queue's order.
        var commits = CommitPipeline(fileLimit: fileLimit)
        var uncommitted: [ConvertedBatch] = []
        /// Reports converted batches, once their files are in place, with standard output
        /// getting each batch's documents in one write, after their messages (a message and the
        /// document it is about stay in that order).
        func finish(_ done: [CommitPipeline.Done]) throws {
            for (_, errors) in done {
                let batch = uncommitted.removeFirst()
                var results = batch.results
                for (index, error) in zip(batch.staged, errors) {
                    guard let error else { continue }
                    results[index].messages.append(error.description)
                    results[index].output = .failure(JobError(message: error.message, isUsage: true))
                }
                var output = Data()
                for (job, result) in zip(batch.jobs, results) {
                    progress.advance(label: job.label)
                    if !result.messages.isEmpty, !output.isEmpty {
                        try Output.write(output, to: nil)
                        output.removeAll(keepingCapacity: true)
                    }
                    report(result)
                    switch result.output {
                    case .success(.bytes(let bytes)):
                        output.append(bytes)
                        converted += 1
                    case .success(.staged): converted += 1
                    case .failure: failures += 1
                    }
                }
                if !output.isEmpty { try Output.write(output, to: nil) }
            }
        }
        // Each job is read, converted and (with --out) staged beside its file on a worker
        // thread; each batch's files are then flushed and linked or renamed into place, and
        // messages and standard output follow in input order.
        // No more threads than jobs can be in flight at once (few under a low `ulimit -n`).
        let workers = OrderedWorkers<PlannedJob, JobResult>(jobs: min(self.jobs, batchSize + lookahead), transform: converter.perform)
        defer {
            for result in workers.stop() {
                if case .success(.staged(let file)) = result.output { BatchWriter.discard(file) }
            }
        }
        /// The jobs submitted to the workers whose results are not taken yet, in order.
        var submitted: [ConversionJob] = []
        let out = self.out
        let suffix = format == .akn ? "akn.xml" : "json"
        while true {
            // The jobs after this batch go to the workers too before its results are taken, so
            // that they go on converting while it ends and is committed.
            var plans: [PlannedJob] = []
            while submitted.count < batchSize + lookahead, let job = jobs.next() {
                submitted.append(job)
                // Each output file is claimed in input order, so that of two inputs with one
                // output name the first is written and the second refused.
                // `DIR/NAME.akn.xml` or `DIR/NAME.json` (NAME a relative path for files found in a folder).
                let path = out.flatMap { job.isFailure ? nil : Paths.join($0, "\(job.outputName).\(suffix)") }
                plans.append(PlannedJob(job: job, path: path, owner: path.flatMap { names.claim($0, for: job.label) }))
            }
            workers.submit(plans)
            if submitted.isEmpty { break }
            let batch = Array(submitted.prefix(batchSize))
            submitted.removeFirst(batch.count)
            let results = workers.next(batch.count)
            let staged = results.indices.compactMap { index -> (Int, BatchWriter.Staged)? in
                guard case .success(.staged(let file)) = results[index].output else { return nil }
                return (index, file)
            }
            uncommitted.append(ConvertedBatch(jobs: batch, results: results, staged: staged.map(\.0)))
            do {
                try finish(commits.add(files: staged.map(\.1)))
            } catch {
                commits.abandon()
                throw error
            }
        }
        try finish(commits.drain())
        progress.finish()
        let total = converted + failures
        if total != 1 || out == nil {
            Output.report("\(converted) of \(total) \(fileCount == nil ? "documents" : "files") converted")
        }
        if failures > 0 { throw CLIExit.invalid.error }
    }

    private func makeConverter() throws -> PressReleaseConverter {
        do {
            let additions = try gazetteer.map { try Gazetteer(contentsOf: URL(fileURLWithPath: $0)) }
            return try knowledge.converter(additions: additions)
        } catch let error as GazetteerError {
            let place = error.path.isEmpty ? "" : "\(error.path): "
            Output.report("\(error.file ?? gazetteer ?? "gazetteer"): error: \(place)\(error.message)")
            throw CLIExit.usage.error
        } catch {
            Output.report("\(error is LexiconError ? knowledge.lexicon ?? "lexicon" : gazetteer ?? "gazetteer"): error: \(error)")
            throw CLIExit.usage.error
        }
    }

    /// A job of a batch with its output file under `--out` (if any), and the input that
    /// claimed that file before it (if any).
    struct PlannedJob: Sendable {
        var job: ConversionJob
        var path: String?
        var owner: String?
    }

    /// A batch converted (its files staged), to be reported once its files are committed.
    struct ConvertedBatch {
        var jobs: [ConversionJob]
        var results: [JobResult]
        /// The indices of the results whose files are staged, in the order of the commit's files.
        var staged: [Int]
    }

    /// What converting one job gave: the output (its bytes, or its file once staged) or a
    /// failure, and the lines to report (warnings, the error), in order.
    struct JobResult: Sendable {
        /// A job's output.
        enum Output: Sendable {
            case bytes(Data)
            case staged(BatchWriter.Staged)
        }

        var output: Result<Output, JobError>
        var messages: [String]
        var isUsageError: Bool {
            if case .failure(let error) = output { return error.isUsage }
            return false
        }
    }

    private func report(_ result: JobResult) {
        for line in result.messages { Output.report(line) }
    }

}

extension InputFormat: ExpressibleByArgument {}

/// A one-line progress bar on standard error, shown only when standard error is a terminal
/// and the batch is long enough to be worth it.
struct ProgressBar {
    let total: Int
    private var done = 0
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total >= 20 && isatty(STDERR_FILENO) == 1
    }

    mutating func advance(label: String) {
        guard enabled else { return }
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = label.count > 40 ? "…" + label.suffix(39) : label
        StandardStreams.writeTerminal("\r[\(bar)] \(done)/\(total) \(StandardStreams.visible(name))\u{1B}[K")
        done += 1
    }

    func finish() {
        guard enabled else { return }
        StandardStreams.writeTerminal("\r\u{1B}[K")
    }
}
