#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why an output could not be written; the message says what happened and, where it can,
/// what to do. The destination is left as it was.
struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The path that was being written (`<stdout>` for standard output).
    var path: String
    /// What went wrong, without the path.
    var message: String

    /// `PATH: error: MESSAGE`, the form every message of the tool takes.
    var description: String { "\(path): error: \(message)" }

    /// An error for a failed system call, with the system's description of `code`.
    static func system(_ path: String, _ what: String, _ code: Int32) -> OutputError {
        var message = "\(what) (\(String(cString: strerror(code))))"
        switch code {
        case ENOSPC, EDQUOT: message += "; free some space and run the command again"
        case EACCES, EPERM, EROFS: message += "; check the permissions of the file and its folder"
        default: break
        }
        return OutputError(path: path, message: message)
    }
}

extension OutputError {
    /// Creates the folder `path` and its missing parents, as `mkdir -p` does, with the system's
    /// reason when it cannot.
    static func createFolder(_ path: String) throws(OutputError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/" + component
            guard mkdir(prefix, 0o777) != 0 else { continue }
            let code = errno
            var status = stat()
            if code == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
            guard code == EEXIST else { throw .system(path, "cannot create the folder", code) }
            throw OutputError(path: path, message: "cannot create the folder: \(prefix) is a file; name another folder")
        }
    }
}
