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

    /// Writes `text` to standard error, with terminal controls made visible (see
    /// ``visible(_:)``): messages quote ids, paths and text from untrusted inputs. A failure
    /// is ignored: there is nowhere left to report it.
    static func writeError(_ text: String) {
        writeTerminal(visible(text))
    }

    /// Writes `text` to standard error as it is: for the tool's own terminal sequences (the
    /// progress bar), never for text from an input.
    static func writeTerminal(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    /// `text` with the characters that would steer a terminal written as `\u{1B}`: C0
    /// controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069) that reorder what a reader sees.
    static func visible(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
