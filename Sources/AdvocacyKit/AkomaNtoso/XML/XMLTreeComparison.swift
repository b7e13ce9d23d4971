/// Where two XML trees first differ, as a namespace-aware reader of the document sees it:
/// element and attribute names by namespace and local name (whatever their prefixes),
/// attribute values (in any order) and text; whitespace between the elements of
/// element-only content (indentation) does not count.
enum XMLTreeComparison {
    /// The path of the first difference (`akomaNtoso/doc/meta/references/TLCOrganization[3]/@showAs`),
    /// or `nil` when the trees say the same.
    static func firstDifference(_ expected: XMLTree.Element, _ actual: XMLTree.Element) -> String? {
        // An explicit stack: documents nest deeply and recursion would cost stack per level.
        var pending = [Pair(expected: expected, actual: actual, path: expected.name, expectedScope: [:], actualScope: [:])]
        while let pair = pending.popLast() {
            let expectedScope = pair.expectedScope.merging(declarations(of: pair.expected)) { $1 }
            let actualScope = pair.actualScope.merging(declarations(of: pair.actual)) { $1 }
            let path = pair.path
            guard resolve(pair.expected.name, expectedScope, isElement: true) == resolve(pair.actual.name, actualScope, isElement: true)
            else { return "\(path) (\(pair.actual.name) where \(pair.expected.name) belongs)" }
            let expectedAttributes = attributes(of: pair.expected, expectedScope)
            let actualAttributes = attributes(of: pair.actual, actualScope)
            if expectedAttributes != actualAttributes {
                let name = Set(expectedAttributes.keys).union(actualAttributes.keys).sorted().first {
                    expectedAttributes[$0] != actualAttributes[$0]
                }
                return "\(path)/@\(name.map { $0.split(separator: "}").last.map(String.init) ?? $0 } ?? "?")"
            }
            let expectedChildren = significant(pair.expected.children)
            let actualChildren = significant(pair.actual.children)
            guard expectedChildren.count == actualChildren.count else { return "\(path) (its content)" }
            var counts: [String: Int] = [:]
            for (index, (left, right)) in zip(expectedChildren, actualChildren).enumerated() {
                switch (left, right) {
                case (.text(let a), .text(let b)):
                    if a != b { return "\(path)/text()[\(index + 1)]" }
                case (.element(let a), .element(let b)):
                    counts[a.name, default: 0] += 1
                    pending.append(
                        Pair(
                            expected: a, actual: b, path: "\(path)/\(a.name)[\(counts[a.name] ?? 1)]",
                            expectedScope: expectedScope, actualScope: actualScope))
                default:
                    return "\(path) (its content)"
                }
            }
        }
        return nil
    }

    /// Two elements to compare, where, and the namespaces in scope above each.
    private struct Pair {
        let expected: XMLTree.Element
        let actual: XMLTree.Element
        let path: String
        let expectedScope: [String: String]
        let actualScope: [String: String]
    }

    /// The element's namespace declarations: prefix (`""` for the default) → URI.
    private static func declarations(of element: XMLTree.Element) -> [String: String] {
        Dictionary(element.namespaces.map { ($0.prefix ?? "", $0.uri) }, uniquingKeysWith: { _, last in last })
    }

    /// `{uri}local` for a qualified name; an unprefixed attribute is in no namespace.
    private static func resolve(_ name: String, _ scope: [String: String], isElement: Bool) -> String {
        guard let colon = name.firstIndex(of: ":") else { return isElement ? "{\(scope[""] ?? "")}\(name)" : name }
        let prefix = String(name[..<colon])
        let uri = prefix == "xml" ? "http://www.w3.org/XML/1998/namespace" : scope[prefix] ?? prefix
        return "{\(uri)}\(name[name.index(after: colon)...])"
    }

    private static func attributes(of element: XMLTree.Element, _ scope: [String: String]) -> [String: String] {
        Dictionary(element.attributes.map { (resolve($0.name, scope, isElement: false), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The children without the whitespace of element-only content.
    private static func significant(_ children: [XMLTree.Node]) -> [XMLTree.Node] {
        let isElementOnly = children.allSatisfy { node in
            if case .text(let text) = node { return text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard isElementOnly else { return children }
        return children.filter { if case .element = $0 { true } else { false } }
    }
}
