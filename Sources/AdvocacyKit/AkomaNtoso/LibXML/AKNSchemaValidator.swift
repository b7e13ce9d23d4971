internal import CLibXML2
import Foundation

/// Validates documents against the Akoma Ntoso 3.0 XML Schema (or another XSD) with libxml2.
///
/// Compiling `akomantoso30.xsd` takes about 0.2 s, validating a typical document about 0.1 ms, so
/// compile once and reuse: ``bundled()`` returns one shared validator per process. A validator may be
/// used from any number of tasks at once; each call gets its own validation context.
///
/// ```swift
/// let report = try AKNSchemaValidator.bundled().validate(data, source: "release.xml")
/// for diagnostic in report.diagnostics { print(diagnostic) }
/// // release.xml:11: error: Element '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}bogus': This element is not expected. …
/// ```
public final class AKNSchemaValidator: Sendable {
    /// The compiled schema, shared read-only by every validation.
    private let schema: CompiledSchema

    /// The validator for the Akoma Ntoso 3.0 schema shipped with this library, compiled on first use.
    ///
    /// Every call returns the same instance.
    /// - Throws: ``XMLError`` when the bundled schema is missing or cannot be compiled (a packaging error).
    public static func bundled() throws -> AKNSchemaValidator {
        try bundledValidator.get()
    }

    /// Compiles the XML Schema at `url` (a file URL); `xsd:import`/`xsd:include` are resolved relative to it.
    ///
    /// The schema is trusted input: libxml2 reads the files it imports as it sees fit.
    /// - Throws: ``XMLError`` with libxml2's messages when the file cannot be read or is not a valid schema.
    public convenience init(schemaAt url: URL) throws {
        try self.init(compiling: url)
    }

    /// Compiles the schema at `url`, throwing the typed error.
    private init(compiling url: URL) throws(XMLError) {
        LibXMLInitialisation.ensure()
        let label = url.isFileURL ? url.path : url.absoluteString
        guard url.isFileURL else {
            throw .single(
                "The schema location \(label) is not a file URL; pass the URL of a local .xsd file.",
                message: "not a file URL: \(label)",
                source: label
            )
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw .single(
                "The XML Schema \(label) does not exist or cannot be read; check the path and its permissions.",
                message: "cannot read \(label)",
                source: label
            )
        }
        let collector = DiagnosticCollector(source: label)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            let parserContext: xmlSchemaParserCtxtPtr? = url.withUnsafeFileSystemRepresentation { path in
                path.flatMap { xmlSchemaNewParserCtxt($0) }
            }
            guard let parserContext else { return nil }
            defer { xmlSchemaFreeParserCtxt(parserContext) }
            xmlSchemaSetParserStructuredErrors(
                parserContext,
                DiagnosticCollector.directCallback,
                Unmanaged.passUnretained(collector).toOpaque()
            )
            return xmlSchemaParse(parserContext)
        }
        guard let compiled else {
            let first = collector.diagnostics.first { $0.severity == .error }
            let summary = first.map {
                "The XML Schema \(label) could not be compiled; fix the first error reported \(XMLError.locationPhrase(of: $0))."
            } ?? "The XML Schema \(label) could not be compiled; check that the file exists and is a valid XSD."
            let diagnostics = collector.diagnostics.isEmpty
                ? [XMLDiagnostic(severity: .error, message: "xmlSchemaParse failed", source: label)]
                : collector.diagnostics
            throw XMLError(summary: summary, diagnostics: diagnostics)
        }
        self.schema = CompiledSchema(compiled)
    }

    /// Parses and validates `data`; parse errors and schema errors both become error diagnostics.
    ///
    /// The document is parsed with the same hardened options as every other input (no DOCTYPE, no
    /// external entities); blank text is kept, as the schema sees it.
    ///
    /// - Parameters:
    ///   - data: The document's bytes, in UTF-8 or the encoding its declaration names.
    ///   - source: A file name or label used in diagnostics.
    public func validate(_ data: Data, source: String? = nil) -> SchemaValidationReport {
        data.withUnsafeBytes { validate(buffer: $0, source: source) }
    }

    /// Parses and validates the UTF-8 (or self-declared encoding) bytes of a document.
    ///
    /// - Parameters:
    ///   - bytes: The document's bytes, in UTF-8 or the encoding its declaration names.
    ///   - source: A file name or label used in diagnostics.
    public func validate(_ bytes: [UInt8], source: String? = nil) -> SchemaValidationReport {
        bytes.withUnsafeBytes { validate(buffer: $0, source: source) }
    }

    /// Validates the document in `buffer`, which is only read during the call.
    private func validate(buffer: UnsafeRawBufferPointer, source: String?) -> SchemaValidationReport {
        var diagnostics: [XMLDiagnostic] = []
        let document: OwnedXMLDocument
        do {
            document = try OwnedXMLDocument(parsing: buffer, source: source, warnings: &diagnostics)
        } catch {
            return SchemaValidationReport(diagnostics: diagnostics + error.diagnostics)
        }
        let collector = DiagnosticCollector(source: source)
        let result: Int32 = document.withDocument { pointer in
            withExtendedLifetime(collector) {
                guard let context = xmlSchemaNewValidCtxt(schema.pointer) else { return -2 }
                defer { xmlSchemaFreeValidCtxt(context) }
                xmlSchemaSetValidStructuredErrors(
                    context,
                    DiagnosticCollector.directCallback,
                    Unmanaged.passUnretained(collector).toOpaque()
                )
                return xmlSchemaValidateDoc(context, pointer)
            }
        }
        diagnostics += collector.diagnostics
        if result == -2 {
            diagnostics.append(
                XMLDiagnostic(severity: .error, message: "xmlSchemaNewValidCtxt failed (out of memory?)", source: source)
            )
        } else if result != 0, !collector.hasErrors {
            diagnostics.append(
                XMLDiagnostic(
                    severity: .error,
                    message: "libxml2 reported the document invalid (code \(result)) without a message",
                    source: source
                )
            )
        }
        return SchemaValidationReport(diagnostics: diagnostics)
    }
}

/// The process-wide bundled validator, compiled on first access (a global `let` is initialised once,
/// thread-safely); a failure is kept too, so it is reported on every call without recompiling.
private let bundledValidator: Result<AKNSchemaValidator, XMLError> = {
    guard let url = Bundle.module.url(forResource: "akomantoso30", withExtension: "xsd", subdirectory: "Schemas") else {
        return .failure(
            .single(
                "The bundled Akoma Ntoso schema (Schemas/akomantoso30.xsd) is missing from the AdvocacyKit resource bundle; reinstall or rebuild the package.",
                message: "resource Schemas/akomantoso30.xsd not found"
            )
        )
    }
    do {
        return .success(try AKNSchemaValidator(schemaAt: url))
    } catch let error as XMLError {
        return .failure(error)
    } catch {
        return .failure(.single("The bundled Akoma Ntoso schema could not be loaded; rebuild the package.", message: "\(error)"))
    }
}()

/// Owns a compiled schema and frees it when the last validator using it goes away.
///
/// `@unchecked Sendable` is sound here: the pointer is set once in `init` and never mutated, and libxml2
/// only reads a compiled `xmlSchema` while validating (each validation has its own `xmlSchemaValidCtxt`),
/// which the libxml2 notes measured with 4 concurrent tasks and the tests check with 8.
private final class CompiledSchema: @unchecked Sendable {
    /// The compiled schema; read-only after `init`.
    let pointer: xmlSchemaPtr

    /// Takes ownership of `pointer`.
    init(_ pointer: xmlSchemaPtr) {
        self.pointer = pointer
    }

    /// Frees the compiled schema.
    deinit {
        xmlSchemaFree(pointer)
    }
}
