/// The output files a batch has written so far, so that two inputs never write one file.
///
/// `a/same.txt`, `b/same.txt` and `same.md` all become `same.json` under `--out`; the first
/// claims the name and the others are refused with a message naming it (as `cp` refuses to
/// overwrite a file it has just created), instead of silently overwriting each other. On a
/// file system that ignores case (macOS by default), names that differ only in case clash.
struct OutputNames {
    /// The input (its label) that claimed each output path, by ``key(_:)``.
    private var owners: [String: String] = [:]

    /// Claims `path` for the input `label`; returns the input that claimed it before, if any.
    mutating func claim(_ path: String, for label: String) -> String? {
        let key = Self.key(path)
        if let owner = owners[key] { return owner }
        owners[key] = label
        return nil
    }

    /// What two paths that name the same file share.
    private static func key(_ path: String) -> String {
        #if os(macOS) || os(iOS)
            path.lowercased()
        #else
            path
        #endif
    }
}
