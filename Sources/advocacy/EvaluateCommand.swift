import AdvocacyKit
import ArgumentParser
import Foundation

/// `advocacy evaluate`: converts texts and scores them against gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the conversion of texts against hand-made gold annotations (precision, recall, F1 per field).",
        discussion: """
            For every NAME.json gold annotation in --gold, the text NAME.txt (or NAME.html, NAME.htm, \
            NAME.md) in --texts is converted and its dossier scored against the annotation, with the \
            rules of the project's reference scorer. A gold file without a text is skipped with a \
            warning, and a gold folder none of whose files has a text is refused; a text that cannot \
            be converted counts as an empty prediction (with a warning). The table ends with the line 'extraction F1 X', the mean F1 \
            of the scored fields; --format json prints {"fields": {NAME: {"precision", "recall", \
            "f1", ...}}, "macroF1", "documents"}. The gold format is documented with GoldAnnotation \
            in the AdvocacyKit library.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "The folder of gold annotations (NAME.json).")
    var gold: String

    @Option(help: "The folder of texts (NAME.txt, NAME.html, NAME.htm or NAME.md).")
    var texts: String

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "A gazetteer JSON file of your own, added to the bundled one.")
    var gazetteer: String?

    @OptionGroup var knowledge: KnowledgeOptions

    /// The text extensions tried, in order.
    static let textExtensions = ["txt", "html", "htm", "md"]

    func run() throws {
        let pairs = try goldFilesWithTexts()
        let converter: PressReleaseConverter
        do {
            let additions = try gazetteer.map { try Gazetteer(contentsOf: URL(fileURLWithPath: $0)) }
            converter = try knowledge.converter(additions: additions)
        } catch {
            Output.report("\(error is LexiconError ? knowledge.lexicon ?? "lexicon" : gazetteer ?? "gazetteer"): error: \(error)")
            throw CLIExit.usage.error
        }
        var annotations: [GoldAnnotation] = []
        var predictions: [Dossier?] = []
        for (name, textPath) in pairs {
            let goldPath = URL(fileURLWithPath: gold).appendingPathComponent(name).path
            let data = try CLIFiles.read(goldPath)
            do {
                annotations.append(try GoldAnnotation(json: data))
            } catch let DecodingError.dataCorrupted(context) where context.underlyingError == nil {
                Output.report("\(goldPath): error: not a gold annotation: \(context.debugDescription)")
                throw CLIExit.invalid.error
            } catch {
                Output.report("\(goldPath): error: not a gold annotation (\(error))")
                throw CLIExit.invalid.error
            }
            predictions.append(try predict(textPath, with: converter))
        }
        let report = ExtractionEvaluator().score(gold: annotations, predicted: predictions)
        switch format {
        case .table: try Output.write(Data(Self.table(report).utf8), to: nil)
        case .json: try Output.write(Self.json(report), to: nil)
        }
    }

    /// The `.json` files of the gold folder, sorted by name.
    private func goldFileNames() throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: gold)
                .filter { $0.hasSuffix(".json") }
                .sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        } catch {
            Output.report("\(gold): error: cannot read the folder (\((error as NSError).localizedDescription))")
            throw CLIExit.usage.error
        }
    }

    /// The `.json` files of the gold folder that have a text, sorted by name, each with the
    /// path of its text; a gold file without one is skipped with a warning.
    /// - Throws: ``CLIExit/usage`` when no gold file has a text.
    private func goldFilesWithTexts() throws -> [(gold: String, text: String)] {
        let names = try goldFileNames()
        let folder = URL(fileURLWithPath: texts)
        var pairs: [(gold: String, text: String)] = []
        for name in names {
            let base = String(name.dropLast(".json".count))
            let candidates = Self.textExtensions.map { folder.appendingPathComponent("\(base).\($0)").path }
            if let text = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
                pairs.append((name, text))
            } else {
                Output.report("\(name): warning: no text \(base).txt, .html, .htm or .md in \(texts); skipped")
            }
        }
        guard !pairs.isEmpty else {
            Output.report(
                "\(gold): error: none of its \(names.count) gold files (NAME.json) has a text NAME.txt, .html, .htm or .md in \(texts); pass the folder of the texts with --texts"
            )
            throw CLIExit.usage.error
        }
        return pairs
    }

    /// The converted dossier of the text at `path`, or `nil` (with a warning) when it cannot
    /// be converted.
    private func predict(_ path: String, with converter: PressReleaseConverter) throws -> Dossier? {
        let data = try CLIFiles.read(path)
        do {
            return try converter.convert(data: data, fileName: path).dossier
        } catch {
            Output.report("\(path): warning: cannot be converted (\(error)); scored as an empty prediction")
            return nil
        }
    }

    /// The scorer's table: one line per field, the number of documents and the macro F1.
    static func table(_ report: EvaluationReport) -> String {
        func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        func padded(_ text: String, _ width: Int, right: Bool = true) -> String {
            let pad = String(repeating: " ", count: max(0, width - text.count))
            return right ? pad + text : text + pad
        }
        var lines = ["\(padded("field", 20, right: false)) \(padded("P", 6)) \(padded("R", 6)) \(padded("F1", 6))  (tp/pred/gold)"]
        for (name, score) in report.orderedFields {
            lines.append(
                "\(padded(name, 20, right: false)) \(padded(fixed(score.precision, 2), 6)) "
                    + "\(padded(fixed(score.recall, 2), 6)) \(padded(fixed(score.f1, 2), 6))  "
                    + "(\(score.truePositives)/\(score.predicted)/\(score.gold))")
        }
        lines.append("documents \(report.documents)")
        lines.append("extraction F1 \(fixed(report.macroF1, 3))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON with sorted keys.
    static func json(_ report: EvaluationReport) throws -> Data {
        struct Field: Encodable {
            var precision: Double
            var recall: Double
            var f1: Double
            var truePositives: Int
            var predicted: Int
            var gold: Int
        }
        struct Output: Encodable {
            var fields: [String: Field]
            var macroF1: Double
            var documents: Int
        }
        let output = Output(
            fields: report.fields.mapValues {
                Field(
                    precision: $0.precision, recall: $0.recall, f1: $0.f1, truePositives: $0.truePositives,
                    predicted: $0.predicted, gold: $0.gold)
            },
            macroF1: report.macroF1, documents: report.documents)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(output) + Data("\n".utf8)
    }
}
