internal import CLibXML2

/// Collects the diagnostics of one libxml2 call through a structured error callback.
///
/// An instance is handed to C as an unretained `Unmanaged` pointer and must be kept alive (by a local
/// variable and `withExtendedLifetime`) for as long as libxml2 may call back; it is used by one thread only.
final class DiagnosticCollector {
    /// The diagnostics collected so far, in the order libxml2 reported them.
    var diagnostics: [XMLDiagnostic] = []
    /// The label put into every diagnostic's `source`.
    let source: String?
    /// The line of a `<!DOCTYPE` seen by the parser, if any.
    var doctypeLine: Int?

    /// Creates an empty collector whose diagnostics will carry `source`.
    init(source: String?) {
        self.source = source
    }

    /// Whether any collected diagnostic is an error.
    var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }

    /// Converts one libxml2 error record into a diagnostic and stores it.
    ///
    /// `xmlError.int2` is the column for parser errors; other domains leave it 0 or use it otherwise,
    /// so it is only trusted for the parser and namespace domains.
    /// - Parameter asWarning: Record the error as a warning whatever its libxml2 level.
    func record(_ error: UnsafePointer<xmlError>, asWarning: Bool = false) {
        let record = error.pointee
        let severity: XMLDiagnostic.Severity = asWarning || record.level == XML_ERR_WARNING ? .warning : .error
        var message = record.message.map { String(cString: $0) } ?? "libxml2 reported an error without a message"
        while let last = message.last, last.isWhitespace {
            message.removeLast()
        }
        let domain = xmlErrorDomain(UInt32(bitPattern: record.domain))
        let columnIsKnown = domain == XML_FROM_PARSER || domain == XML_FROM_NAMESPACE
        diagnostics.append(
            XMLDiagnostic(
                severity: severity,
                message: message,
                line: max(0, Int(record.line)),
                column: columnIsKnown ? max(0, Int(record.int2)) : 0,
                source: source
            )
        )
    }

    /// The structured error callback for parser contexts: libxml2 passes the parser context as user
    /// data, whose `_private` field holds the collector.
    static let parserCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = context.pointee._private else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(box).takeUnretainedValue().record(UnsafePointer(error))
    }

    /// Runs `body` (one libxml2 parse) with this collector as the calling thread's structured error
    /// handler, then puts the previous handler back.
    ///
    /// Some libxml2 errors carry no parser context: with libxml2 2.9, a byte the declared encoding
    /// cannot decode raises "encoding error : input conversion failed" and "I/O error : encoder
    /// error" through the thread's global handler, whose default prints to the process's standard
    /// error despite `NOERROR`. Routed here they become warnings of the parse instead (warnings, so
    /// that the parser's own error, which has a location, stays the first error and whether a parse
    /// fails does not change). The handler is per thread in libxml2, so concurrent parses on other
    /// threads are not affected.
    func collectingContextFreeErrors<Result>(_ body: () -> Result) -> Result {
        let handler = __xmlStructuredError()
        let handlerContext = __xmlStructuredErrorContext()
        let previous = (handler?.pointee, handlerContext?.pointee)
        return withExtendedLifetime(self) {
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), Self.contextFreeCallback)
            defer { xmlSetStructuredErrorFunc(previous.1, previous.0) }
            return body()
        }
    }

    /// The thread's structured error callback during ``collectingContextFreeErrors(_:)``, whose user
    /// data is the collector itself; errors are recorded as warnings.
    static let contextFreeCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(UnsafePointer(error), asWarning: true)
    }

    /// The structured error callback for schema parser and validation contexts, whose user data is
    /// the collector itself.
    static let directCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(UnsafePointer(error))
    }
}
