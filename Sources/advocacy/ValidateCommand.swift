import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy validate`: checks a dataset of dossier JSON, JSON Lines and Akoma Ntoso files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check dossier JSON, JSON Lines and Akoma Ntoso files and folders.",
        discussion: """
            Folders are read recursively (*.json, *.jsonl, *.xml). An Akoma Ntoso file (one that \
            starts with '<') is validated against the bundled OASIS Akoma Ntoso 3.0 schema and \
            imported; a dossier JSON file (or each line of a .jsonl file) is decoded. Every dossier \
            is then checked by the validation rules (references resolve, ids unique, dates ordered, \
            counts consistent, committee acronyms known, demands complete, spans in the text, export \
            to valid Akoma Ntoso). Problems are printed as 'file:line:column: error: message [rule-id]' \
            and a summary goes to standard error. Exit status: 0 when there is no error (warnings \
            allowed), 1 when there is one, 2 when a path cannot be read. --jobs reads and checks on \
            several cores; the report is the same as with one.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The files and folders to check, or - for standard input.")
    var paths: [String] = []

    @OptionGroup var list: InputListOption

    @Option(help: "The output format: text (compiler-style lines) or json.")
    var format: Format = .text

    @Option(name: .customLong("disable"), help: "A rule id to skip (repeatable), e.g. committee-acronym-known.")
    var disabledRules: [String] = []

    @Option(help: "How many files and documents to check at once; the number of cores by default.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        try list.check(against: paths, missing: "Name at least one file or folder to validate")
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        let known = DossierValidator.defaultRuleIDs
        if let unknown = disabledRules.first(where: { !known.contains($0) }) {
            throw ValidationError("--disable: there is no rule '\(unknown)'; the rules are \(known.joined(separator: ", ")).")
        }
    }

    func run() throws {
        let (dataset, problems) = try DatasetInputs.load(paths + list.paths(), jobs: jobs)
        var diagnostics = problems
        let validator = DossierValidator().withoutValidating(disabledRules)
        diagnostics = diagnostics.filter { !disabledRules.contains($0.ruleID) }
        diagnostics = DossierValidator.sorted(diagnostics + validator.validate(dataset, jobs: jobs))

        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = dataset.files.count
        switch format {
        case .text:
            if !diagnostics.isEmpty {
                try Output.write(Data(diagnostics.map { "\($0)\n" }.joined().utf8), to: nil)
            }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let report = Report(diagnostics: diagnostics, summary: .init(files: files, errors: errors, warnings: warnings))
            try Output.write(try encoder.encode(report) + Data("\n".utf8), to: nil)
        }
        Output.report(
            "\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        )
        if errors > 0 { throw CLIExit.invalid.error }
    }

    /// The `--format json` output.
    struct Report: Encodable {
        struct Summary: Encodable {
            var files: Int
            var errors: Int
            var warnings: Int
        }
        var diagnostics: [ValidationDiagnostic]
        var summary: Summary
    }
}
