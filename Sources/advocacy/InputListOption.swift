import ArgumentParser
import Foundation

/// `--files-from LIST`: more input paths, one a line, from a file or standard input.
///
/// For lists too long for the command line, and for long ones that fit: swift-argument-parser
/// takes time quadratic in the number of arguments (16,000 paths take seconds to parse),
/// where a list is read as a stream, in time linear in its length.
struct InputListOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A file naming more inputs, one path a line (- for standard input), for lists too long for the command line.",
            valueName: "list"))
    var filesFrom: String?

    /// Whether the list is read from standard input, which can then be no input of its own.
    var readsStandardInput: Bool { filesFrom == "-" }

    /// The paths the list names (empty lines skipped, a final CR dropped), or none without
    /// `--files-from`; a list that cannot be read is reported and ends the command (status 2).
    func paths() throws -> [String] {
        guard let filesFrom else { return [] }
        let handle: FileHandle
        if filesFrom == "-" {
            handle = .standardInput
        } else if let file = FileHandle(forReadingAtPath: filesFrom) {
            handle = file
        } else {
            Output.report("\(filesFrom): error: cannot read the list of inputs; check the path (--files-from)")
            throw CLIExit.usage.error
        }
        let reader = LineReader(handle: handle, closesHandle: filesFrom != "-", maximumLength: Int(PATH_MAX))
        var paths: [String] = []
        while let line = try reader.next() {
            guard !line.isTruncated else {
                Output.report("\(filesFrom):\(line.number): error: the line is longer than a path can be (--files-from)")
                throw CLIExit.usage.error
            }
            var path = String(decoding: line.bytes, as: UTF8.self)
            if path.hasSuffix("\r") { path.removeLast() }
            if !path.isEmpty { paths.append(path) }
        }
        return paths
    }

    /// Refuses a command with no input at all (`missing` says what to name), and
    /// `--files-from -` together with `-` among `arguments`.
    func check(against arguments: [String], missing: String) throws {
        if arguments.isEmpty, filesFrom == nil {
            throw ValidationError("\(missing) (or --files-from LIST).")
        }
        if readsStandardInput, arguments.contains("-") {
            throw ValidationError(
                "--files-from - reads the list from standard input, which cannot also be an input; name the list's file instead.")
        }
    }
}
