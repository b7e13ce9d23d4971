/// An element of an imported document with the namespaces of its name and attributes
/// resolved, so that the importer can match `adv:model` by the namespace its prefix is
/// bound to rather than by the prefix text.
struct AKNImportElement: Hashable, Sendable {
    /// A resolved attribute.
    struct Attribute: Hashable, Sendable {
        /// The local name, without prefix.
        var localName: String
        /// The namespace URI; `nil` for an unprefixed attribute.
        var namespace: String?
        /// The value.
        var value: String
    }

    /// A child node.
    enum Node: Hashable, Sendable {
        case element(AKNImportElement)
        case text(String)
    }

    /// The namespace of the `xml:` prefix.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The local name, without prefix.
    var localName: String
    /// The namespace URI the element's prefix (or the default namespace) is bound to.
    var namespace: String?
    /// Attributes in document order.
    var attributes: [Attribute]
    /// Child nodes in document order.
    var children: [Node]

    /// Resolves `element` and its subtree against the namespace declarations in scope.
    init(_ element: XMLTree.Element, scope: [String: String] = [:], defaultNamespace: String? = nil) {
        var scope = scope
        var defaultNamespace = defaultNamespace
        for declaration in element.namespaces {
            if let prefix = declaration.prefix {
                scope[prefix] = declaration.uri
            } else {
                defaultNamespace = declaration.uri.isEmpty ? nil : declaration.uri
            }
        }
        func split(_ name: String) -> (prefix: String?, local: String) {
            guard let colon = name.firstIndex(of: ":") else { return (nil, name) }
            return (String(name[..<colon]), String(name[name.index(after: colon)...]))
        }
        func resolve(_ prefix: String) -> String? {
            prefix == "xml" ? Self.xmlNamespace : scope[prefix]
        }
        let (prefix, local) = split(element.name)
        localName = local
        namespace = prefix.map(resolve) ?? defaultNamespace
        attributes = element.attributes.map { attribute in
            let (prefix, local) = split(attribute.name)
            return Attribute(localName: local, namespace: prefix.flatMap(resolve), value: attribute.value)
        }
        let innerScope = scope
        let innerDefault = defaultNamespace
        children = element.children.map { child in
            switch child {
            case .text(let text): .text(text)
            case .element(let inner): .element(AKNImportElement(inner, scope: innerScope, defaultNamespace: innerDefault))
            }
        }
    }

    /// The value of the attribute with this local name and namespace (`nil`: unprefixed).
    func attribute(_ localName: String, namespace: String? = nil) -> String? {
        attributes.first { $0.localName == localName && $0.namespace == namespace }?.value
    }

    /// The child elements, skipping text.
    var elements: [AKNImportElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this local name.
    func child(_ localName: String) -> AKNImportElement? {
        for case .element(let element) in children where element.localName == localName { return element }
        return nil
    }

    /// The child elements with this local name.
    func children(named localName: String) -> [AKNImportElement] {
        elements.filter { $0.localName == localName }
    }

    /// The first descendant (depth first, document order) with this local name.
    func firstDescendant(named localName: String) -> AKNImportElement? {
        for child in elements {
            if child.localName == localName { return child }
            if let found = child.firstDescendant(named: localName) { return found }
        }
        return nil
    }

    /// The concatenated text of all descendant text nodes.
    var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// Whether the element has a text child that is not only whitespace.
    var hasOwnText: Bool {
        children.contains {
            if case .text(let text) = $0 { !text.unicodeScalars.allSatisfy(AKNBlockText.isXMLSpace) } else { false }
        }
    }

    /// `xml:space` on this element, if set: `true` for `preserve`, `false` for `default`.
    var preservesSpace: Bool? {
        attribute("space", namespace: Self.xmlNamespace).map { $0 == "preserve" }
    }
}
