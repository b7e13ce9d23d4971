import Foundation

/// Writes an ``XMLTree.Element`` tree as a UTF-8 XML document, through ``XMLStreamWriter``.
///
/// The layout is the stream writer's. Here the tree's element-only content is found (an
/// element whose children are all elements, empty text counting as nothing, and, when
/// `indenting` is given, whose name is in it: vocabularies with mixed content such as Akoma
/// Ntoso's `<p>` must not get whitespace even where a block happens to hold one inline
/// element), and the tree is checked before anything is written: characters XML 1.0 forbids
/// (see ``XMLCharacters``), invalid names and duplicate attributes raise an ``XMLError`` and
/// no output is returned.
enum XMLSerializer {
    /// Serialises `root` as a complete document.
    ///
    /// - Parameters:
    ///   - root: The document element.
    ///   - indentation: Spaces per nesting level in element-only content (negative values count as 0).
    ///   - indenting: The names of the elements whose element-only content may be indented; `nil`
    ///     allows every element.
    /// - Returns: The document as UTF-8 bytes.
    /// - Throws: ``XMLError`` naming the element and, for a forbidden character, the character as `U+XXXX`.
    static func serialize(
        _ root: XMLTree.Element, indentation: Int = 2, indenting: Set<String>? = nil
    ) throws(XMLError) -> Data {
        var writer = try XMLStreamWriter(indentation: indentation)
        // Without recursion, so that nesting depth is limited only by memory.
        var stack: [(children: [XMLTree.Node], next: Int)] = []
        try open(root, into: &writer, indenting: indenting, stack: &stack)
        while let top = stack.indices.last {
            let next = stack[top].next
            guard next < stack[top].children.count else {
                try writer.endElement()
                stack.removeLast()
                continue
            }
            stack[top].next = next + 1
            switch stack[top].children[next] {
            case .text(let text): try writer.text(text)
            case .element(let child): try open(child, into: &writer, indenting: indenting, stack: &stack)
            }
        }
        return try writer.finish()
    }

    /// Checks `element`, writes its start tag, namespace declarations and attributes, and
    /// pushes its children.
    private static func open(
        _ element: XMLTree.Element, into writer: inout XMLStreamWriter, indenting: Set<String>?,
        stack: inout [(children: [XMLTree.Node], next: Int)]
    ) throws(XMLError) {
        let name = element.name
        try checkName(name, kind: "element name", element: name)
        for namespace in element.namespaces {
            if let prefix = namespace.prefix { try checkName(prefix, kind: "namespace prefix", element: name) }
        }
        for attribute in element.attributes { try checkName(attribute.name, kind: "attribute name", element: name) }
        try checkDuplicateAttributes(of: element)

        var hasElement = false
        var hasText = false
        for child in element.children {
            switch child {
            case .element: hasElement = true
            case .text(let text): if !text.isEmpty { hasText = true }
            }
        }
        let indents = hasElement && !hasText && indenting.map { $0.contains(name) } ?? true
        try writer.startElement(name, indentsContent: indents)
        for namespace in element.namespaces { try writer.namespace(prefix: namespace.prefix, uri: namespace.uri) }
        for attribute in element.attributes { try writer.attribute(attribute.name, attribute.value) }
        stack.append((element.children, 0))
    }

    /// Throws when `name` is not an XML name (checked on ASCII; non-ASCII letters are accepted as they are).
    private static func checkName(_ name: String, kind: String, element: String) throws(XMLError) {
        if XMLCharacters.isName(name), XMLCharacters.firstDisallowed(in: name) == nil { return }
        let place = kind == "element name" ? "element name '\(name)'" : "\(kind) '\(name)' of element '\(element)'"
        throw .single(
            "The \(place) is not a valid XML name; use a name that starts with a letter or '_' and holds no spaces or markup characters.",
            message: "Invalid XML name: \(place)"
        )
    }

    /// The attribute name of a namespace declaration: `xmlns` or `xmlns:prefix`.
    private static func declarationName(_ namespace: XMLTree.Namespace) -> String {
        namespace.prefix.map { "xmlns:" + $0 } ?? "xmlns"
    }

    /// Throws when two namespace declarations or attributes of `element` have the same name.
    private static func checkDuplicateAttributes(of element: XMLTree.Element) throws(XMLError) {
        var seen = Set<String>(minimumCapacity: element.namespaces.count + element.attributes.count)
        let names = element.namespaces.map(declarationName) + element.attributes.map(\.name)
        guard let duplicate = names.first(where: { !seen.insert($0).inserted }) else { return }
        throw .single(
            "Element '\(element.name)' has attribute '\(duplicate)' more than once, which XML does not allow; keep one of them.",
            message: "Duplicate attribute '\(duplicate)' on element '\(element.name)'"
        )
    }
}
