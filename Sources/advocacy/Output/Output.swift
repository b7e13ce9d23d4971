import Foundation

/// Where the commands' results and messages go: the one output layer of the tool.
///
/// Results go to standard output or to a file written by ``BatchWriter`` (atomic, durable,
/// symbolic links followed, FIFOs and devices written as they are); messages go to standard
/// error. A failed write is reported and ends the command with exit status 2.
enum Output {
    /// Writes `data` to `path`, or to standard output when `path` is nil or `-`; on failure
    /// reports the error and throws the exit status 2.
    static func write(_ data: Data, to path: String?) throws {
        do throws(OutputError) {
            if let path, path != "-" {
                try writeFile(data, to: path)
            } else {
                try StandardStreams.writeOutput(data)
            }
        } catch {
            report(error.description)
            throw CLIExit.usage.error
        }
    }

    /// Writes `data` to the file `path` (see ``BatchWriter``); its folder must exist.
    static func writeFile(_ data: Data, to path: String) throws(OutputError) {
        let staged = try BatchWriter.stage(data, at: path, createsFolder: false)
        if let error = BatchWriter.commit([staged]).first ?? nil { throw error }
    }

    /// Prints a line to standard error.
    static func report(_ line: String) {
        StandardStreams.writeError(line + "\n")
    }
}
