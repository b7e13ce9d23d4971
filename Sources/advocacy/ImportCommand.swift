import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy import`: Akoma Ntoso XML → dossier JSON.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Akoma Ntoso 3.0 document as dossier JSON.",
        discussion: """
            A document written by AdvocacyKit gives back its dossier exactly (from the model copy in \
            <proprietary>, checked by its SHA-256). Any other Akoma Ntoso document (doc, statement, act, \
            bill, debateReport, …) gives what it carries: FRBR identity, title, dates, language, \
            organisations, people, paragraphs and mentions; what could not be mapped is printed to \
            standard error as 'file: note: …'. DOCTYPEs, external entities and nesting deeper than 256 \
            levels are refused. With -o the file is replaced atomically, and left untouched when the \
            import fails. Exit status: 0 imported, 1 the input is not usable Akoma Ntoso, 2 usage or I/O error.
            """
    )

    @Argument(help: "The Akoma Ntoso XML file, or - for standard input.")
    var input: String = "-"

    @Option(name: .shortAndLong, help: "Write the dossier JSON to this file instead of standard output.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Do not print notes about what could not be mapped.")
    var quiet = false

    func run() throws {
        let data = try CLIFiles.read(input)
        let label = CLIFiles.label(input)
        let result: AKNImport
        let json: Data
        do {
            result = try AKNImporter().importDocument(data, source: label)
            json = try result.dossier.jsonData()
        } catch let error as AKNImportError {
            Output.report(error.description)
            throw CLIExit.invalid.error
        } catch {
            Output.report("\(label): error: the dossier could not be encoded as JSON (\(error))")
            throw CLIExit.invalid.error
        }
        if !quiet {
            result.notes.forEach { Output.report("\(label): note: \($0)") }
        }
        try Output.write(json, to: output)
    }
}
