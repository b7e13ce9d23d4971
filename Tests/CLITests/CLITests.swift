import Foundation
import Testing

/// Runs the built `advocacy` and `advocacy-example` executables and checks their output and
/// exit status, as a user's shell would see them.
@Suite("Command line")
struct CLITests {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// The folder that holds the built products (next to the test bundle).
    static let products: URL = {
        var url = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("advocacy").path),
            url.pathComponents.count > 1
        {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Runs `tool` with `arguments`; with `openFileLimit`, under that limit on open file
    /// descriptors (`ulimit -n`, set by `/bin/sh` before it runs the tool).
    static func run(
        _ tool: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
        openFileLimit: Int? = nil
    ) throws -> Result {
        let process = Process()
        let executable = products.appendingPathComponent(tool)
        if let openFileLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(openFileLimit) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(name))
    }

    /// The folder of this test run's files, removed when the run ends.
    static let runFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: CLITests.runFolderPath) }
        return runFolderPath
    }()

    private static var runFolderPath: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("advocacy-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")
    }

    static func temporaryFile(_ name: String, _ contents: Data) throws -> URL {
        let directory = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    @Test("advocacy-example prints the golden AKN, and the golden dossier JSON with --json")
    func example() throws {
        let xml = try Self.run("advocacy-example", [])
        #expect(xml.status == 0)
        #expect(xml.stdout == (try Self.fixture("seed.akn.xml")))
        let json = try Self.run("advocacy-example", ["--json"])
        #expect(json.status == 0)
        #expect(json.stdout == (try Self.fixture("seed.dossier.json")))
    }

    @Test("advocacy export of the example's JSON gives byte-identical AKN, from a file and from stdin")
    func export() throws {
        let json = try Self.temporaryFile("seed.json", Self.fixture("seed.dossier.json"))
        let fromFile = try Self.run("advocacy", ["export", json.path])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == (try Self.fixture("seed.akn.xml")))
        let fromStdin = try Self.run("advocacy", ["export", "-"], stdin: try Self.fixture("seed.dossier.json"))
        #expect(fromStdin.stdout == (try Self.fixture("seed.akn.xml")))
        let canonical = try Self.run("advocacy", ["export", "--format", "json", json.path])
        #expect(canonical.stdout == (try Self.fixture("seed.dossier.json")))
    }

    @Test("advocacy export -o writes the file, and leaves no file when the export fails")
    func exportToFile() throws {
        let json = try Self.temporaryFile("seed.json", Self.fixture("seed.dossier.json"))
        let output = json.deletingLastPathComponent().appendingPathComponent("seed.xml")
        #expect(try Self.run("advocacy", ["export", json.path, "-o", output.path]).status == 0)
        #expect(try Data(contentsOf: output) == Self.fixture("seed.akn.xml"))

        let bad = try Self.temporaryFile("bad.json", Data(#"{"schemaVersion": 1}"#.utf8))
        let badOutput = bad.deletingLastPathComponent().appendingPathComponent("bad.xml")
        let result = try Self.run("advocacy", ["export", bad.path, "-o", badOutput.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("document: required key 'document' is missing; add it"))
        #expect(!FileManager.default.fileExists(atPath: badOutput.path))
    }

    @Test("advocacy validate accepts the golden AKN and the dossier JSON with exit 0")
    func validateValid() throws {
        let xml = try Self.temporaryFile("seed.xml", Self.fixture("seed.akn.xml"))
        let json = try Self.temporaryFile("seed.json", Self.fixture("seed.dossier.json"))
        let result = try Self.run("advocacy", ["validate", xml.path, json.path])
        #expect(result.status == 0)
        #expect(!String(decoding: result.stdout, as: UTF8.self).contains(": error: "))
        #expect(result.stderr.contains("2 files checked: 0 errors"))
    }

    @Test("advocacy validate flags a hand-broken AKN file with its line number and exit 1")
    func validateBroken() throws {
        var text = String(decoding: try Self.fixture("seed.akn.xml"), as: UTF8.self)
        text = text.replacingOccurrences(of: "<FRBRsubtype value=\"pressRelease\"/>", with: "<FRBRbogus/>")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("FRBRbogus") }) + 1
        let file = try Self.temporaryFile("broken.xml", Data(text.utf8))
        let result = try Self.run("advocacy", ["validate", file.path])
        #expect(result.status == 1)
        let stdout = String(decoding: result.stdout, as: UTF8.self)
        #expect(stdout.hasPrefix("\(file.path):\(line): error: Element '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}FRBRbogus': This element is not expected."))
        #expect(stdout.contains("[akn-schema-valid]"))
    }

    @Test("advocacy validate reports ill-formed XML with line and column")
    func validateIllFormed() throws {
        let file = try Self.temporaryFile("ill.xml", Data("<akomaNtoso>\n  <doc>\n</akomaNtoso>\n".utf8))
        let result = try Self.run("advocacy", ["validate", file.path])
        #expect(result.status == 1)
        #expect(String(decoding: result.stdout, as: UTF8.self).hasPrefix("\(file.path):3:"))
    }

    @Test("usage and I/O errors exit 2", arguments: [["validate", "/nonexistent/file.xml"], ["export", "--bogus"], ["export", "--generation-date", "2023-03", "x.json"], ["frobnicate"]])
    func usageErrors(arguments: [String]) throws {
        let result = try Self.run("advocacy", arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--help works on every command", arguments: [[], ["export"], ["validate"]])
    func help(command: [String]) throws {
        let result = try Self.run("advocacy", command + ["--help"])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("USAGE: advocacy"))
    }

    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/ecpat-2023-03-07-imco-draft-opinion-csa-regulation.txt")

    @Test("advocacy convert prints schema-valid AKN of the seed, and its JSON with --format json")
    func convertSeed() throws {
        let xml = try Self.run("advocacy", ["convert", Self.seedURL.path])
        #expect(xml.status == 0)
        #expect(xml.stderr.contains("conflicting-counts"), "the headline's 41 and the body's 40 are flagged")
        let validation = try Self.run("advocacy", ["validate", "-"], stdin: xml.stdout)
        #expect(validation.status == 0, "\(String(decoding: validation.stdout, as: UTF8.self))")
        let json = try Self.run("advocacy", ["convert", "--format", "json", "--quiet", Self.seedURL.path])
        #expect(json.status == 0 && json.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let committees = (object?["committees"] as? [[String: Any]])?.compactMap { $0["abbreviation"] as? String }
        #expect(Set(committees ?? []) == ["IMCO", "LIBE"])
    }

    @Test("advocacy convert --out writes one file per input, skips a bad one and exits 1 at the end")
    func convertBatch() throws {
        let good = try Self.temporaryFile("good.txt", Data("Group urges action\n\nThe Green Group urges MEPs to act.\n".utf8))
        let directory = good.deletingLastPathComponent()
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: bad)
        let markdown = directory.appendingPathComponent("post.md")
        try Data("---\ntitle: Coalition writes to MEPs\ndate: 2024-02-03\n---\n\nThe **Clean Air Network** urges MEPs to vote.\n".utf8).write(to: markdown)
        let out = directory.appendingPathComponent("out")
        let result = try Self.run("advocacy", ["convert", "--format", "json", "--out", out.path, good.path, bad.path, markdown.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt: error:"))
        #expect(result.stderr.contains("2 of 3 files converted"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["good.json", "post.json"])
        let post = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("post.json"))) as? [String: Any]
        let document = post?["document"] as? [String: Any]
        #expect(document?["title"] as? String == "Coalition writes to MEPs")
        #expect(document?["published"] as? String == "2024-02-03")
    }

    @Test("advocacy convert reads standard input, refuses several inputs without --out, and empty input exits 1")
    func convertEdgeCases() throws {
        let stdin = try Self.run("advocacy", ["convert", "--format", "json", "-"], stdin: Data("Title\n\nBody text.\n".utf8))
        #expect(stdin.status == 0)
        #expect(try Self.run("advocacy", ["convert", "a.txt", "b.txt"]).status == 2)
        let empty = try Self.temporaryFile("empty.txt", Data())
        let result = try Self.run("advocacy", ["convert", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty"))
    }

    @Test("advocacy validate over a folder: four problems give four rule ids and exit 1; a clean dataset exits 0")
    func validateDataset() throws {
        let document = #"{"id": "%@", "jurisdiction": "eu", "title": "A statement", "published": "2024-01-01"}"#
        func dossier(_ id: String, _ rest: String) -> String {
            #"{"schemaVersion": 1, "document": "# + document.replacingOccurrences(of: "%@", with: id) + (rest.isEmpty ? "" : ", " + rest) + "}"
        }
        let lines = [
            dossier("a", #""committees": [{"id": "c", "abbreviation": "IMCO"}], "opinions": [{"id": "op", "author": "c", "proposal": "nope"}]"#),
            dossier("b", #""organisations": [{"id": "x", "name": "X"}], "people": [{"id": "x", "name": "Y"}]"#),
            dossier("c", #""committees": [{"id": "c", "abbreviation": "IMCO"}], "proposals": [{"id": "p", "title": "P", "date": "2022-05"}], "opinions": [{"id": "op", "author": "c", "proposal": "p", "date": "2021-11"}]"#),
            dossier("d", #""organisations": [{"id": "o1", "name": "One"}, {"id": "o2", "name": "Two"}], "coalitions": [{"id": "g", "name": "G", "members": ["o1", "o2"], "size": {"value": 1}}]"#),
        ]
        let problems = try Self.temporaryFile("problems.jsonl", Data(lines.joined(separator: "\n").utf8))
        let result = try Self.run("advocacy", ["validate", problems.deletingLastPathComponent().path])
        #expect(result.status == 1)
        let stdout = String(decoding: result.stdout, as: UTF8.self)
        for rule in ["references-resolve", "ids-unique", "opinion-follows-proposal", "coalition-size-fits-members"] {
            #expect(stdout.contains("[\(rule)]"), "missing \(rule) in:\n\(stdout)")
        }
        #expect(stdout.split(separator: "\n").filter { $0.contains(": error: ") }.count == 4)

        let clean = try Self.temporaryFile("clean.json", Data(dossier("clean", #""organisations": [{"id": "o1", "name": "One"}]"#).utf8))
        #expect(try Self.run("advocacy", ["validate", clean.deletingLastPathComponent().path]).status == 0)
    }

    @Test("advocacy import turns the golden AKN back into the golden dossier JSON; advocacy schema prints a JSON Schema")
    func importAndSchema() throws {
        let xml = try Self.temporaryFile("seed.xml", Self.fixture("seed.akn.xml"))
        let imported = try Self.run("advocacy", ["import", xml.path])
        #expect(imported.status == 0)
        #expect(imported.stdout == (try Self.fixture("seed.dossier.json")))
        let schema = try Self.run("advocacy", ["schema"])
        #expect(schema.status == 0)
        let object = try JSONSerialization.jsonObject(with: schema.stdout) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
