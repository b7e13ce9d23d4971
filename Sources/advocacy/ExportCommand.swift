import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy export`: dossier JSON → Akoma Ntoso XML (or canonical dossier JSON).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a dossier's JSON as Akoma Ntoso 3.0 XML or as canonical dossier JSON.",
        discussion: """
            The output is deterministic: the same dossier always gives the same bytes. With -o the file \
            is replaced atomically, and left untouched when the export fails.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case akn, json
    }

    @Argument(help: "The dossier JSON file, or - for standard input.")
    var input: String = "-"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Output format: akn (Akoma Ntoso XML) or json (canonical dossier JSON).")
    var format: Format = .akn

    @Option(
        help: "The file's generation date (YYYY-MM-DD) in FRBRManifestation; defaults to the publication date, or to today for a dossier without one.")
    var generationDate: String?

    @Flag(help: "Replace characters XML 1.0 cannot hold with U+FFFD (with a warning) instead of failing.")
    var replaceInvalidCharacters = false

    func validate() throws {
        if let generationDate, PartialDate(generationDate)?.precision != .day {
            throw ValidationError("--generation-date must be a full date such as 2023-03-07, not '\(generationDate)'.")
        }
    }

    func run() throws {
        let data = try CLIFiles.read(input)
        let dossier: Dossier
        do {
            dossier = try Dossier(json: data)
        } catch {
            Output.report("\(CLIFiles.label(input)): error: \(error)")
            throw CLIExit.invalid.error
        }
        let bytes: Data
        do {
            switch format {
            case .json:
                bytes = try dossier.jsonData()
            case .akn:
                // An undated dossier (say, one imported from Akoma Ntoso without a publication
                // date) is exported as convert exports it: with today as the generation date.
                var date = generationDate.flatMap(PartialDate.init)
                if date == nil, dossier.document.published == nil {
                    date = GenerationDate.resolve(nil)
                    Output.report(
                        "\(CLIFiles.label(input)): warning: the dossier has no publication date, so FRBR dates it by today, \(date?.description ?? ""); pass --generation-date for a file that is the same every day"
                    )
                }
                let exporter = AKNExporter(
                    generationDate: date, unrepresentableCharacters: replaceInvalidCharacters ? .replace : .reject)
                let export = try exporter.export(dossier)
                export.warnings.forEach { Output.report("\(CLIFiles.label(input)): warning: \($0)") }
                bytes = export.xml
            }
        } catch {
            Output.report("\(CLIFiles.label(input)): error: \(error)")
            throw CLIExit.invalid.error
        }
        try Output.write(bytes, to: output)
    }
}
