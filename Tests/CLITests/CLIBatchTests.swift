import Foundation
import Testing

/// `advocacy convert` over folders and JSON Lines streams, on several cores and in shards.
@Suite("Command line: batches, streams, jobs and shards")
struct CLIBatchTests {
    /// Short press releases of our own, each naming another organisation.
    static func releases(_ count: Int) -> [String] {
        (0..<count).map { index in
            """
            Harbour Trust \(index) urges councillors to protect the ferry

            The Harbour Trust \(index) urges the Ports Committee to reject the toll plan before the vote.
            """
        }
    }

    /// Writes `count` releases as `r00.txt`, `r01.txt`, … into a new temporary folder, those
    /// at `empty` as empty files (each an error); returns the folder and the files' paths.
    static func releaseFiles(_ count: Int, empty: Set<Int>) throws -> (folder: URL, paths: [String]) {
        let folder = try CLITests.temporaryFile("r00.txt", Data()).deletingLastPathComponent()
        let paths = try releases(count).enumerated().map { index, text in
            let file = folder.appendingPathComponent(String(format: "r%02d.txt", index))
            try Data((empty.contains(index) ? "" : text).utf8).write(to: file)
            return file.path
        }
        return (folder, paths)
    }

    /// A JSON Lines stream of `{"id", "text"}` records, with a bad line and an HTML record.
    static func stream(_ count: Int) throws -> Data {
        var lines = try releases(count).enumerated().map { index, text in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": "release-\(index)", "text": text]), as: UTF8.self)
        }
        lines.insert("{ not a record", at: 2)
        let html = "<html><body><h1>Dock Union calls for a ferry vote</h1><p>The Dock Union urges the council to vote.</p></body></html>"
        lines.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "page", "html": html]), as: UTF8.self))
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test("a folder is walked recursively; its files keep their relative paths, hidden ones are skipped")
    func folderWalk() throws {
        let first = try CLITests.temporaryFile("a.txt", Data(Self.releases(1)[0].utf8))
        let root = first.deletingLastPathComponent()
        for (path, text) in [("nested/b.md", Self.releases(2)[1]), (".hidden/c.txt", "Hidden\n\nNot read."), ("notes.csv", "a,b")] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let out = root.appendingPathComponent("out").path
        let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "json", "--out", out, root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 of 2 documents converted"))
        #expect(FileManager.default.fileExists(atPath: out + "/a.json"))
        #expect(FileManager.default.fileExists(atPath: out + "/nested/b.json"))
        #expect(!FileManager.default.fileExists(atPath: out + "/.hidden"))
    }

    @Test("a folder without --out or --format jsonl is a usage error that says what to add")
    func folderNeedsOut() throws {
        let first = try CLITests.temporaryFile("a.txt", Data(Self.releases(1)[0].utf8))
        let result = try CLITests.run("advocacy", ["convert", first.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--out DIR"))
        #expect(result.stderr.contains("--format jsonl"))
    }

    @Test("--format jsonl reads records from standard input and writes one compact dossier a line, in order")
    func jsonLinesStream() throws {
        let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "jsonl", "--jobs", "1", "-"], stdin: try Self.stream(6))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:3: error: not a record"))
        #expect(result.stderr.contains("7 of 8 documents converted"))
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 7)
        let names = try lines.map { line -> String in
            let dossier = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let document = dossier?["document"] as? [String: Any]
            return document?["title"] as? String ?? ""
        }
        #expect(names.first == "Harbour Trust 0 urges councillors to protect the ferry")
        #expect(names.last == "Dock Union calls for a ferry vote")
    }

    @Test("a stream with CRLF line ends, blank lines and no final line break reads every record")
    func streamLineEnds() throws {
        let records = try Self.releases(3).enumerated().map { index, text in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": "r\(index)", "text": text]), as: UTF8.self)
        }
        let stream = Data((records[0] + "\r\n\r\n" + records[1] + "\r\n   \n" + records[2]).utf8)
        let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "jsonl", "-"], stdin: stream)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("3 of 3 documents converted"))
        #expect(String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").count == 3)
    }

    @Test(
        "more jobs give the same output, messages and exit status as one, also far more than can run at once",
        arguments: ["2", "100000"])
    func jobsAreDeterministic(jobs: String) throws {
        let stream = try Self.stream(40)
        let one = try CLITests.run("advocacy", ["convert", "--format", "jsonl", "--jobs", "1", "-"], stdin: stream)
        let many = try CLITests.run("advocacy", ["convert", "--format", "jsonl", "--jobs", jobs, "-"], stdin: stream)
        #expect(one.status == many.status)
        #expect(one.stdout == many.stdout)
        #expect(one.stderr == many.stderr)
    }

    @Test("shards 0/3, 1/3 and 2/3 together convert every record exactly once")
    func shardsCoverTheInput() throws {
        let file = try CLITests.temporaryFile("archive.jsonl", try Self.stream(30))
        let whole = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "jsonl", file.path])
        var union: [Substring] = []
        for shard in 0..<3 {
            let part = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "jsonl", "--shard", "\(shard)/3", file.path])
            let lines = String(decoding: part.stdout, as: UTF8.self).split(separator: "\n")
            #expect(!lines.isEmpty)
            union += lines
        }
        let all = String(decoding: whole.stdout, as: UTF8.self).split(separator: "\n")
        #expect(union.count == all.count)
        #expect(union.sorted() == all.sorted())
    }

    @Test("advocacy validate --jobs 2 reports exactly what --jobs 1 does")
    func validateJobsAreDeterministic() throws {
        let archive = try CLITests.temporaryFile("archive.jsonl", try Self.stream(12))
        let folder = archive.deletingLastPathComponent().appendingPathComponent("dossiers")
        _ = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "json", "--out", folder.path, archive.path])
        // One broken file, so that there is something to report.
        try Data("{\"document\": 3}".utf8).write(to: folder.appendingPathComponent("broken.json"))
        let one = try CLITests.run("advocacy", ["validate", "--jobs", "1", folder.path])
        let two = try CLITests.run("advocacy", ["validate", "--jobs", "2", folder.path])
        #expect(one.status == 1)
        #expect(one.stderr.contains("14 files checked"))
        #expect(one.status == two.status && one.stdout == two.stdout && one.stderr == two.stderr)
    }

    @Test("an output that cannot be renamed into place is reported; the others are written and no temporary file is left")
    func blockedOutput() throws {
        let first = try CLITests.temporaryFile("first.txt", Data(Self.releases(1)[0].utf8))
        let root = first.deletingLastPathComponent()
        let second = root.appendingPathComponent("second.txt")
        try Data(Self.releases(2)[1].utf8).write(to: second)
        let out = root.appendingPathComponent("out")
        // A folder where the first output file should go: the rename onto it fails.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("first.json"), withIntermediateDirectories: true)
        let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "json", "--out", out.path, first.path, second.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("first.json: error: cannot write the file"))
        #expect(result.stderr.contains("1 of 2 files converted"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["first.json", "second.json"])
        #expect(try Dossier.decodes(Data(contentsOf: out.appendingPathComponent("second.json"))))
    }

    @Test("over several batches, each committed while the next converts, messages keep input order and every file is written")
    func batchesCommitInTheBackground() throws {
        // 40 inputs are three batches with one job (16, 16, 8): a blocked output in the first,
        // a bad input in the second, and the summary after the third.
        let (root, inputs) = try Self.releaseFiles(40, empty: [20])
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("r03.json"), withIntermediateDirectories: true)
        for jobs in ["1", "2"] {
            let result = try CLITests.run(
                "advocacy", ["convert", "--quiet", "--format", "json", "--jobs", jobs, "--out", out.path] + inputs)
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("\u{1B}") && !$0.contains("\r") }
            let blocked = lines.firstIndex { $0.contains("r03.json: error: cannot write the file") }
            let empty = lines.firstIndex { $0.contains("r20.txt: error") }
            #expect(blocked != nil && empty != nil && blocked! < empty!, "\(result.stderr)")
            #expect(lines.last == "38 of 40 files converted")
            let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(written.count == 39)  // 38 files and the folder in the way
            #expect(!written.contains { $0.hasPrefix(".") })
        }
    }

    @Test("an input that cannot be opened is reported in its place among the others, the same for any --jobs")
    func unreadableInputKeepsItsPlace() throws {
        var (root, inputs) = try Self.releaseFiles(40, empty: [5, 30])
        let missing = root.appendingPathComponent("missing.jsonl").path
        inputs.insert(missing, at: 25)
        var runs: [CLITests.Result] = []
        for jobs in ["1", "2", "5"] {
            let out = root.appendingPathComponent("out-\(jobs)")
            let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "json", "--jobs", jobs, "--out", out.path] + inputs)
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(result.stderr)")
            #expect(lines.first?.contains("r05.txt: error") == true, "\(result.stderr)")
            #expect(lines.dropFirst().first == "\(missing): error: cannot read the file", "\(result.stderr)")
            #expect(lines.dropFirst(2).first?.contains("r30.txt: error") == true, "\(result.stderr)")
            #expect(lines.last == "38 of 41 documents converted")
            runs.append(result)
        }
        #expect(runs.allSatisfy { $0.stderr == runs[0].stderr })
    }

    @Test("under a tight limit on open files (ulimit -n 40), every file is still converted, in smaller batches", arguments: ["1", "2"])
    func tightDescriptorLimit(jobs: String) throws {
        let root = try Self.releaseFiles(60, empty: []).folder
        let out = root.appendingPathComponent("out")
        let result = try CLITests.run(
            "advocacy", ["convert", "--quiet", "--format", "json", "--jobs", jobs, "--out", out.path, root.path],
            openFileLimit: 40)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("60 of 60 documents converted"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 60)
    }

    @Test("--files-from names inputs one a line, from a file or standard input, with the arguments' own")
    func filesFrom() throws {
        let root = try CLITests.temporaryFile("a.txt", Data(Self.releases(1)[0].utf8)).deletingLastPathComponent()
        for (index, text) in Self.releases(3).enumerated().dropFirst() {
            try Data(text.utf8).write(to: root.appendingPathComponent("\(["a", "b", "c"][index]).txt"))
        }
        let list = root.appendingPathComponent("list.txt")
        // CRLF line ends and a blank line are read as a person's editor writes them.
        try Data("\(root.path)/b.txt\r\n\r\n\(root.path)/c.txt".utf8).write(to: list)
        let out = root.appendingPathComponent("out")
        let listed = try CLITests.run(
            "advocacy", ["convert", "--quiet", "--format", "json", "--out", out.path, "--files-from", list.path, root.path + "/a.txt"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "b.json", "c.json"])
        #expect(listed.stderr.contains("3 of 3 files converted"))
        // validate and report take the same option.
        let dossiers = root.appendingPathComponent("dossiers.txt")
        try Data(["a", "b", "c"].map { out.appendingPathComponent("\($0).json").path }.joined(separator: "\n").utf8).write(to: dossiers)
        let validated = try CLITests.run("advocacy", ["validate", "--files-from", dossiers.path])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout == (try CLITests.run("advocacy", ["validate", out.path])).stdout)

        let piped = try CLITests.run(
            "advocacy", ["convert", "--quiet", "--format", "jsonl", "--files-from", "-"],
            stdin: Data("\(root.path)/b.txt\n\(root.path)/c.txt\n".utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.split(separator: 0x0A).count == 2)

        let clash = try CLITests.run("advocacy", ["convert", "--format", "jsonl", "--files-from", "-", "-"], stdin: Data())
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("--files-from - reads the list from standard input"))
        let missing = try CLITests.run("advocacy", ["convert", "--format", "jsonl", "--files-from", root.path + "/none.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.txt: error: cannot read the list of inputs"))
    }

    @Test("a malformed --shard is refused")
    func badShard() throws {
        for shard in ["3/3", "1", "-1/2", "a/b", "0/0"] {
            let result = try CLITests.run("advocacy", ["convert", "--shard", shard, "-"], stdin: Data("Title\n\nText.\n".utf8))
            #expect(result.status == 2, "--shard \(shard)")
        }
    }
}

/// Checks on dossier JSON written by the command.
private enum Dossier {
    /// Whether the data is a JSON object with a `document`.
    static func decodes(_ data: Data) throws -> Bool {
        (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["document"] != nil
    }
}
