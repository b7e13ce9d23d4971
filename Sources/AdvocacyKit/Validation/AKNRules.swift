extension ValidationRule {
    /// `exports-valid-akn` (error): a dossier with source text exports to Akoma Ntoso that is
    /// valid against the bundled schema.
    ///
    /// Dossiers without source text are data-only and not exported. Export failures that
    /// other rules report (dangling references, duplicate ids, spans outside the text) are
    /// left to those rules. The export uses 2000-01-01 as the generation date, so an undated
    /// document is checked too.
    public static var exportsValidAkomaNtoso: ValidationRule {
        ValidationRule(
            id: "exports-valid-akn", severity: .error,
            summary: "A dossier with source text exports to schema-valid Akoma Ntoso."
        ) { context in
            let id = "exports-valid-akn"
            guard context.dossier.document.source != nil else { return [] }
            let export: AKNExport
            do throws(AKNExportError) {
                export = try AKNExporter(generationDate: "2000-01-01").export(context.dossier)
            } catch {
                switch error.code {
                case .missingSourceText, .danglingReference, .duplicateIdentifier, .spanOutOfRange: return []
                default:
                    return [
                        ValidationDiagnostic(
                            ruleID: id, severity: .error,
                            message: "the dossier cannot be exported as Akoma Ntoso: \(error.message)",
                            file: context.file, path: error.path)
                    ]
                }
            }
            let validator: AKNSchemaValidator
            do {
                validator = try AKNSchemaValidator.bundled()
            } catch {
                return [
                    ValidationDiagnostic(
                        ruleID: id, severity: .error,
                        message: "the bundled Akoma Ntoso schema could not be loaded (\(error)); rebuild the package",
                        file: context.file)
                ]
            }
            return validator.validate(export.xml).diagnostics.filter { $0.severity == .error }.map {
                ValidationDiagnostic(
                    ruleID: id, severity: .error,
                    message:
                        "the Akoma Ntoso export is not schema-valid at its line \($0.line): \($0.message); fix the dossier value it comes from",
                    file: context.file)
            }
        }
    }
}

extension ValidationDiagnostic {
    /// The diagnostic for one libxml2 schema or parser message about an Akoma Ntoso file
    /// (rule `akn-schema-valid`), keeping its file, line and column.
    public init(schema diagnostic: XMLDiagnostic, file: String? = nil) {
        self.init(
            ruleID: "akn-schema-valid",
            severity: diagnostic.severity == .error ? .error : .warning,
            message: diagnostic.message,
            file: file ?? diagnostic.source,
            line: diagnostic.line > 0 ? diagnostic.line : nil,
            column: diagnostic.column > 0 ? diagnostic.column : nil)
    }
}
