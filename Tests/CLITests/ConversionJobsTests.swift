import Foundation
import Testing

@testable import advocacy

/// The jobs `convert` finds in its arguments, driven directly: listing the first folder ahead
/// of time lists it then, and changes neither the jobs nor their order.
@Suite("Command line: the jobs of the arguments")
struct ConversionJobsTests {
    @Test("a folder listed ahead of time is listed then, with the same jobs in the same order", arguments: [false, true])
    func prefetch(readsAhead: Bool) throws {
        let folder = try CLITests.temporaryFile("placeholder", Data()).deletingLastPathComponent()
        for name in ["b.txt", "a10.md", "a9.txt", "sub/c.html", ".hidden.txt", "notes.csv"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("A text.\n".utf8).write(to: url)
        }
        let loose = try CLITests.temporaryFile("loose.txt", Data("Another text.\n".utf8)).path
        let jobs = ConversionJobs(arguments: [folder.path, loose], recordsOnStandardInput: false, shard: .all)
        if readsAhead { jobs.prefetch() }
        // A file added now is found only when the folder was not listed yet.
        try Data("A late text.\n".utf8).write(to: folder.appendingPathComponent("a8.txt"))
        var names: [String] = []
        while let job = jobs.next() {
            #expect(!job.isFailure, "\(job.label)")
            names.append(job.outputName)
        }
        #expect(names == (readsAhead ? [] : ["a8"]) + ["a9", "a10", "b", "sub/c", "loose"])
    }
}
