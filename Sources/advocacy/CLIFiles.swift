import ArgumentParser
import Foundation

/// Reading inputs and writing outputs for the commands, with I/O errors turned into
/// exit status 2 and a message that names the file.
enum CLIFiles {
    /// The largest input the tool reads (256 MiB); larger files are refused, not half-read.
    static let maximumInputSize = 256 << 20

    /// The file's bytes, or standard input's for `-`; errors are reported and exit with status 2.
    static func read(_ path: String) throws -> Data {
        do {
            return try readQuietly(path)
        } catch {
            report("\(label(path)): error: \(error.message)")
            throw CLIExit.usage.error
        }
    }

    /// The file's bytes, or standard input's for `-`, refusing more than the limit.
    static func readQuietly(_ path: String) throws(JobError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        do {
            let url = URL(fileURLWithPath: path)
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            guard size <= maximumInputSize else {
                throw JobError(message: "the file is \(size >> 20) MiB; the limit is \(maximumInputSize >> 20) MiB", isUsage: true)
            }
            return try Data(contentsOf: url)
        } catch let error as JobError {
            throw error
        } catch {
            throw JobError(message: "cannot read the file (\(describe(error)))", isUsage: true)
        }
    }

    /// Writes to the file atomically (a temporary file renamed into place), or to standard
    /// output when `path` is nil or `-`; errors are reported and exit with status 2.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            report("\(path): error: cannot write the file (\(describe(error)))")
            throw CLIExit.usage.error
        }
    }

    /// The name to show for an input.
    static func label(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Prints a line to standard error.
    static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private static func describe(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
