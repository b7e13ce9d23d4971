import AdvocacyKit
import ArgumentParser
import Dispatch
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
        // start-up: the matcher is built on another core while the arguments are parsed and
        // the lexicon is read. The command then sleeps until it is built: waiting in the lazy
        // global's initialisation instead spins (the Swift runtime's lock there spins while its
        // owner runs), a core's time for nothing.
        var knowledge: DispatchSemaphore?
        if let command = CommandLine.arguments.dropFirst().first, ["convert", "evaluate"].contains(command) {
            let ready = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                PressReleaseConverter.prepareBundledKnowledge()
                ready.signal()
            }
            knowledge = ready
        }
        do {
            var command = try parseAsRoot()
            if let knowledge {
                PressReleaseConverter.prepareBundledVocabulary()
                knowledge.wait()
            }
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
