import AdvocacyTesting
import Foundation
import Testing

/// The golden corpus helper of `AdvocacyTesting`, on a folder made by the test.
@Suite struct GoldenCorpusTests {
    /// A new folder holding `files` (name → contents).
    private static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    @Test("a missing expectation says how to write it")
    func missingExpectationSaysHowToCreateIt() throws {
        let directory = try Self.folder(["harbour.txt": "Harbour news\n\nThe Harbour Trust urges the council to act.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let results = try GoldenCorpus(directory: directory).check()
        #expect(results.count == 1)
        let message = try #require(results.first?.differences.first)
        #expect(message.hasPrefix("harbour.expected.json is missing"))
        #expect(message.contains("ADVOCACY_UPDATE_GOLDEN=1"))
    }

    @Test("after update, the folder's texts match their expectations")
    func updateWritesExpectations() throws {
        let directory = try Self.folder(["harbour.txt": "Harbour news\n\nThe Harbour Trust urges the council to act.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = try GoldenCorpus(directory: directory)
        try corpus.update()
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("harbour.expected.json").path))
        #expect(try corpus.check().allSatisfy(\.matches))
    }
}
