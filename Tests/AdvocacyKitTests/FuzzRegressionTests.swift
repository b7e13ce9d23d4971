import AdvocacyKit
import Foundation
import Testing

/// Replays the inputs in `Tests/Fixtures/FuzzRegressions/` through the code path of the fuzz
/// target that found them (see `Fuzz/`): each must return or throw, never crash or hang.
///
/// A file is named `<target>-<short-name>`; its target picks the code path. The README (and any
/// other file whose name starts with `README`) is not an input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The folder of regression inputs.
    static let directory = Fixtures.directory.appendingPathComponent("FuzzRegressions")

    /// The fuzz targets, by the prefix of their regression files.
    enum Target: String, CaseIterable {
        case plainText = "FuzzPlainText"
        case html = "FuzzHTML"
        case markdown = "FuzzMarkdown"
        case converter = "FuzzConverter"
        case aknImport = "FuzzAKNImport"
        case json = "FuzzJSON"
    }

    /// Every regression input, sorted.
    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix("README") && !$0.hasPrefix(".") }.sorted()
    }()

    /// The target a regression file belongs to, from the part of its name before the first `-`.
    static func target(of name: String) -> Target? {
        name.split(separator: "-", maxSplits: 1).first.flatMap { Target(rawValue: String($0)) }
    }

    /// The converter, built once: loading the gazetteer and lexicon is expensive.
    static let converter = Result { try PressReleaseConverter() }

    @Test("the regression folder exists and every input names a fuzz target")
    func inputsNameTargets() throws {
        #expect(FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent("README.md").path))
        #expect(!Self.inputs.isEmpty)
        for name in Self.inputs {
            #expect(Self.target(of: name) != nil, "\(name) does not start with a fuzz target name and '-'")
        }
    }

    @Test("a fuzz regression input returns or throws", arguments: inputs)
    func replay(_ name: String) throws {
        try Self.replayInput(name)
    }

    /// Feeds the input called `name` to its fuzz target's code path.
    static func replayInput(_ name: String) throws {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        switch try #require(target(of: name)) {
        case .plainText:
            _ = try? InputReader.read(data, format: .plainText)
        case .html:
            _ = try? InputReader.read(data, format: .html)
        case .markdown:
            _ = try? InputReader.read(data, format: .markdown)
        case .converter:
            let converter = try Self.converter.get()
            guard let conversion = try? converter.convert(data: data, format: nil) else { return }
            _ = try? AKNExporter(generationDate: "2024-01-01", unrepresentableCharacters: .replace)
                .export(conversion.dossier)
            _ = try? conversion.dossier.jsonData()
        case .aknImport:
            _ = try? AKNImporter().importDocument(data)
        case .json:
            guard let dossier = try? Dossier(json: data) else { return }
            let again = try Dossier(json: try dossier.jsonData())
            #expect(again == dossier, "the JSON round trip changed the dossier")
        }
    }
}
