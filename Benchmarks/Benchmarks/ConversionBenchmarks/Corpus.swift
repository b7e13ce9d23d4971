import AdvocacyKit
import Foundation

/// The documents every benchmark reads, made once: the seed press release (431 words) and
/// variants of it with other names and numbers, as text and as HTML, and what the library
/// makes of them.
enum Corpus {
    /// Plain-text releases.
    static let texts: [Data] = {
        let seed = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/ecpat-2023-03-07-imco-draft-opinion-csa-regulation.txt")
        guard let text = try? String(contentsOf: seed, encoding: .utf8) else { fatalError("the seed must be readable: \(seed.path)") }
        let swaps: [(String, String)] = [
            ("ECPAT", "Child Rights Europe"), ("IMCO", "ITRE"), ("LIBE", "JURI"), ("40", "52"), ("May 2022", "June 2023"),
            ("ECLAG", "ECRAG"), ("Thorn", "Lumos"), ("BANGKOK", "BRUSSELS"),
        ]
        return (0..<8).map { variant in
            var copy = text
            for (index, swap) in swaps.enumerated() where (variant >> (index % 3)) & 1 == 1 {
                copy = copy.replacingOccurrences(of: swap.0, with: swap.1)
            }
            return Data(copy.utf8)
        }
    }()

    /// The same releases as HTML articles: the title as `h1`, each paragraph as `p`, inside
    /// the navigation and footer a web page has.
    static let pages: [Data] = texts.map { data in
        let paragraphs = String(decoding: data, as: UTF8.self).components(separatedBy: "\n\n")
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(escaped(paragraphs[0]))</title></head><body>"
        html += "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article>"
        html += "<h1>\(escaped(paragraphs[0]))</h1>"
        for paragraph in paragraphs.dropFirst() { html += "<p>\(escaped(paragraph))</p>" }
        html += "</article></main><footer>© 2023</footer></body></html>"
        return Data(html.utf8)
    }

    /// The converter with the bundled gazetteer and lexicon.
    static let converter: PressReleaseConverter = {
        guard let converter = try? PressReleaseConverter() else { fatalError("the bundled gazetteer must load") }
        return converter
    }()

    /// The dossiers of the texts.
    static let dossiers: [Dossier] = texts.map { data in
        guard let conversion = try? converter.convert(data: data, format: .plainText) else { fatalError("the seed must convert") }
        return conversion.dossier
    }

    /// The exporter the benchmarks use.
    static let exporter = AKNExporter(generationDate: "2024-01-01")

    /// The dossiers as Akoma Ntoso.
    static let akn: [Data] = dossiers.map { dossier in
        guard let xml = try? exporter.export(dossier).xml else { fatalError("the seed's dossier must export") }
        return xml
    }

    /// The dossiers as (pretty) dossier JSON.
    static let json: [Data] = dossiers.map { dossier in
        guard let data = try? dossier.jsonData() else { fatalError("the seed's dossier must encode") }
        return data
    }

    /// A dataset of 10,000 dossiers as JSON Lines: the variants, each under 1,250 ids.
    static let datasetLines: Data = {
        var lines = Data()
        for index in 0..<10_000 {
            var dossier = dossiers[index % dossiers.count]
            dossier.document.id = Statement.ID("statement-\(index)")
            guard let line = try? dossier.jsonData(format: .compact) else { fatalError("a dossier must encode") }
            lines.append(line)
            lines.append(0x0A)
        }
        return lines
    }()

    /// The dataset's dossiers, decoded once.
    static let dataset: Dataset = {
        let loaded = Dataset.load(datasetLines, source: "dataset.jsonl")
        guard loaded.problems.isEmpty, loaded.dataset.documents.count == 10_000 else { fatalError("the dataset must load") }
        return loaded.dataset
    }()

    /// The first thousand dossiers of the dataset, for the (slower) validation.
    static let smallDataset = Dataset(documents: Array(dataset.documents.prefix(1_000)))

    /// The bundled schema, compiled once.
    static let schemaValidator: AKNSchemaValidator = {
        guard let validator = try? AKNSchemaValidator.bundled() else { fatalError("the bundled schema must compile") }
        return validator
    }()

    /// The writer loop of each export, in the order of ``dossiers``.
    static let writerLoops = akn.map(XMLWriterLoop.init(recording:))

    /// The mean size of a collection of documents, in bytes.
    static func meanSize(_ documents: [Data]) -> Int {
        documents.reduce(0) { $0 + $1.count } / max(documents.count, 1)
    }
}
