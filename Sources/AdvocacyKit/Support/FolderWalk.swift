import Foundation

/// The files of a folder and its subfolders whose names end with one of some suffixes, as
/// `advocacy convert` and dataset loading read them: hidden files and folders skipped,
/// folders themselves left out (symbolic links to missing files kept, for the reader to
/// report), in natural order of their relative paths.
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
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : File(path: path, relative: relative)
            }
            // A symbolic link to nothing is kept, so that reading it reports the missing file
            // instead of the document silently going missing from the batch or dataset.
            let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            return type == .typeSymbolicLink ? File(path: path, relative: relative) : nil
        }
    }
}
