import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error, written with `write(2)`.
///
/// `FileHandle.write` traps when a write fails, so a closed pipe or a full disk crashed the
/// tool; here a failed write to standard output is an ``OutputError`` the command reports
/// and exits on, and `SIGPIPE` is ignored (``ignoreBrokenPipes()``) so that a closed pipe is
/// such an error rather than a silent death.
enum StandardStreams {
    /// Makes writes to a closed pipe fail with `EPIPE` instead of killing the process.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `data` to standard output.
    static func writeOutput(_ data: Data) throws(OutputError) {
        let code = data.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) }
        guard let code else { return }
        if code == EPIPE {
            throw OutputError(
                path: "<stdout>", message: "standard output was closed before everything was written (\(String(cString: strerror(code))))")
        }
        throw .system("<stdout>", "cannot write to standard output", code)
    }

    /// Writes `text` to standard error. A failure is ignored: there is nowhere left to report it.
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }
}
