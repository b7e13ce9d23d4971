/// Path arithmetic on strings, without touching the file system (Foundation's
/// `URL(fileURLWithPath:)` calls `stat` to learn whether a path is a folder, and `getcwd`
/// for a relative one: two system calls per output file in a batch).
enum Paths {
    /// `folder/name`, without doubling a `/`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder part of `path` (`.` for a bare name, `/` for a file at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
