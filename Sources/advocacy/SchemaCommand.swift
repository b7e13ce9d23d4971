import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy schema`: prints the JSON Schema of the dossier JSON format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the dossier JSON format.",
        discussion: """
            The schema is generated from the Swift model: every object is closed, required keys are \
            those the decoder requires, and enumerations list the model's cases. Validate dossiers \
            with any draft 2020-12 validator, e.g. 'advocacy schema > dossier.schema.json'.
            """
    )

    @Option(name: .shortAndLong, help: "Write the schema to this file instead of standard output.")
    var output: String?

    func run() throws {
        try Output.write(DossierJSONSchema.json, to: output)
    }
}
