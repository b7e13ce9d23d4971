import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy validate`: checks dossier JSON and Akoma Ntoso files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check dossier JSON files and Akoma Ntoso files.",
        discussion: """
            An Akoma Ntoso file (one that starts with '<') is validated against the bundled OASIS \
            Akoma Ntoso 3.0 schema. A dossier JSON file is decoded and exported, and the export is \
            validated. Problems are printed as 'file:line:column: error: message'. Exit status: 0 when \
            every file is valid, 1 when one is not, 2 when a file cannot be read.
            """
    )

    @Argument(help: "The files to check (dossier .json or Akoma Ntoso .xml), or - for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one file to validate.") }
    }

    func run() throws {
        let schema: AKNSchemaValidator
        do {
            schema = try AKNSchemaValidator.bundled()
        } catch {
            CLIFiles.report("advocacy: error: the bundled Akoma Ntoso schema could not be loaded: \(error)")
            throw CLIExit.usage.error
        }
        var errors = 0
        for file in files {
            let data = try CLIFiles.read(file)
            let problems = check(data, label: CLIFiles.label(file), schema: schema)
            problems.forEach { print($0) }
            errors += problems.filter { $0.contains(": error: ") }.count
        }
        let summary = "\(files.count) file\(files.count == 1 ? "" : "s") checked, \(errors) error\(errors == 1 ? "" : "s")"
        CLIFiles.report(summary)
        if errors > 0 { throw CLIExit.invalid.error }
    }

    /// The compiler-style lines for one file.
    private func check(_ data: Data, label: String, schema: AKNSchemaValidator) -> [String] {
        let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if firstByte == UInt8(ascii: "<") {
            return schema.validate(data, source: label).diagnostics.map(\.description)
        }
        let dossier: Dossier
        do {
            dossier = try Dossier(json: data)
        } catch {
            return ["\(label): error: \(error)"]
        }
        do {
            let export = try AKNExporter(generationDate: "2000-01-01").export(dossier)
            return schema.validate(export.xml, source: "\(label) (as Akoma Ntoso)").diagnostics.map(\.description)
        } catch {
            return ["\(label): error: \(error)"]
        }
    }
}
