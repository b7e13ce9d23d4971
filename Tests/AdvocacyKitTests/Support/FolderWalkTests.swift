import Foundation
import Testing

@testable import AdvocacyKit

@Suite("FolderWalk: the files of a folder tree, as convert and dataset loading read them")
struct FolderWalkTests {
    /// A fresh folder tree with every kind of entry the walk must tell apart.
    private static func makeTree() throws -> String {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("advocacykit-walk-\(UUID().uuidString)").path
        for folder in ["in/sub/deeper", "in/.hidden", "in/folder.txt", "elsewhere"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in [
            "in/b10.txt", "in/b9.txt", "in/UPPER.TXT", "in/notes.csv", "in/.dotted.txt", "in/.hidden/c.txt",
            "in/sub/a.txt", "in/sub/deeper/z.txt", "elsewhere/linked.txt",
        ] {
            try Data("The Council met.\n".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try manager.createSymbolicLink(atPath: root + "/in/to-folder", withDestinationPath: root + "/elsewhere")
        try manager.createSymbolicLink(atPath: root + "/in/to-file.txt", withDestinationPath: root + "/elsewhere/linked.txt")
        try manager.createSymbolicLink(atPath: root + "/in/dangling.txt", withDestinationPath: root + "/missing.txt")
        return root
    }

    @Test("walks subfolders, skips hidden entries, folders and links to folders, keeps links to files and to nothing")
    func kinds() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try #require(FolderWalk.files(in: root + "/in", suffixes: [".txt"]))
        #expect(
            files.map(\.relative) == ["b9.txt", "b10.txt", "dangling.txt", "sub/a.txt", "sub/deeper/z.txt", "to-file.txt", "UPPER.TXT"]
                .sorted(by: NaturalOrder.less))
        #expect(files.allSatisfy { $0.path == root + "/in/" + $0.relative })
        // A trailing slash does not double.
        let slashed = try #require(FolderWalk.files(in: root + "/in/", suffixes: [".csv"]))
        #expect(slashed.map(\.path) == [root + "/in/notes.csv"])
    }

    @Test("a folder that cannot be listed gives nil")
    func unlistable() {
        #expect(FolderWalk.files(in: "/nonexistent-\(UUID().uuidString)", suffixes: [".txt"]) == nil)
    }
}
