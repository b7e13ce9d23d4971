internal import CLibXML2

/// A libxml2 document owned by exactly one Swift value and freed when that value ends.
///
/// This is the single place where untrusted bytes are parsed, so the parsing policy lives here:
/// - options `NONET | NOERROR | NOWARNING | NOCDATA`; never `NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`,
///   `HUGE` or `XINCLUDE`, so no entity is expanded beyond the predefined ones, nothing outside the
///   input is read, and libxml2's own limits (nesting depth 256, entity-loop detection) stay on;
/// - a document with a `<!DOCTYPE` is refused: the parser is stopped as soon as the declaration is seen,
///   before any of its entity declarations is processed;
/// - errors are collected per call through a structured error callback, never from global state;
/// - a document with any error diagnostic (including namespace errors) is refused;
/// - an element with more than ``AttributeBudget/maximumPerElement`` attributes is refused
///   before parsing (libxml2's duplicate check is quadratic in them).
///
/// The pointer never leaves the value; `withDocument(_:)` and `withRootElement(_:)` lend it to a closure.
struct OwnedXMLDocument: ~Copyable {
    /// The owned document; freed in `deinit`.
    private let pointer: xmlDocPtr

    /// The libxml2 options used for every parse (see the type's documentation).
    private static let options = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue
    )

    /// Parses `bytes` with the hardened options, appending any warnings to `warnings`.
    ///
    /// - Throws: ``XMLError`` when the input is empty, too large, not well-formed, not namespace-well-formed
    ///   or has a DOCTYPE; its diagnostics carry libxml2's messages with line and column.
    init(parsing bytes: UnsafeRawBufferPointer, source: String?, warnings: inout [XMLDiagnostic]) throws(XMLError) {
        LibXMLInitialisation.ensure()
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw .single(
                "The input is empty; an XML document needs at least a root element.",
                message: "Document is empty",
                source: source
            )
        }
        guard bytes.count <= Int(Int32.max) else { throw .inputTooLarge(bytes.count, source: source) }
        if let error = AttributeBudget.check(bytes.bindMemory(to: UInt8.self), source: source) { throw error }
        guard let context = xmlNewParserCtxt() else { throw .parserUnavailable("a parser context", source: source) }
        defer { xmlFreeParserCtxt(context) }
        guard let sax = context.pointee.sax else { throw .parserUnavailable("the SAX handlers of a parser context", source: source) }
        sax.pointee.serror = DiagnosticCollector.parserCallback
        sax.pointee.internalSubset = stopAtDoctype

        let collector = DiagnosticCollector(source: source)
        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
            defer { context.pointee._private = nil }
            return collector.collectingContextFreeErrors {
                xmlCtxtReadMemory(
                    context,
                    base.assumingMemoryBound(to: CChar.self),
                    Int32(bytes.count),
                    nil,
                    nil,
                    Self.options
                )
            }
        }

        var doctypeLine = collector.doctypeLine
        if let parsed, parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            doctypeLine = doctypeLine ?? 0
        }
        if let doctypeLine {
            if let parsed { xmlFreeDoc(parsed) }
            throw .single(
                "DOCTYPE declarations are not accepted, because they can declare entities that read files or expand without bound; remove the DOCTYPE (Akoma Ntoso documents never need one).",
                message: "DOCTYPE declaration found",
                line: doctypeLine,
                source: source
            )
        }
        guard let parsed, !collector.hasErrors else {
            if let parsed { xmlFreeDoc(parsed) }
            throw Self.parseError(collector.diagnostics, source: source)
        }
        warnings.append(contentsOf: collector.diagnostics)
        self.pointer = parsed
    }

    /// Frees the document.
    deinit {
        xmlFreeDoc(pointer)
    }

    /// Lends the document pointer to `body`; the pointer must not be kept after `body` returns.
    func withDocument<Result, Failure: Error>(
        _ body: (xmlDocPtr) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(pointer)
    }

    /// Lends the root element to `body`, or returns `nil` when the document has none.
    func withRootElement<Result, Failure: Error>(
        _ body: (xmlNodePtr) throws(Failure) -> Result
    ) throws(Failure) -> Result? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        return try body(root)
    }

    /// The error for a failed parse: a summary built from the first error, plus every diagnostic.
    private static func parseError(_ diagnostics: [XMLDiagnostic], source: String?) -> XMLError {
        guard let first = diagnostics.first(where: { $0.severity == .error }) else {
            return .single(
                "libxml2 could not parse the input but reported no reason; this is an internal error, please report it.",
                message: "parse failed without a diagnostic",
                source: source
            )
        }
        let location = XMLError.locationPhrase(of: first)
        let summary: String
        if first.message.hasPrefix("Excessive depth in document") {
            summary = "The document nests elements more than 256 levels deep, which is not accepted; flatten the structure (the limit was reached \(location))."
        } else if first.message.hasPrefix("Document is empty") || first.message.hasPrefix("Start tag expected") {
            summary = "The input contains no XML element; a document needs a root element (first error \(location))."
        } else if first.message.hasPrefix("Namespace prefix") || first.message.hasPrefix("xmlns") {
            summary = "The input is not namespace-well-formed XML; fix the first error reported \(location)."
        } else {
            summary = "The input is not well-formed XML; fix the first error reported \(location)."
        }
        return XMLError(summary: summary, diagnostics: diagnostics)
    }
}

/// The SAX `internalSubset` handler: records where the `<!DOCTYPE` is and stops the parser at once,
/// so no entity or attribute declaration of the document is ever processed.
private func stopAtDoctype(
    _ userData: UnsafeMutableRawPointer?,
    _ name: UnsafePointer<xmlChar>?,
    _ externalID: UnsafePointer<xmlChar>?,
    _ systemID: UnsafePointer<xmlChar>?
) {
    guard let userData else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    if let box = context.pointee._private {
        let collector = Unmanaged<DiagnosticCollector>.fromOpaque(box).takeUnretainedValue()
        collector.doctypeLine = context.pointee.input.map { Int($0.pointee.line) } ?? 0
    }
    xmlStopParser(context)
}
