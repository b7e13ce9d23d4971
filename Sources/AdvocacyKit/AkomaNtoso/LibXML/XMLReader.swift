internal import CLibXML2
import Foundation

/// Reads untrusted XML bytes into the plain-Swift ``XMLTree.Element`` tree.
///
/// Parsing follows ``OwnedXMLDocument``'s hardened policy (no DOCTYPE, no external entities, libxml2's
/// depth and entity limits). The tree keeps every text node exactly, whitespace-only ones included,
/// names with their prefixes as written, namespace declarations and attributes in document order.
/// Comments and processing instructions are skipped, CDATA sections become text, and adjacent text
/// (e.g. around a skipped comment) is merged into one text node.
enum XMLReader {
    /// The deepest element nesting accepted; libxml2's own limit (256) normally triggers first.
    static let maximumDepth = 10_000

    /// The longest text node libxml2 reads without `XML_PARSE_HUGE` (which the reader never
    /// sets), in bytes: `XML_MAX_TEXT_LENGTH` of `parserInternals.h`. A writer that wants its
    /// output read back keeps every text within it.
    static let maximumTextLength = 10_000_000

    /// Parses `bytes` and returns the root element.
    ///
    /// - Parameters:
    ///   - bytes: The document, in UTF-8 or any encoding its XML declaration or BOM names.
    ///   - source: A file name or label used in diagnostics, or `nil`.
    /// - Throws: ``XMLError`` with located diagnostics when the input is empty, not well-formed, has a
    ///   DOCTYPE, nests too deeply or contains an entity reference that was not expanded.
    static func parse(_ bytes: some Collection<UInt8>, source: String?) throws(XMLError) -> XMLTree.Element {
        let result: Result<XMLTree.Element, XMLError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(XMLError) in try parse(UnsafeRawBufferPointer(buffer), source: source) }
        }
        if let result {
            return try result.get()
        }
        let copy = Array(bytes)
        return try copy.withUnsafeBytes { buffer in
            Result { () throws(XMLError) in try parse(buffer, source: source) }
        }.get()
    }

    /// Parses the bytes of `data` and returns the root element; see the collection overload.
    static func parse(_ data: Data, source: String?) throws(XMLError) -> XMLTree.Element {
        try data.withUnsafeBytes { buffer in
            Result { () throws(XMLError) in try parse(buffer, source: source) }
        }.get()
    }

    /// Parses the bytes in `buffer` and returns the root element; the buffer is only read during the call.
    static func parse(_ buffer: UnsafeRawBufferPointer, source: String?) throws(XMLError) -> XMLTree.Element {
        var warnings: [XMLDiagnostic] = []
        let document = try OwnedXMLDocument(parsing: buffer, source: source, warnings: &warnings)
        let root = try document.withRootElement { (root) throws(XMLError) in
            try element(from: root, depth: 1, source: source)
        }
        guard let root else {
            throw .single(
                "The input contains no XML element; a document needs a root element.",
                message: "document has no root element",
                source: source
            )
        }
        return root
    }

    /// Converts one libxml2 element node and its subtree.
    private static func element(from node: xmlNodePtr, depth: Int, source: String?) throws(XMLError) -> XMLTree.Element {
        let line = Int(xmlGetLineNo(node))
        guard depth <= maximumDepth else {
            throw .single(
                "The document nests elements more than \(maximumDepth) levels deep, which is not accepted; flatten the structure.",
                message: "Excessive depth in document: more than \(maximumDepth) levels",
                line: line,
                source: source
            )
        }
        var result = XMLTree.Element(qualifiedName(node.pointee.name, prefix: node.pointee.ns?.pointee.prefix))

        var declaration = node.pointee.nsDef
        while let current = declaration {
            result.namespaces.append(
                XMLTree.Namespace(
                    prefix: current.pointee.prefix.map { String(cString: $0) },
                    uri: current.pointee.href.map { String(cString: $0) } ?? ""
                )
            )
            declaration = current.pointee.next
        }

        var property = node.pointee.properties
        while let attribute = property {
            let name = qualifiedName(attribute.pointee.name, prefix: attribute.pointee.ns?.pointee.prefix)
            var value = ""
            var child = attribute.pointee.children
            while let current = child {
                try append(current, to: &value, line: line, source: source)
                child = current.pointee.next
            }
            result.attributes.append(XMLTree.Attribute(name, value))
            property = attribute.pointee.next
        }

        var children = XMLChildrenBuilder()
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(try element(from: current, depth: depth + 1, source: source))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
                var text = ""
                try append(current, to: &text, line: Int(xmlGetLineNo(current)), source: source)
                children.append(text: text)
            default:
                break  // comments, processing instructions, XInclude markers
            }
            child = current.pointee.next
        }
        result.children = children.finish()
        return result
    }

    /// Appends the text of a text or CDATA node to `text`; an entity reference node is an error.
    private static func append(_ node: xmlNodePtr, to text: inout String, line: Int, source: String?) throws(XMLError) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                text += String(cString: content)
            }
        case XML_ENTITY_REF_NODE:
            let name = node.pointee.name.map { String(cString: $0) } ?? "?"
            throw .single(
                "The document uses the entity reference '&\(name);', which was not expanded; use only the five predefined entities and character references.",
                message: "Unexpanded entity reference '&\(name);'",
                line: line,
                source: source
            )
        default:
            break
        }
    }

    /// `prefix:name`, or `name` when there is no prefix.
    private static func qualifiedName(_ name: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let prefix else { return local }
        return String(cString: prefix) + ":" + local
    }
}
