import Foundation

/// Writes `<meta>`: FRBR identification, publication, lifecycle, references and the
/// lossless model copy. It is the single source of a document's FRBR metadata.
struct AKNMetaBuilder {
    let dossier: Dossier
    let identity: FRBRIdentity
    let references: AKNReferenceTable
    let generationDate: PartialDate
    /// The dossier's JSON, one key per line so that Akoma Ntoso files diff well, as UTF-8.
    private let modelCopy: [UInt8]

    /// The model copy's size in bytes.
    var modelCopySize: Int { modelCopy.count }

    /// Makes the model copy, which must be small enough for XML readers.
    init(
        dossier: Dossier, identity: FRBRIdentity, references: AKNReferenceTable, generationDate: PartialDate
    ) throws(AKNExportError) {
        self.dossier = dossier
        self.identity = identity
        self.references = references
        self.generationDate = generationDate
        modelCopy = AKNModelCopy.xmlSafeJSON(dossier.jsonBytes(format: .pretty))
        guard modelCopy.count <= XMLReader.maximumTextLength else {
            throw AKNExportError(
                .tooLarge, path: "document.source",
                message:
                    "the dossier's JSON is \(modelCopy.count) bytes, and XML readers (libxml2) refuse a text of more than \(XMLReader.maximumTextLength), so the Akoma Ntoso could not be read back; split the document, or keep it as dossier JSON"
            )
        }
    }

    func write(into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        try writer.open("meta")
        try identification(into: &writer)
        if let published = dossier.document.published {
            try writer.empty(
                "publication",
                dated(published) + [
                    XMLTree.Attribute("name", "web"),
                    XMLTree.Attribute("showAs", issuerNames() ?? dossier.document.title),
                ])
        }
        try writer.open("lifecycle", [source])
        try writer.empty(
            "eventRef",
            dated(identity.date) + [
                XMLTree.Attribute("source", "#\(AKNNamespace.originalID)"),
                XMLTree.Attribute("type", "generation"),
            ])
        try writer.close()
        try writer.open("references", [source])
        try writer.empty(
            "original",
            [
                XMLTree.Attribute("eId", AKNNamespace.originalID),
                XMLTree.Attribute("href", identity.expression),
                XMLTree.Attribute("showAs", dossier.document.title),
            ])
        for element in references.elements { try writer.empty(element.name, element.attributes) }
        try writer.close()
        try proprietary(into: &writer)
        try writer.close()
    }

    private var source: XMLTree.Attribute { XMLTree.Attribute("source", "#\(AKNNamespace.exporterID)") }

    /// `date="YYYY-MM-DD"`, plus `adv:precision` when the date is known only to the month
    /// or year (the XSD allows full dates only, so the first day stands in).
    private func dated(_ date: PartialDate) -> [XMLTree.Attribute] {
        var attributes = [XMLTree.Attribute("date", date.firstDay.description)]
        if date.precision != .day {
            attributes.append(XMLTree.Attribute("adv:precision", date.precision.rawValue))
        }
        return attributes
    }

    private func issuerNames() -> String? {
        let names = dossier.document.issuers.map(dossier.fullName(of:))
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    private func identification(into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        func authors() throws(AKNExportError) {
            if dossier.document.issuers.isEmpty {
                try frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID, into: &writer)
            }
            for issuer in dossier.document.issuers {
                try frbrAuthor(issuer.id, role: AKNNamespace.authorRoleID, into: &writer)
            }
        }
        let dateName = dossier.document.published == nil ? "generation" : "publication"
        let workDate = dated(identity.date) + [XMLTree.Attribute("name", dateName)]

        try writer.open("identification", [source])
        try writer.open("FRBRWork")
        try value("FRBRthis", "\(identity.work)/!main", into: &writer)
        try value("FRBRuri", identity.work, into: &writer)
        try writer.empty(
            "FRBRalias",
            [XMLTree.Attribute("value", dossier.document.title), XMLTree.Attribute("name", "title")])
        for identifier in dossier.document.identifiers {
            try writer.empty(
                "FRBRalias",
                [XMLTree.Attribute("value", identifier.value), XMLTree.Attribute("name", identifier.scheme.rawValue)])
        }
        try writer.empty("FRBRdate", workDate)
        try authors()
        try value("FRBRcountry", identity.country, into: &writer)
        try value("FRBRsubtype", identity.subtype, into: &writer)
        try value("FRBRnumber", identity.number, into: &writer)
        try writer.close()

        try writer.open("FRBRExpression")
        try value("FRBRthis", "\(identity.expression)/!main", into: &writer)
        try value("FRBRuri", identity.expression, into: &writer)
        try writer.empty("FRBRdate", workDate)
        try authors()
        try writer.empty("FRBRlanguage", [XMLTree.Attribute("language", identity.language)])
        try writer.close()

        try writer.open("FRBRManifestation")
        try value("FRBRthis", identity.manifestation, into: &writer)
        try value("FRBRuri", identity.manifestation, into: &writer)
        try writer.empty("FRBRdate", dated(generationDate) + [XMLTree.Attribute("name", "generation")])
        try frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID, into: &writer)
        try value("FRBRformat", "application/akn+xml", into: &writer)
        try writer.close()
        try writer.close()
    }

    private func value(_ name: String, _ value: String, into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        try writer.empty(name, [XMLTree.Attribute("value", value)])
    }

    private func frbrAuthor(_ id: String, role: String, into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        try writer.empty("FRBRauthor", [XMLTree.Attribute("href", "#\(id)"), XMLTree.Attribute("as", "#\(role)")])
    }

    /// `<proprietary><adv:model>` holding the dossier's JSON and its SHA-256.
    private func proprietary(into writer: inout AKNDocumentWriter) throws(AKNExportError) {
        try writer.open("proprietary", [source])
        try writer.open(
            "adv:model",
            [
                XMLTree.Attribute("version", String(Dossier.currentSchemaVersion)),
                XMLTree.Attribute("encoding", "application/json"),
                XMLTree.Attribute("sha256", SHA256.hex(of: modelCopy)),
            ])
        try modelCopy.withUnsafeBufferPointer { bytes throws(AKNExportError) in try writer.text(utf8: bytes, .clean) }
        try writer.close()
        try writer.close()
    }
}

/// The dossier's JSON as it is embedded in `<adv:model>`.
enum AKNModelCopy {
    /// The JSON text with the characters XML 1.0 cannot hold written as JSON escapes
    /// (`\ufffe`, `\uffff`; the encoder already escapes C0 controls), so the copy stays
    /// lossless and well-formed.
    static func xmlSafeJSON(_ json: [UInt8]) -> [UInt8] {
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8; JSON escapes them as \ufffe, \uffff.
        var result: [UInt8] = []
        var copied = 0
        let leadByte = ByteScan(0xEF)
        json.withUnsafeBufferPointer { bytes in
            var index = leadByte.firstIndex(in: bytes)
            while index < bytes.count {
                guard index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                    bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                else {
                    index = leadByte.firstIndex(in: bytes, from: index + 1)
                    continue
                }
                if result.isEmpty { result.reserveCapacity(json.count + 16) }
                result.append(contentsOf: bytes[copied..<index])
                result.append(contentsOf: (bytes[index + 2] == 0xBE ? "\\ufffe" : "\\uffff").utf8)
                copied = index + 3
                index = leadByte.firstIndex(in: bytes, from: copied)
            }
        }
        guard copied > 0 else { return json }
        result.append(contentsOf: json[copied...])
        return result
    }

}
