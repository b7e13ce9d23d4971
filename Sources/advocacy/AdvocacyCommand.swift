import AdvocacyKit
import ArgumentParser
import Foundation

/// The `advocacy` command: turns advocacy documents into data and checks them.
@main
struct AdvocacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advocacy",
        abstract: "Turn legislative advocacy documents into typed, checkable data.",
        discussion: """
            Exit status: 0 on success, 1 when an input is invalid, 2 on a usage or I/O error.
            """,
        version: AdvocacyKitVersion.current,
        subcommands: [
            ConvertCommand.self, ExportCommand.self, ImportCommand.self, ValidateCommand.self, EvaluateCommand.self,
            SchemaCommand.self, ReportCommand.self,
        ]
    )

    /// Runs the command with the exit codes the tool documents: usage errors exit 2
    /// (argument-parser's default would be 64).
    static func main() {
        StandardStreams.ignoreBrokenPipes()
        TemporaryFiles.removeOnSignals()
        // The commands that convert need the bundled knowledge, whose building is most of the
        // start-up: it is built on another core while the arguments are parsed, the lexicon
        // is read and the inputs are listed (KnowledgeWarmUp).
        let converts = CommandLine.arguments.dropFirst().first.map { ["convert", "evaluate"].contains($0) } ?? false
        if converts { KnowledgeWarmUp.start() }
        do {
            var command = try parseAsRoot()
            if converts { PressReleaseConverter.prepareBundledVocabulary() }
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardStreams.writeError(fullMessage(for: error) + "\n")
                StandardStreams.writeError("Run 'advocacy --help' for usage.\n")
                Foundation.exit(CLIExit.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The tool's exit statuses.
enum CLIExit: Int32 {
    /// The input was invalid (validation errors, undecodable JSON).
    case invalid = 1
    /// A usage or I/O error.
    case usage = 2

    /// The error that makes argument-parser exit with this status.
    var error: ExitCode { ExitCode(rawValue) }
}
