internal import CLibXML2
import Foundation

/// Reads untrusted HTML bytes into the plain-Swift ``XMLTree.Element`` tree with libxml2's
/// forgiving HTML parser; the only place where HTML touches libxml2.
///
/// - Options `RECOVER | NONET | NOERROR | NOWARNING` and nothing else: broken markup is repaired
///   the way browsers mostly do, nothing outside the input is read, and whitespace is kept
///   (never `NOBLANKS`: the spaces between inline elements are words apart).
/// - The encoding is the one the caller names (`"UTF-8"` by default). libxml2 then ignores a
///   `<meta charset>` that contradicts it, so a page mislabelled as Latin-1 but valid UTF-8 reads
///   correctly; callers pass the declared charset only for bytes that are not UTF-8.
/// - Recovered errors are collected per call (``DiagnosticCollector``) and are not fatal; only a
///   document libxml2 could not build at all is an error.
/// - Element and attribute names are lower-case, as libxml2 gives them; entities are decoded.
///   Comments, processing instructions and the content of `script`, `style`, `noscript` and
///   `template` elements never reach the tree. Adjacent text is merged into one node.
/// - Nesting is bounded: elements deeper than ``maximumDepth`` are left out with their content,
///   so hostile nesting can neither exhaust the stack nor blow up the tree.
enum HTMLReader {
    /// The deepest element nesting converted; deeper elements are dropped with their content.
    static let maximumDepth = 1_000

    /// Elements whose content is never text of the page.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template"]

    /// The libxml2 options used for every parse (see the type's documentation).
    private static let options = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue
    )

    /// The result of a parse: the root element and what libxml2 reported while repairing the page.
    struct Parsed {
        /// The root element, normally `html`.
        var root: XMLTree.Element
        /// The recovered errors and warnings, in the order libxml2 reported them.
        var diagnostics: [XMLDiagnostic]
    }

    /// Parses `bytes` and returns the root element.
    ///
    /// - Parameters:
    ///   - bytes: The page; the caller limits its size.
    ///   - source: A file name or label used in diagnostics, or `nil`.
    ///   - encoding: The page's character encoding as an IANA name; `"UTF-8"` unless the bytes
    ///     are known to be in another encoding.
    /// - Throws: ``XMLError`` when the input is empty, the encoding is unknown to libxml2, or
    ///   libxml2 could not build a document.
    static func parse(_ bytes: some Collection<UInt8>, source: String?, encoding: String = "UTF-8") throws(XMLError)
        -> XMLTree.Element
    {
        try parseWithDiagnostics(bytes, source: source, encoding: encoding).root
    }

    /// Parses `bytes` like ``parse(_:source:encoding:)`` and also returns libxml2's diagnostics.
    static func parseWithDiagnostics(_ bytes: some Collection<UInt8>, source: String?, encoding: String = "UTF-8")
        throws(XMLError) -> Parsed
    {
        let result: Result<Parsed, XMLError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(XMLError) in try parse(UnsafeRawBufferPointer(buffer), source: source, encoding: encoding) }
        }
        if let result {
            return try result.get()
        }
        if let data = bytes as? Data {
            return try data.withUnsafeBytes { buffer in
                Result { () throws(XMLError) in try parse(buffer, source: source, encoding: encoding) }
            }.get()
        }
        let copy = Array(bytes)
        return try copy.withUnsafeBytes { buffer in
            Result { () throws(XMLError) in try parse(buffer, source: source, encoding: encoding) }
        }.get()
    }

    /// Whether libxml2 can decode text in the encoding called `name` (e.g. `windows-1252`).
    static func supportsEncoding(_ name: String) -> Bool {
        LibXMLInitialisation.ensure()
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses the bytes in `buffer`; the buffer is only read during the call.
    static func parse(_ buffer: UnsafeRawBufferPointer, source: String?, encoding: String) throws(XMLError) -> Parsed {
        LibXMLInitialisation.ensure()
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            throw .single(
                "The input is empty; an HTML page needs at least some text.",
                message: "Document is empty",
                source: source
            )
        }
        guard buffer.count <= Int(Int32.max) else { throw .inputTooLarge(buffer.count, source: source) }
        if let error = AttributeBudget.check(buffer.bindMemory(to: UInt8.self), source: source) { throw error }
        guard supportsEncoding(encoding) else {
            throw .single(
                "The page's character encoding '\(encoding)' is not supported; convert the page to UTF-8.",
                message: "Unsupported encoding '\(encoding)'",
                source: source
            )
        }
        guard let context = htmlNewParserCtxt() else { throw .parserUnavailable("an HTML parser context", source: source) }
        defer { htmlFreeParserCtxt(context) }
        guard let sax = context.pointee.sax else { throw .parserUnavailable("the SAX handlers of an HTML parser context", source: source) }
        // libxml2 only routes errors to the structured callback of a SAX2 handler block; the HTML
        // context allocates a full `xmlSAXHandler`, so marking it as SAX2 is safe.
        sax.pointee.initialized = XML_SAX2_MAGIC
        sax.pointee.serror = DiagnosticCollector.parserCallback

        let collector = DiagnosticCollector(source: source)
        let parsed: htmlDocPtr? = withExtendedLifetime(collector) {
            context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
            defer { context.pointee._private = nil }
            return collector.collectingContextFreeErrors {
                htmlCtxtReadMemory(
                    context,
                    base.assumingMemoryBound(to: CChar.self),
                    Int32(buffer.count),
                    nil,
                    encoding,
                    options
                )
            }
        }
        guard let parsed else {
            let first = collector.diagnostics.first { $0.severity == .error }
            throw XMLError(
                summary: "libxml2 could not build a document from the page"
                    + (first.map { " (first error \(XMLError.locationPhrase(of: $0)))" } ?? "")
                    + "; check that the input is an HTML page.",
                diagnostics: collector.diagnostics
            )
        }
        defer { xmlFreeDoc(parsed) }
        guard let rootNode = xmlDocGetRootElement(parsed) else {
            throw .single(
                "The page contains no HTML element; check that the input is an HTML page.",
                message: "document has no root element",
                source: source
            )
        }
        let root = element(from: rootNode, depth: 1) ?? XMLTree.Element("html")
        return Parsed(root: root, diagnostics: collector.diagnostics)
    }

    /// Converts one libxml2 element and its subtree; `nil` for a dropped element.
    private static func element(from node: xmlNodePtr, depth: Int) -> XMLTree.Element? {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        guard !droppedElements.contains(name) else { return nil }
        var result = XMLTree.Element(name)

        var property = node.pointee.properties
        while let attribute = property {
            let attributeName = attribute.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            var child = attribute.pointee.children
            while let current = child {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    value += String(cString: content)
                }
                child = current.pointee.next
            }
            result.attributes.append(XMLTree.Attribute(attributeName, value))
            property = attribute.pointee.next
        }

        guard depth < maximumDepth else { return result }
        var children = XMLChildrenBuilder()
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if let converted = element(from: current, depth: depth + 1) { children.append(converted) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(text: String(cString: content)) }
            default:
                break  // comments, processing instructions
            }
            child = current.pointee.next
        }
        result.children = children.finish()
        return result
    }
}
