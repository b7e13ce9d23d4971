/// A small XML tree in plain Swift values: ``Element``, ``Node``, ``Attribute``, ``Namespace``.
///
/// The readers get one back from the libxml2 layer (`LibXML/`), and ``XMLSerializer`` writes
/// one; the Akoma Ntoso export does not build one, but streams its document through
/// ``XMLStreamWriter``, describing inline elements with childless ``Element``s. No code
/// outside `LibXML/` ever sees a libxml2 pointer or assembles XML text by hand.
///
/// Names are kept exactly as written, prefix included (`doc`, `adv:model`,
/// `xml:space`). Namespace declarations are explicit on the element that declares them.
enum XMLTree {
    /// An element: its name, namespace declarations, attributes and children.
    struct Element: Hashable, Sendable {
        /// The qualified name as written, e.g. `FRBRthis` or `adv:model`.
        var name: String
        /// Namespace declarations made on this element, in order.
        var namespaces: [Namespace]
        /// Attributes in document order; names are qualified (`xml:space`, `adv:entity`).
        var attributes: [Attribute]
        /// Child nodes in document order.
        var children: [Node]

        init(
            _ name: String,
            namespaces: [Namespace] = [],
            attributes: [Attribute] = [],
            children: [Node] = []
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
        var elements: [Element] {
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

    /// A node of an ``Element``'s content.
    enum Node: Hashable, Sendable {
        case element(Element)
        case text(String)
    }

    /// One attribute: a qualified name and its (unescaped) value.
    struct Attribute: Hashable, Sendable {
        var name: String
        var value: String

        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A namespace declaration: `xmlns="uri"` when `prefix` is nil, else `xmlns:prefix="uri"`.
    struct Namespace: Hashable, Sendable {
        var prefix: String?
        var uri: String
    }
}
