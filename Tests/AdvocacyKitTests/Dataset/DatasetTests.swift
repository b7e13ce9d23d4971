import AdvocacyKit
import Foundation
import Testing

@Suite("Datasets")
struct DatasetTests {
    /// The folder of this test run's datasets, removed when the run ends.
    static let runFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: DatasetTests.runFolderPath) }
        return runFolderPath
    }()

    private static var runFolderPath: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("advocacykit-datasets-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ dossier: Dossier, to url: URL) throws {
        try dossier.jsonData().write(to: url)
    }

    static func dossier(_ id: String, _ title: String = "Statement") -> Dossier {
        var d = ValidationSamples.clean
        d.document.id = .init(id)
        d.document.title = title
        return d
    }

    /// Two JSON dossiers and a JSON Lines file with a dangling reference, a duplicate id, an
    /// opinion older than its proposal and a coalition listing more members than its size.
    static func fourProblems() throws -> URL {
        let root = try folder()
        var dangling = dossier("doc-a")
        dangling.opinions[0].proposal = "missing-proposal"
        try write(dangling, to: root.appendingPathComponent("a.json"))
        var duplicate = dossier("doc-b")
        duplicate.people = [Person(id: "ngo-a", name: "Ann")]
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try write(duplicate, to: root.appendingPathComponent("sub/b.json"))
        var early = dossier("doc-c")
        early.opinions[0].date = "2021-12"
        var crowded = dossier("doc-d")
        crowded.coalitions[0].size = Count(1)
        let lines = try [early, crowded].map { String(decoding: try $0.jsonData(format: .compact), as: UTF8.self) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("more.jsonl"))
        return root
    }

    @Test("the four-problem dataset gives exactly four diagnostics with the right rule ids")
    func fourProblemDataset() throws {
        let root = try Self.fourProblems()
        let (dataset, problems) = try Dataset.load([root])
        #expect(problems.isEmpty)
        #expect(dataset.documents.count == 4)
        #expect(dataset.files.count == 3)
        let found = DossierValidator().validate(dataset)
        #expect(Set(found.map(\.ruleID)) == ["references-resolve", "ids-unique", "opinion-follows-proposal", "coalition-size-fits-members"])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.severity == .error })
        let jsonl = found.filter { $0.file?.hasSuffix("more.jsonl") == true }
        #expect(jsonl.map(\.line) == [1, 2])
        #expect(jsonl.map(\.ruleID) == ["opinion-follows-proposal", "coalition-size-fits-members"])
        #expect(found.first { $0.ruleID == "references-resolve" }?.path == "opinions[0].proposal")
    }

    @Test("a clean dataset has no errors")
    func cleanDataset() throws {
        let root = try Self.folder()
        try Self.write(Self.dossier("one"), to: root.appendingPathComponent("one.json"))
        try Self.write(Self.dossier("two"), to: root.appendingPathComponent("two.json"))
        let (dataset, problems) = try Dataset.load([root])
        #expect(problems.isEmpty)
        #expect(DossierValidator().validate(dataset).isEmpty)
    }

    @Test("JSON that does not decode becomes a json-decodes diagnostic with its path and line")
    func decodeErrors() throws {
        let root = try Self.folder()
        try Data(#"{"schemaVersion": 1, "document": {"id": "x", "title": "T"}}"#.utf8).write(to: root.appendingPathComponent("bad.json"))
        try Data("\n{\"schemaVersion\": 1}\n".utf8).write(to: root.appendingPathComponent("bad.jsonl"))
        let (dataset, problems) = try Dataset.load(paths: [root.path])
        #expect(dataset.documents.isEmpty)
        #expect(problems.map(\.ruleID) == ["json-decodes", "json-decodes"])
        #expect(problems[0].path == "document.jurisdiction")
        #expect(problems[1].line == 2)
        #expect(problems[1].file == root.path + "/bad.jsonl")
    }

    @Test("JSON Lines: CRLF line ends, blank lines and a last line without a line break keep their numbers")
    func jsonLinesNumbers() throws {
        let root = try Self.folder()
        let valid = String(decoding: try Self.dossier("doc-a").jsonData(format: .compact), as: UTF8.self)
        let text = "\(valid)\r\n \t\r\n\n\(valid)\n{\"schemaVersion\": 1}"
        try Data(text.utf8).write(to: root.appendingPathComponent("lines.jsonl"))
        let (dataset, problems) = try Dataset.load(paths: [root.path])
        #expect(dataset.documents.map(\.line) == [1, 4])
        #expect(problems.map(\.ruleID) == ["json-decodes"])
        #expect(problems.first?.line == 5)
    }

    @Test("a missing path throws")
    func missing() {
        #expect(throws: DatasetLoadError.self) { try Dataset.load(paths: ["/nonexistent/dataset"]) }
    }

    @Test("duplicate document ids across the dataset are reported")
    func duplicateDocuments() {
        let dataset = Dataset(documents: [
            DatasetDocument(source: "a.json", dossier: Self.dossier("same", "A")),
            DatasetDocument(source: "b.json", dossier: Self.dossier("same", "B")),
        ])
        let found = DossierValidator().validate(dataset)
        #expect(found.map(\.ruleID) == ["document-ids-unique"])
        #expect(found[0].file == "b.json")
        #expect(DossierValidator().withoutValidating("document-ids-unique").validate(dataset).isEmpty)
    }

    @Test("an Akoma Ntoso file's schema errors and import notes become diagnostics: conflicts errors, mapping notes warnings")
    func akomaNtoso() {
        var document = DatasetDocument(
            source: "x.xml", dossier: Self.dossier("x"), notes: ["the title differs", "2 <foo> elements are not mapped"],
            conflicts: ["the title differs"])
        document.schemaDiagnostics = [XMLDiagnostic(severity: .error, message: "bad element", line: 4, column: 2, source: "x.xml")]
        let found = DossierValidator().validate(Dataset(documents: [document]))
        #expect(found.map(\.description) == [
            "x.xml:4:2: error: bad element [akn-schema-valid]",
            "x.xml: warning: 2 <foo> elements are not mapped [akn-model-copy-matches]",
            "x.xml: error: the title differs; make the proprietary model copy and the Akoma Ntoso markup agree [akn-model-copy-matches]",
        ])
    }

    @Test("the seed AKN file loads and validates without errors")
    func seedAKN() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/seed.akn.xml")
        let (dataset, problems) = try Dataset.load([url])
        #expect(problems.isEmpty)
        #expect(dataset.documents.count == 1)
        #expect(!DossierValidator().validate(dataset).contains { $0.severity == .error })
    }

    @Test("validation output is deterministic and ordered by file, line and path")
    func ordering() throws {
        let root = try Self.fourProblems()
        let first = DossierValidator().validate(try Dataset.load([root]).dataset)
        let second = DossierValidator().validate(try Dataset.load([root]).dataset)
        #expect(first == second)
        #expect(first.map { $0.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "" } == ["a.json", "more.jsonl", "more.jsonl", "b.json"])
        var d = ValidationSamples.clean
        d.demands = (0..<12).map { Demand(id: .init("d\($0)"), action: "") }
        let paths = DossierValidator(rules: [.demandsHaveAnAction]).validate(d).map(\.path)
        #expect(paths == (0..<12).map { "demands[\($0)].action" })
    }
}

@Suite("Entity merge")
struct EntityMergeTests {
    @Test("the same organisation named differently in two documents merges, listing both sources")
    func organisations() {
        var one = DatasetTests.dossier("one")
        one.organisations = [Organisation(id: "commission", name: "the European Commission")]
        one.proposals = [Proposal(id: "p1", title: "Chat control", identifiers: [.init(.com, "COM(2022) 209 final")])]
        var two = DatasetTests.dossier("two")
        two.organisations = [Organisation(id: "ec", name: "European Commission (EC)"), Organisation(id: "x", name: "Other NGO")]
        two.proposals = [Proposal(id: "csar", title: "Regulation to prevent child sexual abuse", identifiers: [.init(.com, "COM(2022)  209 final")])]
        let dataset = Dataset(documents: [
            DatasetDocument(source: "one.json", dossier: one), DatasetDocument(source: "two.json", dossier: two),
        ])
        let merged = dataset.mergedEntities()
        let commission = merged.filter { $0.kind == .organisation && $0.forms.contains("EC") }
        #expect(commission.count == 1)
        #expect(commission.first?.mentions == [.init(source: "one.json", entityID: "commission"), .init(source: "two.json", entityID: "ec")])
        #expect(commission.first?.name == "European Commission")
        #expect(commission.first?.gazetteerID == "eu.commission" || commission.first?.gazetteerID != nil)
        let proposals = merged.filter { $0.kind == .proposal }
        #expect(proposals.count == 1)
        #expect(proposals.first?.mentions.map(\.entityID) == ["p1", "csar"])
        #expect(merged.contains { $0.name == "Other NGO" && $0.mentions.count == 1 })
    }

    @Test("committees merge by acronym and gazetteer entry; merging is deterministic")
    func committees() {
        var one = DatasetTests.dossier("one")
        one.committees = [Committee(id: "imco", abbreviation: "IMCO")]
        var two = DatasetTests.dossier("two")
        two.committees = [Committee(id: "market", name: "Committee on the Internal Market and Consumer Protection")]
        let dataset = Dataset(documents: [
            DatasetDocument(source: "one.json", dossier: one), DatasetDocument(source: "two.json", dossier: two),
        ])
        let committees = dataset.mergedEntities().filter { $0.kind == .committee }
        #expect(committees.count == 1)
        #expect(committees.first?.mentions.map(\.source) == ["one.json", "two.json"])
        #expect(dataset.mergedEntities() == dataset.mergedEntities())
    }
}
