import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the commands' inputs, with I/O errors turned into exit status 2 and a message
/// that names the file. (Outputs go through ``Output``.)
enum CLIFiles {
    /// The largest input the tool reads (256 MiB); larger files are refused, not half-read.
    static let maximumInputSize = 256 << 20

    /// The file's bytes, or standard input's for `-`; errors are reported and exit with status 2.
    static func read(_ path: String) throws -> Data {
        do {
            return try readQuietly(path)
        } catch {
            Output.report("\(label(path)): error: \(error.message)")
            throw CLIExit.usage.error
        }
    }

    /// The file's bytes, or standard input's for `-`, refusing more than the limit.
    ///
    /// Files are read with `open`, `fstat` and `read` alone: Foundation's attribute look-up
    /// also reads `/etc/passwd` and `/etc/group` for every file, which in a batch of small
    /// press releases cost more than converting them.
    static func readQuietly(_ path: String) throws(JobError) -> Data {
        let isStandardInput = path == "-"
        let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot read the file", errno) }
        defer { if !isStandardInput { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the file", errno) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw JobError(message: "cannot read the file (it is a folder)", isUsage: true)
        }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        let size = Int(status.st_size)
        guard !isRegular || size <= maximumInputSize else { throw tooLarge(size) }
        // A regular file is read in one call when it does not change meanwhile, and no second
        // call looks for its end once the bytes `fstat` counted are in; anything else (a FIFO,
        // a device) in blocks until its end, up to the limit.
        var data = Data(count: isRegular ? size + 1 : 1 << 16)
        var count = 0
        while true {
            if count == data.count {
                guard count <= maximumInputSize else { throw tooLarge(count) }
                data.count = min(2 * count, maximumInputSize + 1)
            }
            let got = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the file", errno)
            }
            if got == 0 { break }
            count += got
            // All of the regular file's bytes: no second call to find its end.
            if isRegular, count == size { break }
        }
        guard count <= maximumInputSize else { throw tooLarge(count) }
        data.count = count
        return data
    }

    private static func tooLarge(_ size: Int) -> JobError {
        JobError(message: "the file is \(size >> 20) MiB; the limit is \(maximumInputSize >> 20) MiB", isUsage: true)
    }

    /// An I/O error with the system's description of `code`.
    private static func failure(_ what: String, _ code: Int32) -> JobError {
        JobError(message: "\(what) (\(String(cString: strerror(code))))", isUsage: true)
    }

    /// The name to show for an input.
    static func label(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}

/// `read(2)`, which `CLIFiles.read(_:)` hides inside the enum.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
