/// A small, immutable XML tree in plain Swift values.
///
/// The Akoma Ntoso writer builds one of these and hands it to the libxml2 layer
/// (`LibXML/`) for serialisation; the reader gets one back from it. No code outside
/// `LibXML/` ever sees a libxml2 pointer or assembles XML text by hand.
///
/// Names are kept exactly as written, prefix included (`doc`, `adv:model`,
/// `xml:space`). Namespace declarations are explicit on the element that declares them.
struct XMLElement: Hashable, Sendable {
    /// The qualified name as written, e.g. `FRBRthis` or `adv:model`.
    var name: String
    /// Namespace declarations made on this element, in order.
    var namespaces: [XMLNamespace]
    /// Attributes in document order; names are qualified (`xml:space`, `adv:entity`).
    var attributes: [XMLAttribute]
    /// Child nodes in document order.
    var children: [XMLNode]

    init(
        _ name: String,
        namespaces: [XMLNamespace] = [],
        attributes: [XMLAttribute] = [],
        children: [XMLNode] = []
    ) {
        self.name = name
        self.namespaces = namespaces
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute with the given qualified name, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, skipping text.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The concatenated text of all descendant text nodes (XPath `string(.)`).
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
}

/// A node of an ``XMLElement``'s content.
enum XMLNode: Hashable, Sendable {
    case element(XMLElement)
    case text(String)
}

/// One attribute: a qualified name and its (unescaped) value.
struct XMLAttribute: Hashable, Sendable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A namespace declaration: `xmlns="uri"` when `prefix` is nil, else `xmlns:prefix="uri"`.
struct XMLNamespace: Hashable, Sendable {
    var prefix: String?
    var uri: String
}
