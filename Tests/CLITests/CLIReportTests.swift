import Foundation
import Testing

/// `advocacy report`: one self-contained HTML page from files, folders and JSON Lines, with
/// the exit statuses the other commands use.
@Suite("Command line: report")
struct CLIReportTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("a dossier file gives the page on standard output, the same bytes as with -o, every time")
    func standardOutput() throws {
        let dossier = try CLITests.temporaryFile("seed.json", CLITests.fixture("seed.dossier.json"))
        let result = try CLITests.run("advocacy", ["report", dossier.path])
        #expect(result.status == 0)
        let html = String(decoding: result.stdout, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for part in ["id=\"timeline\"", "id=\"network-graph\"", "id=\"demand-table\"", "id=\"diagnostics\"", "id=\"sources\""] {
            #expect(html.contains(part), "no \(part)")
        }
        #expect(Self.count("<tr class=\"demand\"", in: html) >= 1)
        #expect(!html.contains("<script"))
        #expect(result.stderr.contains("report of 1 document:"))
        let file = dossier.deletingLastPathComponent().appendingPathComponent("report.html")
        let written = try CLITests.run("advocacy", ["report", dossier.path, "-o", file.path, "--title", "Seed <b>report</b>"])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.contains("<title>Seed &lt;b&gt;report&lt;/b&gt;</title>"))
        #expect(page.replacingOccurrences(of: "Seed &lt;b&gt;report&lt;/b&gt;", with: "Advocacy report") == html)
    }

    @Test("standard input (-) and an Akoma Ntoso file are read too")
    func standardInputAndAKN() throws {
        let seed = try CLITests.fixture("seed.dossier.json")
        let fromInput = try CLITests.run("advocacy", ["report", "-"], stdin: seed)
        #expect(fromInput.status == 0)
        #expect(String(decoding: fromInput.stdout, as: UTF8.self).contains("&lt;stdin&gt;"))
        let akn = try CLITests.temporaryFile("seed.akn.xml", CLITests.fixture("seed.akn.xml"))
        let fromAKN = try CLITests.run("advocacy", ["report", akn.path])
        #expect(fromAKN.status == 0)
        #expect(fromAKN.stderr.contains("report of 1 document:"))
        #expect(Self.count("<tr class=\"demand\"", in: String(decoding: fromAKN.stdout, as: UTF8.self)) >= 1)
    }

    @Test("a folder and a JSON Lines file are read as validate reads them")
    func folderAndLines() throws {
        let seed = try CLITests.fixture("seed.dossier.json")
        let folder = try CLITests.temporaryFile("a.json", seed).deletingLastPathComponent()
        let object = try JSONSerialization.jsonObject(with: seed)
        let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try (line + Data("\n".utf8) + line + Data("\n".utf8)).write(to: folder.appendingPathComponent("more.jsonl"))
        let result = try CLITests.run("advocacy", ["report", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("report of 3 documents:"))
        let html = String(decoding: result.stdout, as: UTF8.self)
        #expect(Self.count("<article class=\"document\"", in: html) == 3)
    }

    @Test("an input that is not a dossier: the page is written with the problem, exit status 1")
    func invalidInput() throws {
        let folder = try CLITests.temporaryFile("seed.json", CLITests.fixture("seed.dossier.json")).deletingLastPathComponent()
        try Data("{\"schemaVersion\": 1, \"document\": 3}".utf8).write(to: folder.appendingPathComponent("broken.json"))
        let output = folder.appendingPathComponent("out.html")
        let result = try CLITests.run("advocacy", ["report", folder.path, "-o", output.path])
        #expect(result.status == 1)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("broken.json"))
        #expect(html.contains("class=\"diagnostic diagnostic-error\""))
    }

    @Test("a path that does not exist, or no path, is a usage error (exit status 2)")
    func usage() throws {
        let missing = try CLITests.run("advocacy", ["report", "/nonexistent/dossiers"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/dossiers: error:"))
        #expect(missing.stdout.isEmpty)
        let none = try CLITests.run("advocacy", ["report"])
        #expect(none.status == 2)
    }
}
