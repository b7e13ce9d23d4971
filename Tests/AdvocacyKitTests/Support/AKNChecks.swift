import AdvocacyTesting
import Foundation
import Testing

@testable import AdvocacyKit

/// Checks every exported document must pass: schema validity and the text invariant.
enum AKNChecks {
    /// Exports `dossier` and checks the result: valid against the XSD, and each block's
    /// text equal to its source paragraph. Returns the XML.
    @discardableResult
    static func exportAndCheck(
        _ dossier: Dossier, exporter: AKNExporter = AKNExporter(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Data {
        let export = try exporter.export(dossier)
        expectSchemaValid(export.xml, sourceLocation: sourceLocation)
        let nested = try elementsNestedInIdenticalOnes(in: export.xml)
        #expect(nested.isEmpty, "elements nested in an identical element: \(nested)", sourceLocation: sourceLocation)
        let mixed = try phrasesWithSeveralKinds(in: export.xml)
        #expect(mixed.isEmpty, "phrases marked up as different kinds: \(mixed)", sourceLocation: sourceLocation)
        if let source = dossier.document.source {
            #expect(
                try blockTexts(of: export.xml) == source.paragraphs.map(\.text),
                "stripping the tags must give back the source paragraphs", sourceLocation: sourceLocation)
        }
        return export.xml
    }

    /// Every element (as its start tag's name and attributes) that lies inside an element
    /// with the same name and attributes, which the exporter must never write.
    static func elementsNestedInIdenticalOnes(in xml: Data) throws -> [String] {
        var found: [String] = []
        var open: [XMLTree.Element] = []
        func walk(_ element: XMLTree.Element) {
            var bare = element
            bare.children = []
            if open.contains(bare) {
                found.append("<\(element.name) \(element.attributes.map { "\($0.name)=\"\($0.value)\"" }.joined(separator: " "))>")
            }
            open.append(bare)
            element.elements.forEach(walk)
            open.removeLast()
        }
        walk(try XMLReader.parse(xml, source: "export"))
        return found
    }

    /// The inline elements that name something (an actor, a role, a place, a reference).
    static let namingElements: Set<String> = ["organization", "person", "role", "location", "ref", "quantity"]

    /// Each phrase that one document marks up as two different kinds of thing (say,
    /// `organization` in one paragraph and `role` in another), with the kinds.
    static func phrasesWithSeveralKinds(in xml: Data) throws -> [String: Set<String>] {
        var kinds: [String: Set<String>] = [:]
        func walk(_ element: XMLTree.Element) {
            if namingElements.contains(element.name) {
                kinds[element.textContent, default: []].insert(element.name)
            }
            element.elements.forEach(walk)
        }
        walk(try XMLReader.parse(xml, source: "export"))
        return kinds.filter { $0.value.count > 1 }
    }

    /// The text of `preface/p`, `mainBody//p` and `mainBody//heading` in document order.
    static func blockTexts(of xml: Data) throws -> [String] {
        let root = try XMLReader.parse(xml, source: "export")
        var texts: [String] = []
        func walk(_ element: XMLTree.Element, inText: Bool) {
            let isBlock = element.name == "p" || element.name == "heading"
            if isBlock, inText {
                texts.append(element.textContent)
                return
            }
            let entersText = inText || element.name == "preface" || element.name == "mainBody"
            for child in element.elements { walk(child, inText: entersText) }
        }
        walk(root, inText: false)
        return texts
    }

    /// The first element with the given name, depth first.
    static func firstElement(named name: String, in xml: Data) throws -> XMLTree.Element? {
        func find(_ element: XMLTree.Element) -> XMLTree.Element? {
            if element.name == name { return element }
            for child in element.elements {
                if let found = find(child) { return found }
            }
            return nil
        }
        return find(try XMLReader.parse(xml, source: "export"))
    }

    /// Every element with the given name, depth first.
    static func elements(named name: String, in xml: Data) throws -> [XMLTree.Element] {
        var result: [XMLTree.Element] = []
        func walk(_ element: XMLTree.Element) {
            if element.name == name { result.append(element) }
            element.elements.forEach(walk)
        }
        walk(try XMLReader.parse(xml, source: "export"))
        return result
    }
}
