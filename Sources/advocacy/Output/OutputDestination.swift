#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an output path is, decided before anything is written, and so how to write it.
///
/// A symbolic link is followed to the file it names, so that its target is what gets
/// replaced and the link stays a link. A regular file (or a path where nothing is yet) is
/// replaced atomically: a temporary file in the same folder, renamed over it. A FIFO, a
/// device or anything else that is not a regular file is written directly and never
/// replaced (`-o /dev/null` writes to `/dev/null`; it does not put a file in its place).
enum OutputDestination: Hashable, Sendable {
    /// A regular file, or nothing yet: replaced atomically. `permissions` are the existing
    /// file's mode bits, which the new file keeps.
    case file(path: String, permissions: mode_t?)
    /// A FIFO, a character or block device: opened and written as it is.
    case stream(path: String)

    /// The path that is written or replaced, symbolic links followed.
    var path: String {
        switch self {
        case .file(let path, _), .stream(let path): path
        }
    }

    /// How many symbolic links are followed before giving up, as the kernel does (`ELOOP`).
    static let maximumLinks = 40

    /// Looks at `path`, following symbolic links (also dangling ones: the file they name is
    /// created), and refuses a folder.
    static func resolve(_ path: String) throws(OutputError) -> OutputDestination {
        var current = path
        for _ in 0...maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                let code = errno
                if code == ENOENT { return .file(path: current, permissions: nil) }
                throw .system(path, "cannot write the file", code)
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                current = try linkTarget(of: current, for: path)
            case S_IFREG:
                return .file(path: current, permissions: status.st_mode & 0o7777)
            case S_IFDIR:
                throw OutputError(path: path, message: "cannot write the file: it is a folder; name a file")
            case S_IFSOCK:
                throw OutputError(path: path, message: "cannot write the file: it is a socket")
            default:
                return .stream(path: current)
            }
        }
        throw .system(path, "cannot write the file", ELOOP)
    }

    /// Where the symbolic link `link` points, relative targets taken from its folder.
    private static func linkTarget(of link: String, for path: String) throws(OutputError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { throw .system(path, "cannot follow the symbolic link \(link)", errno) }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : Paths.join(Paths.folder(of: link), target)
    }
}
