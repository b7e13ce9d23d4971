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
            skipped, and the command exits 1 at the end. What a careful reader would flag (two sizes for \
            one group, a quote without a speaker) is printed to standard error as warnings.
            """
    )

    @Argument(help: "The files to convert, or - for standard input.")
    var inputs: [String]

    @Option(help: "Output format: akn (Akoma Ntoso XML) or json (dossier JSON).")
    var format: ExportCommand.Format = .akn

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

    @Flag(name: .shortAndLong, help: "Do not print conversion warnings.")
    var quiet = false

    func validate() throws {
        if let generationDate, PartialDate(generationDate)?.precision != .day {
            throw ValidationError("--generation-date must be a full date such as 2023-03-07, not '\(generationDate)'.")
        }
        if inputs.isEmpty { throw ValidationError("Name at least one file to convert (or - for standard input).") }
        if inputs.count > 1, out == nil {
            throw ValidationError("Several inputs need --out DIR, so that each gets its own file.")
        }
    }

    func run() throws {
        let converter = try makeConverter()
        if let out {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        }
        var failures = 0
        var progress = ProgressBar(total: inputs.count)
        for input in inputs {
            progress.advance(label: input)
            do {
                let bytes = try convert(input, with: converter)
                if let out {
                    try CLIFiles.write(bytes, to: outputPath(for: input, in: out))
                } else {
                    try CLIFiles.write(bytes, to: nil)
                }
            } catch let exit as ExitCode where exit == CLIExit.usage.error && inputs.count == 1 {
                throw exit
            } catch {
                failures += 1
            }
        }
        progress.finish()
        if inputs.count > 1 {
            CLIFiles.report("\(inputs.count - failures) of \(inputs.count) files converted")
        }
        if failures > 0 { throw CLIExit.invalid.error }
    }

    private func makeConverter() throws -> PressReleaseConverter {
        do {
            let additions = try gazetteer.map { try Gazetteer(contentsOf: URL(fileURLWithPath: $0)) }
            return try knowledge.converter(additions: additions)
        } catch {
            CLIFiles.report("\(error is LexiconError ? knowledge.lexicon ?? "lexicon" : gazetteer ?? "gazetteer"): error: \(error)")
            throw CLIExit.usage.error
        }
    }

    /// Converts one input; reports and rethrows its errors.
    private func convert(_ input: String, with converter: PressReleaseConverter) throws -> Data {
        let data = try CLIFiles.read(input)
        let label = CLIFiles.label(input)
        do {
            let conversion = try converter.convert(data: data, format: inputFormat, fileName: input == "-" ? nil : input)
            if !quiet {
                for diagnostic in conversion.diagnostics where diagnostic.severity == .warning {
                    CLIFiles.report("\(label): \(diagnostic)")
                }
            }
            switch format {
            case .json: return try conversion.dossier.jsonData()
            case .akn:
                let exporter = AKNExporter(
                    generationDate: conversion.dossier.document.published == nil ? fallbackDate : nil,
                    unrepresentableCharacters: .replace)
                return try exporter.export(conversion.dossier).xml
            }
        } catch {
            CLIFiles.report("\(label): error: \(error)")
            throw CLIExit.invalid.error
        }
    }

    /// The generation date for documents without a publication date.
    private var fallbackDate: PartialDate {
        if let generationDate, let date = PartialDate(generationDate) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        return PartialDate(year: today.year ?? 2000, month: today.month, day: today.day) ?? "2000-01-01"
    }

    /// `DIR/NAME.akn.xml` or `DIR/NAME.json` for `path/NAME.txt`.
    private func outputPath(for input: String, in directory: String) -> String {
        let base = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let suffix = format == .json ? "json" : "akn.xml"
        return URL(fileURLWithPath: directory).appendingPathComponent("\(base).\(suffix)").path
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
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(name)\u{1B}[K".utf8))
        done += 1
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
