internal import CLibXML2

/// Writes an ``XMLTree.Element`` tree as a UTF-8 XML document through libxml2's `xmlTextWriter`.
///
/// Output: `<?xml version="1.0" encoding="UTF-8"?>`, a newline, the root element and a final newline.
/// - Namespace declarations come first, as `xmlns`/`xmlns:prefix` attributes, then the attributes in order.
/// - Elements without children (empty text counts as nothing) are written self-closing, `<name/>`.
/// - Pretty-printing never changes content: a newline plus `indentation` spaces per level is inserted
///   before each child and before the end tag only of an element whose children are all elements
///   (and, when `indenting` is given, whose name is in it: vocabularies with mixed content such as
///   Akoma Ntoso's `<p>` must not get whitespace even where a block happens to hold one inline element).
///   An element with any non-empty text child is written exactly as given, and so is everything inside it.
/// - Text is escaped here, minimally (`&amp; &lt; &gt;` and CR as `&#13;`), and written raw, so quotation
///   marks in text stay readable; libxml2 escapes `& < > "` plus tab, CR and LF in attribute values. Parsing
///   the output gives back exactly the same values.
/// - Every name, text and attribute value is checked first: characters XML 1.0 forbids (see
///   ``XMLCharacters``), invalid names and duplicate attributes raise an ``XMLError`` and no output is returned.
///   A caller that has already cleaned the values (the exporter's character policy) can skip
///   the character scan.
enum XMLSerializer {
    /// Serialises `root` as a complete document.
    ///
    /// - Parameters:
    ///   - root: The document element.
    ///   - indentation: Spaces per nesting level in element-only content (negative values count as 0).
    ///   - indenting: The names of the elements whose element-only content may be indented; `nil`
    ///     allows every element.
    /// - Returns: The document as UTF-8 bytes.
    ///   - charactersChecked: `true` when the caller has already made sure that no text or
    ///     attribute value holds a character XML 1.0 forbids (the exporter's character policy
    ///     does), so that the values are not scanned a second time.
    /// - Throws: ``XMLError`` naming the element and, for a forbidden character, the character as `U+XXXX`.
    static func serialize(
        _ root: XMLTree.Element, indentation: Int = 2, indenting: Set<String>? = nil,
        charactersChecked: Bool = false
    ) throws(XMLError) -> [UInt8] {
        LibXMLInitialisation.ensure()
        guard let buffer = xmlBufferCreate() else {
            throw outOfMemory("xmlBufferCreate")
        }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw outOfMemory("xmlNewTextWriterMemory")
        }
        defer { xmlFreeTextWriter(writer) }  // runs before xmlBufferFree

        var session = Session(
            writer: writer, indentation: max(0, indentation), indenting: indenting, checksCharacters: !charactersChecked)
        try Session.check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
        try session.write(root)
        try Session.check(xmlTextWriterEndDocument(writer), "the end of the document")
        try Session.check(xmlTextWriterFlush(writer), "the end of the document")

        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else {
            throw .single(
                "libxml2's writer produced no output; this is an internal error, please report it.",
                message: "xmlTextWriter wrote nothing"
            )
        }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// The error for a libxml2 allocation that returned `NULL`.
    private static func outOfMemory(_ function: String) -> XMLError {
        .single(
            "libxml2 could not allocate memory for the writer; retry with more memory available.",
            message: "\(function) returned NULL"
        )
    }
}

/// The state of one serialisation: the writer and cached indentation strings.
private struct Session {
    /// One element being written: its children are written one by one from `next`.
    private struct Frame {
        /// The element's qualified name, for the end tag and for messages.
        var name: String
        /// The element's children.
        var children: [XMLTree.Node]
        /// The index of the next child to write.
        var next: Int
        /// Whether whitespace is added before each child and the end tag.
        var indentsChildren: Bool
        /// The nesting level (root = 0).
        var depth: Int
    }

    /// The libxml2 writer; owned by `XMLSerializer.serialize`.
    let writer: xmlTextWriterPtr
    /// Spaces per level.
    let indentation: Int
    /// The elements whose element-only content may be indented; `nil` for all.
    let indenting: Set<String>?
    /// Whether text and attribute values are checked for characters XML 1.0 forbids.
    let checksCharacters: Bool
    /// `"\n"` followed by `level * indentation` spaces, at index `level`.
    private var breaks: [String] = []
    /// Room for escaping one text node, reused.
    private var escaped: [UInt8] = []

    /// Creates a session for `writer`.
    init(writer: xmlTextWriterPtr, indentation: Int, indenting: Set<String>?, checksCharacters: Bool) {
        self.indenting = indenting
        self.writer = writer
        self.indentation = indentation
        self.checksCharacters = checksCharacters
    }

    /// Writes `root` and its subtree without recursion, so nesting depth is limited only by memory.
    mutating func write(_ root: XMLTree.Element) throws(XMLError) {
        var stack: [Frame] = []
        try open(root, depth: 0, insideMixedContent: false, stack: &stack)
        while !stack.isEmpty {
            let top = stack.count - 1
            let next = stack[top].next
            let indentsChildren = stack[top].indentsChildren
            let depth = stack[top].depth
            if next == stack[top].children.count {
                if indentsChildren {
                    try writeBreak(level: depth, in: stack[top].name)
                }
                try Self.check(xmlTextWriterEndElement(writer), "the end tag of element '\(stack[top].name)'")
                stack.removeLast()
                continue
            }
            stack[top].next = next + 1
            switch stack[top].children[next] {
            case .text(let text):
                guard !text.isEmpty else { continue }
                try checkCharacters(text, in: "text of element '\(stack[top].name)'")
                try writeText(text, in: stack[top].name)
            case .element(let child):
                if indentsChildren {
                    try writeBreak(level: depth + 1, in: stack[top].name)
                }
                try open(child, depth: depth + 1, insideMixedContent: !indentsChildren, stack: &stack)
            }
        }
    }

    /// Writes the start tag, namespace declarations and attributes of `element` and pushes its frame.
    private mutating func open(
        _ element: XMLTree.Element,
        depth: Int,
        insideMixedContent: Bool,
        stack: inout [Frame]
    ) throws(XMLError) {
        let name = element.name
        try checkName(name, kind: "element name", element: name)
        let writer = self.writer  // the closures below capture the pointer, not the session
        try withXMLString(name) { value throws(XMLError) in
            try Self.check(xmlTextWriterStartElement(writer, value), "the start tag of element '\(name)'")
        }
        for namespace in element.namespaces {
            let attributeName: String
            if let prefix = namespace.prefix {
                try checkName(prefix, kind: "namespace prefix", element: name)
                attributeName = "xmlns:" + prefix
            } else {
                attributeName = "xmlns"
            }
            try checkCharacters(namespace.uri, in: "namespace URI '\(attributeName)' of element '\(name)'")
            try writeAttribute(attributeName, namespace.uri, element: name)
        }
        for attribute in element.attributes {
            try checkName(attribute.name, kind: "attribute name", element: name)
            try checkCharacters(attribute.value, in: "attribute '\(attribute.name)' of element '\(name)'")
            try writeAttribute(attribute.name, attribute.value, element: name)
        }
        try checkDuplicateAttributes(of: element)

        var hasElement = false
        var hasText = false
        for child in element.children {
            switch child {
            case .element: hasElement = true
            case .text(let text): if !text.isEmpty { hasText = true }
            }
        }
        stack.append(
            Frame(name: element.name, children: element.children, next: 0, indentsChildren: !insideMixedContent && hasElement && !hasText
                    && indenting.map { $0.contains(element.name) } ?? true,
                depth: depth)
        )
    }

    /// Writes one attribute; the value is escaped by libxml2.
    private func writeAttribute(_ name: String, _ value: String, element: String) throws(XMLError) {
        let writer = self.writer
        try withXMLString(name) { cName throws(XMLError) in
            try withXMLString(value) { cValue throws(XMLError) in
                try Self.check(xmlTextWriterWriteAttribute(writer, cName, cValue), "attribute '\(name)' of element '\(element)'")
            }
        }
    }

    /// Writes a newline and the indentation of `level` as raw text.
    private mutating func writeBreak(level: Int, in element: String) throws(XMLError) {
        while breaks.count <= level {
            breaks.append("\n" + String(repeating: " ", count: breaks.count * indentation))
        }
        let writer = self.writer
        try withXMLString(breaks[level]) { value throws(XMLError) in
            try Self.check(xmlTextWriterWriteRaw(writer, value), "indentation in element '\(element)'")
        }
    }

    /// Throws when libxml2 reported a failure (a negative result) while writing `what`.
    static func check(_ result: Int32, _ what: @autoclosure () -> String) throws(XMLError) {
        guard result >= 0 else {
            let what = what()
            throw .single(
                "libxml2's writer failed while writing \(what); this is an internal error or lack of memory, please report it.",
                message: "xmlTextWriter returned \(result) while writing \(what)"
            )
        }
    }

    /// Writes text, escaped minimally (`&amp; &lt; &gt;`, CR as `&#13;`: a raw CR would be
    /// normalised away by a parser), straight from its UTF-8 bytes.
    private mutating func writeText(_ text: String, in element: String) throws(XMLError) {
        var text = text
        let result: Int32 = text.withUTF8 { utf8 in
            guard utf8.count <= Int32.max else { return -1 }
            guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D }) else {
                return xmlTextWriterWriteRawLen(writer, utf8.baseAddress, Int32(utf8.count))
            }
            escaped.removeAll(keepingCapacity: true)
            for byte in utf8 {
                switch byte {
                case 0x26: escaped.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: escaped.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: escaped.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x0D: escaped.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
                default: escaped.append(byte)
                }
            }
            guard escaped.count <= Int32.max else { return -1 }
            return escaped.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }
        }
        try Self.check(result, "text in element '\(element)'")
    }

    /// Throws when `value` holds a character XML 1.0 does not allow (unless the caller checked).
    private func checkCharacters(_ value: String, in place: @autoclosure () -> String) throws(XMLError) {
        guard checksCharacters else { return }
        guard let scalar = XMLCharacters.firstDisallowed(in: value) else { return }
        let place = place()
        let code = XMLCharacters.notation(for: scalar)
        throw .single(
            "The \(place) contains \(code), which XML 1.0 does not allow; remove or replace the character before serialising.",
            message: "Character \(code) is not allowed in XML 1.0 (in \(place))"
        )
    }

    /// Throws when `name` is not an XML name (checked on ASCII; non-ASCII letters are accepted as they are).
    private func checkName(_ name: String, kind: String, element: String) throws(XMLError) {
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
    private func checkDuplicateAttributes(of element: XMLTree.Element) throws(XMLError) {
        let namespaces = element.namespaces
        let attributes = element.attributes
        guard namespaces.count + attributes.count > 1 else { return }
        var duplicate: String?
        if namespaces.count + attributes.count <= 8 {
            search: for (index, attribute) in attributes.enumerated() {
                for earlier in attributes[..<index] where earlier.name == attribute.name {
                    duplicate = attribute.name
                    break search
                }
                if attribute.name.utf8.starts(with: "xmlns".utf8) {
                    for namespace in namespaces where Self.declarationName(namespace) == attribute.name {
                        duplicate = attribute.name
                        break search
                    }
                }
            }
            if duplicate == nil {
                search: for (index, namespace) in namespaces.enumerated() {
                    for earlier in namespaces[..<index] where earlier.prefix == namespace.prefix {
                        duplicate = Self.declarationName(namespace)
                        break search
                    }
                }
            }
        } else {
            var seen = Set<String>(minimumCapacity: namespaces.count + attributes.count)
            duplicate = (namespaces.map(Self.declarationName) + attributes.map(\.name)).first { !seen.insert($0).inserted }
        }
        guard let duplicate else { return }
        throw .single(
            "Element '\(element.name)' has attribute '\(duplicate)' more than once, which XML does not allow; keep one of them.",
            message: "Duplicate attribute '\(duplicate)' on element '\(element.name)'"
        )
    }
}

/// Lends `string` to `body` as a NUL-terminated `xmlChar` pointer (no copy for native strings).
private func withXMLString<Result>(
    _ string: String,
    _ body: (UnsafePointer<xmlChar>) throws(XMLError) -> Result
) throws(XMLError) -> Result {
    let outcome = string.withCString { pointer in
        Swift.Result { () throws(XMLError) in
            try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
        }
    }
    return try outcome.get()
}
