import Foundation

/// The files of a folder and its subfolders whose names end with one of some suffixes, as
/// `advocacy convert` and dataset loading read them: hidden files and folders skipped,
/// folders themselves left out, in natural order of their relative paths.
package enum FolderWalk {
    /// A file found: its path (the folder as given, then the relative path) and the relative path.
    package struct File: Sendable {
        package let path: String
        package let relative: String
    }

    /// The matching files under `folder`, or `nil` when it cannot be listed.
    package static func files(in folder: String, suffixes: [String]) -> [File]? {
        guard let entries = FileManager.default.subpaths(atPath: folder) else { return nil }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let matching = entries.filter { entry in
            let lowered = entry.lowercased()
            return suffixes.contains { lowered.hasSuffix($0) } && !entry.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        return NaturalOrder.sorted(matching).compactMap { relative in
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return File(path: path, relative: relative)
        }
    }
}
