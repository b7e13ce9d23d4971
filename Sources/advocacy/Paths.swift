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
        guard let slash = lastSlash(in: path) else { return "." }
        return slash == path.startIndex ? "/" : String(decoding: path.utf8[..<slash], as: UTF8.self)
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return path }
        return String(decoding: path.utf8[path.utf8.index(after: slash)...], as: UTF8.self)
    }

    /// The last `/` byte, which separates components as the kernel reads the path, even where
    /// a combining mark after it makes it part of a longer `Character`; also faster than a
    /// search by `Character`.
    private static func lastSlash(in path: String) -> String.Index? {
        path.utf8.lastIndex(of: UInt8(ascii: "/"))
    }
}
