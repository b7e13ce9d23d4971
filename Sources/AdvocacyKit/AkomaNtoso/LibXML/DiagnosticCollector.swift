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
    func record(_ error: UnsafePointer<xmlError>) {
        let record = error.pointee
        let severity: XMLDiagnostic.Severity = record.level == XML_ERR_WARNING ? .warning : .error
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

    /// The structured error callback for schema parser and validation contexts, whose user data is
    /// the collector itself.
    static let directCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(UnsafePointer(error))
    }
}
