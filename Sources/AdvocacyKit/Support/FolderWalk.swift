import Foundation

/// The files of a folder and its subfolders whose names end with one of some suffixes, as
/// `advocacy convert` and dataset loading read them: hidden files and folders skipped,
/// folders themselves left out (symbolic links to missing files kept, for the reader to
/// report), in natural order of their relative paths.
///
/// Symbolic links to folders are neither listed nor followed, so a link cannot lead the walk
/// in a circle. The walk reads each folder once with `readdir` and asks the file system about
/// an entry only when the folder's listing does not say what it is (a symbolic link, or a file
/// system that gives no types).
package enum FolderWalk {
    /// A file found: its path (the folder as given, then the relative path) and the relative path.
    package struct File: Sendable {
        package let path: String
        package let relative: String
    }

    /// The matching files under `folder`, or `nil` when it or one of its subfolders cannot be
    /// listed.
    package static func files(in folder: String, suffixes: [String]) -> [File]? {
        var matching: [String] = []
        guard collect(folder, relative: "", suffixes: suffixes, into: &matching) else { return nil }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return NaturalOrder.sorted(matching).map { File(path: base + "/" + $0, relative: $0) }
    }

    /// Adds the matching files of `folder` (and of its subfolders) to `matching`, as paths
    /// relative to the walk's root; `false` when a folder cannot be opened.
    private static func collect(_ folder: String, relative: String, suffixes: [String], into matching: inout [String]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let (name, type) = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                (String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self), entry.pointee.d_type)
            }
            // Hidden entries, "." and ".." among them, are skipped, folders included.
            guard !name.hasPrefix(".") else { continue }
            switch kind(of: name, type: type, in: dirfd(directory)) {
            case .folder:
                subfolders.append(name)
            case .other:
                let lowered = name.lowercased()
                if suffixes.contains(where: { lowered.hasSuffix($0) }) { matching.append(relative + name) }
            case .linkedFolder:
                continue
            }
        }
        for name in subfolders {
            guard collect(folder + "/" + name, relative: relative + name + "/", suffixes: suffixes, into: &matching) else {
                return false
            }
        }
        return true
    }

    /// What an entry is to the walk.
    private enum Kind {
        /// A folder, walked into.
        case folder
        /// A symbolic link to a folder: left out.
        case linkedFolder
        /// Anything else, a symbolic link to nothing included: listed if its name matches.
        case other
    }

    /// The kind of the entry `name` of the open folder `directory`, whose listing gave it `type`.
    private static func kind(of name: String, type: UInt8, in directory: Int32) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .other
        case Int32(DT_LNK):
            var target = stat()
            guard fstatat(directory, name, &target, 0) == 0 else { return .other }
            return target.st_mode & S_IFMT == S_IFDIR ? .linkedFolder : .other
        case Int32(DT_UNKNOWN):
            var entry = stat()
            guard fstatat(directory, name, &entry, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFLNK: return kind(of: name, type: UInt8(DT_LNK), in: directory)
            default: return .other
            }
        default: return .other
        }
    }
}
