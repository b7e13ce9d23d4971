import Foundation
import Testing

@testable import advocacy

/// The group commit of `convert --out`, driven directly: batches added faster than a commit
/// ends are committed together, and come back in order with the errors of their own files.
@Suite("Command line: batches committed in groups")
struct CommitPipelineTests {
    @Test("batches come back in order, each with its files' errors, however they were grouped", arguments: [1, 4, 1_000])
    func order(fileLimit: Int) throws {
        let folder = try CLITests.temporaryFile("placeholder", Data()).deletingLastPathComponent()
        var pipeline = CommitPipeline(fileLimit: fileLimit)
        var done: [CommitPipeline.Done] = []
        for batch in 0..<6 {
            // Batch 3 has no files (all its inputs failed); the others have two each.
            let files = try (batch == 3 ? [] : [0, 1]).map { file in
                try BatchWriter.stage(
                    Data("batch \(batch), file \(file)\n".utf8), at: folder.appendingPathComponent("b\(batch)-\(file).txt").path,
                    createsFolder: false)
            }
            if batch == 2 {
                // A folder appears in the way of a staged file: its commit fails, and only its.
                try FileManager.default.createDirectory(at: folder.appendingPathComponent("b2-1.txt"), withIntermediateDirectories: false)
            }
            done += pipeline.add(files: files)
        }
        done += pipeline.drain()
        #expect(done.map(\.batch) == Array(0..<6))
        for (batch, errors) in done {
            #expect(errors.count == (batch == 3 ? 0 : 2))
            for (file, error) in errors.enumerated() {
                #expect((error != nil) == (batch == 2 && file == 1), "batch \(batch), file \(file): \(String(describing: error))")
                if error == nil {
                    let written = try String(contentsOf: folder.appendingPathComponent("b\(batch)-\(file).txt"), encoding: .utf8)
                    #expect(written == "batch \(batch), file \(file)\n")
                }
            }
        }
        #expect(pipeline.drain().isEmpty)
    }

    @Test("batches, waiting files and the jobs ahead shrink to fit the limit on open descriptors")
    func descriptorBudget() {
        #expect(DescriptorBudget.batching(jobs: 1, limit: 1_024) == (16, 128, 0))
        #expect(DescriptorBudget.batching(jobs: 2, limit: 1_024) == (32, 256, 32))
        #expect(DescriptorBudget.batching(jobs: 2, limit: 200) == (32, 19, 32))
        #expect(DescriptorBudget.batching(jobs: 64, limit: 1_024) == (298, 1, 298))
        #expect(DescriptorBudget.batching(jobs: 1, limit: 40) == (1, 0, 0))
        #expect(DescriptorBudget.batching(jobs: 2, limit: 40) == (1, 0, 0))
        #expect(DescriptorBudget.batching(jobs: 4, limit: Int.max) == (64, 256, 64))
        for jobs in 1...8 {
            for limit in stride(from: 16, through: 2_048, by: 7) {
                let (batch, waiting, ahead) = DescriptorBudget.batching(jobs: jobs, limit: limit)
                #expect(batch >= 1 && waiting >= 0 && ahead >= 0)
                #expect(jobs > 1 || ahead == 0)
                // Two groups of staged files at most and the files staged ahead, within the
                // limit once the reserve is kept.
                if limit >= DescriptorBudget.reserve + jobs + 2 {
                    #expect(2 * (batch + waiting) + ahead + DescriptorBudget.reserve + jobs <= limit, "jobs \(jobs), limit \(limit)")
                }
            }
        }
    }

    @Test("abandoning waits for the group in flight and leaves nothing of the batches waiting")
    func abandon() throws {
        let folder = try CLITests.temporaryFile("placeholder", Data()).deletingLastPathComponent()
        var pipeline = CommitPipeline(fileLimit: 1_000)
        for batch in 0..<4 {
            let file = try BatchWriter.stage(
                Data("batch \(batch)\n".utf8), at: folder.appendingPathComponent("b\(batch).txt").path, createsFolder: false)
            _ = pipeline.add(files: [file])
        }
        pipeline.abandon()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "placeholder" }
        // The first batch was in flight, and may have taken the ones added before its commit
        // started; the rest were dropped, and no temporary file stays.
        #expect(names.contains("b0.txt"))
        #expect(names.allSatisfy { $0.hasPrefix("b") && $0.hasSuffix(".txt") })
        #expect(pipeline.drain().isEmpty)
    }
}
