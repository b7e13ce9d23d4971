import Foundation
import Testing

@testable import AdvocacyKit

/// Converts test texts with the bundled gazetteer (built once for the whole run).
enum Converted {
    static let converter: PressReleaseConverter = {
        do {
            return try PressReleaseConverter()
        } catch {
            preconditionFailure("the bundled gazetteer must load: \(error)")
        }
    }()

    /// The conversion of a plain text.
    static func text(_ text: String) throws -> Conversion {
        try converter.convert(text: text)
    }

    /// The dossier of a plain text; also checks that it exports to valid, text-preserving AKN.
    static func dossier(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Dossier {
        let dossier = try converter.convert(text: text).dossier
        try AKNChecks.exportAndCheck(dossier, exporter: AKNExporter(generationDate: "2024-01-01"), sourceLocation: sourceLocation)
        return dossier
    }
}

extension Dossier {
    /// Every name, abbreviation and alias of the organisations and committees.
    var agentNames: Set<String> {
        var names: Set<String> = []
        for organisation in organisations {
            names.insert(organisation.name)
            names.formUnion(organisation.aliases)
            if let abbreviation = organisation.abbreviation { names.insert(abbreviation) }
        }
        for committee in committees {
            names.formUnion(committee.aliases)
            if let name = committee.name { names.insert(name) }
            if let abbreviation = committee.abbreviation { names.insert(abbreviation) }
        }
        return names
    }

    /// The text a span covers.
    func text(_ span: SourceSpan?) -> String? {
        span.flatMap { document.source?.text(of: $0) }
    }
}
