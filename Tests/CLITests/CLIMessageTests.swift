import Foundation
import Testing

/// Messages a user can act on: the real mistake named, no raw Foundation errors, no terminal
/// controls from untrusted input, and no mistake accepted silently.
@Suite("Command line: messages")
struct CLIMessageTests {
    @Test("a misspelt option is reported as such, not as a problem with the inputs")
    func unknownOption() throws {
        let text = try CLITests.temporaryFile("a.txt", Data(CLIBatchTests.releases(1)[0].utf8))
        let result = try CLITests.run("advocacy", ["convert", "--fromat", "json", text.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--fromat'"))
        #expect(!result.stderr.contains("Several inputs"))
    }

    @Test("--disable with a rule that does not exist is refused, listing the rules")
    func unknownRule() throws {
        let dossier = try CLITests.temporaryFile("seed.json", CLITests.fixture("seed.dossier.json"))
        let unknown = try CLITests.run("advocacy", ["validate", "--disable", "size-claim-agree", dossier.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("there is no rule 'size-claim-agree'"))
        #expect(unknown.stderr.contains("size-claims-agree"))
        let known = try CLITests.run("advocacy", ["validate", "--disable", "size-claims-agree", dossier.path])
        #expect(known.status == 0)
        #expect(known.stderr.contains("0 errors, 0 warnings"))
    }

    @Test("evaluate refuses a gold folder file that is not a gold annotation, or is dossier JSON")
    func notGold() throws {
        let gold = try CLITests.temporaryFile("a.json", Data(#"{"unrelated": 1}"#.utf8))
        let folder = gold.deletingLastPathComponent().path
        try Data(CLIBatchTests.releases(1)[0].utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        let stranger = try CLITests.run("advocacy", ["evaluate", "--gold", folder, "--texts", folder])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("has none of the gold annotation's keys"))
        try CLITests.fixture("seed.dossier.json").write(to: gold)
        let dossier = try CLITests.run("advocacy", ["evaluate", "--gold", folder, "--texts", folder])
        #expect(dossier.status == 1)
        #expect(dossier.stderr.contains("this is dossier JSON"))
    }

    @Test("evaluate scores only gold files with a text, skips the others with a warning, and refuses a folder of none")
    func goldWithoutText() throws {
        let gold = #"{"id": "a", "title": "Group urges action"}"#
        let first = try CLITests.temporaryFile("a.json", Data(gold.utf8))
        let folder = first.deletingLastPathComponent().path
        try Data(gold.replacingOccurrences(of: #""a""#, with: #""b""#).utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
        try Data("Group urges action\n\nThe Green Group urges MEPs to act.\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        let result = try CLITests.run("advocacy", ["evaluate", "--gold", folder, "--texts", folder, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("b.json: warning: no text b.txt, .html, .htm or .md in \(folder); skipped"))
        let report = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(report?["documents"] as? Int == 1)

        let elsewhere = try CLITests.temporaryFile("other.txt", Data("Unrelated\n\nText.\n".utf8)).deletingLastPathComponent().path
        let none = try CLITests.run("advocacy", ["evaluate", "--gold", folder, "--texts", elsewhere])
        #expect(none.status == 2)
        #expect(none.stderr.contains("none of its 2 gold files (NAME.json) has a text"))
        #expect(none.stdout.isEmpty)
    }

    @Test("validate DIR reports a symbolic link to nothing as an error of that file and checks the others")
    func danglingLink() throws {
        let dossier = try CLITests.temporaryFile("seed.json", CLITests.fixture("seed.dossier.json"))
        let folder = dossier.deletingLastPathComponent().path
        #expect(symlink("missing.json", folder + "/broken.json") == 0)
        let result = try CLITests.run("advocacy", ["validate", folder])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty == false)
        let report = String(decoding: result.stdout, as: UTF8.self)
        #expect(report.contains("broken.json: error: the file cannot be read: it is a symbolic link to a file that does not exist"))
        #expect(report.contains("seed.json: warning:"))
        #expect(result.stderr.contains("2 files checked"))
    }

    @Test("an --out folder that cannot be made says why, without Foundation's error domains")
    func outFolderUnderAFile() throws {
        let text = try CLITests.temporaryFile("a.txt", Data(CLIBatchTests.releases(1)[0].utf8))
        let result = try CLITests.run("advocacy", ["convert", "--quiet", text.path, "--out", text.path + "/out"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot create the folder: \(text.path) is a file"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("libxml2 prints nothing of its own: a page with bytes its declared encoding cannot hold gives no raw lines")
    func noRawLibXMLLines() throws {
        var page = Data(#"<html><head><meta charset="shift_jis"></head><body><h1>Ferry news</h1><p>The Dock Union urges "#.utf8)
        page.append(contentsOf: [0x81, 0x7F, 0xFF])
        page.append(contentsOf: Data(" the council to vote.</p></body></html>".utf8))
        let file = try CLITests.temporaryFile("page.html", page)
        let result = try CLITests.run("advocacy", ["convert", "--quiet", "--format", "json", file.path])
        #expect(!result.stderr.contains("encoding error"), "\(result.stderr)")
        #expect(!result.stderr.contains("I/O error"), "\(result.stderr)")
    }

    @Test("terminal controls from an input's id are shown escaped, never sent to the terminal")
    func controlCharacters() throws {
        let record = #"{"id": "evil\u001b[2J\u202eid", "text": ""}"# + "\n"
        let result = try CLITests.run("advocacy", ["convert", "--format", "jsonl", "-"], stdin: Data(record.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"(evil\u{1B}[2J\u{202E}id): error:"#))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.contains("\u{202E}"))
    }
}

/// What `convert` and `export` say about what they had to change or assume.
@Suite("Command line: warnings of convert and export")
struct CLIExportWarningTests {
    @Test("convert says when it replaced characters XML cannot hold, and validate accepts what it wrote")
    func replacedCharacters() throws {
        let text = try CLITests.temporaryFile("a.txt", Data("Ferry news\n\nThe Harbour Trust\u{1} urges the council to vote.\n".utf8))
        let folder = text.deletingLastPathComponent().path
        for format in ["akn", "json"] {
            let result = try CLITests.run("advocacy", ["convert", "--format", format, "--out", folder + "/out", text.path])
            #expect(result.status == 0)
            #expect(result.stderr.contains("paragraph 2, characters 17-18: warning: replaced 1 character that XML 1.0 cannot hold (the first U+0001) with U+FFFD"))
        }
        for output in ["a.akn.xml", "a.json"] {
            let check = try CLITests.run("advocacy", ["validate", folder + "/out/" + output])
            #expect(check.status == 0, "\(output): \(check.stderr)")
        }
    }

    @Test("export of a dossier without a publication date dates it by today and says so")
    func undatedDossier() throws {
        var json = try JSONSerialization.jsonObject(with: CLITests.fixture("seed.dossier.json")) as? [String: Any] ?? [:]
        var document = json["document"] as? [String: Any] ?? [:]
        document["published"] = nil
        document["publishedMentions"] = nil
        json["document"] = document
        let file = try CLITests.temporaryFile("undated.json", JSONSerialization.data(withJSONObject: json))
        let result = try CLITests.run("advocacy", ["export", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("has no publication date, so FRBR dates it by today"))
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("<FRBRdate date="))
        let fixed = try CLITests.run("advocacy", ["export", "--generation-date", "2024-05-06", file.path])
        #expect(!fixed.stderr.contains("warning"))
        #expect(String(decoding: fixed.stdout, as: UTF8.self).contains(#"<FRBRdate date="2024-05-06" name="generation"/>"#))
    }
}
