import Foundation

/// Builds `<meta>`: FRBR identification, publication, lifecycle, references and the
/// lossless model copy. It is the single source of a document's FRBR metadata.
struct AKNMetaBuilder {
    let dossier: Dossier
    let identity: FRBRIdentity
    let references: AKNReferenceTable
    let generationDate: PartialDate

    func build() throws(AKNExportError) -> XMLTree.Element {
        var children: [XMLTree.Element] = [identification()]
        if let published = dossier.document.published {
            children.append(
                XMLTree.Element(
                    "publication",
                    attributes: dated(published) + [
                        XMLTree.Attribute("name", "web"),
                        XMLTree.Attribute("showAs", issuerNames() ?? dossier.document.title),
                    ]))
        }
        children.append(
            XMLTree.Element(
                "lifecycle", attributes: [source],
                children: [
                    .element(
                        XMLTree.Element(
                            "eventRef",
                            attributes: dated(identity.date) + [
                                XMLTree.Attribute("source", "#\(AKNNamespace.originalID)"),
                                XMLTree.Attribute("type", "generation"),
                            ]))
                ]))
        let original = XMLTree.Element(
            "original",
            attributes: [
                XMLTree.Attribute("eId", AKNNamespace.originalID),
                XMLTree.Attribute("href", identity.expression),
                XMLTree.Attribute("showAs", dossier.document.title),
            ])
        children.append(
            XMLTree.Element(
                "references", attributes: [source],
                children: ([original] + references.elements).map(XMLTree.Node.element)))
        children.append(try proprietary())
        return XMLTree.Element("meta", children: children.map(XMLTree.Node.element))
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

    private func identification() -> XMLTree.Element {
        let authors: [XMLTree.Element] =
            dossier.document.issuers.isEmpty
            ? [frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID)]
            : dossier.document.issuers.map { frbrAuthor($0.id, role: AKNNamespace.authorRoleID) }
        let dateName = dossier.document.published == nil ? "generation" : "publication"
        let workDate = XMLTree.Element("FRBRdate", attributes: dated(identity.date) + [XMLTree.Attribute("name", dateName)])

        var work: [XMLTree.Element] = [
            value("FRBRthis", "\(identity.work)/!main"),
            value("FRBRuri", identity.work),
            XMLTree.Element(
                "FRBRalias",
                attributes: [XMLTree.Attribute("value", dossier.document.title), XMLTree.Attribute("name", "title")]),
        ]
        work += dossier.document.identifiers.map {
            XMLTree.Element(
                "FRBRalias",
                attributes: [XMLTree.Attribute("value", $0.value), XMLTree.Attribute("name", $0.scheme.rawValue)])
        }
        work.append(workDate)
        work += authors
        work += [
            value("FRBRcountry", identity.country),
            value("FRBRsubtype", identity.subtype),
            value("FRBRnumber", identity.number),
        ]
        let expression: [XMLTree.Element] =
            [
                value("FRBRthis", "\(identity.expression)/!main"),
                value("FRBRuri", identity.expression),
                workDate,
            ] + authors + [
                XMLTree.Element("FRBRlanguage", attributes: [XMLTree.Attribute("language", identity.language)])
            ]
        let manifestation: [XMLTree.Element] = [
            value("FRBRthis", identity.manifestation),
            value("FRBRuri", identity.manifestation),
            XMLTree.Element(
                "FRBRdate",
                attributes: dated(generationDate) + [XMLTree.Attribute("name", "generation")]),
            frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID),
            value("FRBRformat", "application/akn+xml"),
        ]
        return XMLTree.Element(
            "identification", attributes: [source],
            children: [
                .element(XMLTree.Element("FRBRWork", children: work.map(XMLTree.Node.element))),
                .element(XMLTree.Element("FRBRExpression", children: expression.map(XMLTree.Node.element))),
                .element(XMLTree.Element("FRBRManifestation", children: manifestation.map(XMLTree.Node.element))),
            ])
    }

    private func value(_ name: String, _ value: String) -> XMLTree.Element {
        XMLTree.Element(name, attributes: [XMLTree.Attribute("value", value)])
    }

    private func frbrAuthor(_ id: String, role: String) -> XMLTree.Element {
        XMLTree.Element(
            "FRBRauthor", attributes: [XMLTree.Attribute("href", "#\(id)"), XMLTree.Attribute("as", "#\(role)")])
    }

    /// `<proprietary><adv:model>` holding the dossier's JSON, one key per line so that Akoma
    /// Ntoso files diff well, and its SHA-256.
    private func proprietary() throws(AKNExportError) -> XMLTree.Element {
        let text = AKNModelCopy.xmlSafeJSON(dossier.jsonBytes(format: .pretty))
        guard text.utf8.count <= XMLReader.maximumTextLength else {
            throw AKNExportError(
                .tooLarge, path: "document.source",
                message:
                    "the dossier's JSON is \(text.utf8.count) bytes, and XML readers (libxml2) refuse a text of more than \(XMLReader.maximumTextLength), so the Akoma Ntoso could not be read back; split the document, or keep it as dossier JSON"
            )
        }
        let model = XMLTree.Element(
            "adv:model",
            attributes: [
                XMLTree.Attribute("version", String(Dossier.currentSchemaVersion)),
                XMLTree.Attribute("encoding", "application/json"),
                XMLTree.Attribute("sha256", SHA256.hex(of: text.utf8)),
            ],
            children: [.text(text)])
        return XMLTree.Element("proprietary", attributes: [source], children: [.element(model)])
    }
}

/// The dossier's JSON as it is embedded in `<adv:model>`.
enum AKNModelCopy {
    /// The JSON text with the characters XML 1.0 cannot hold written as JSON escapes
    /// (`\ufffe`, `\uffff`; the encoder already escapes C0 controls), so the copy stays
    /// lossless and well-formed.
    static func xmlSafeJSON(_ json: [UInt8]) -> String {
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8; JSON escapes them as \ufffe, \uffff.
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        while let found = json[index...].firstIndex(of: 0xEF) {
            if found + 2 < json.count, json[found + 1] == 0xBF, json[found + 2] == 0xBE || json[found + 2] == 0xBF {
                if result.isEmpty { result.reserveCapacity(json.count + 16) }
                result.append(contentsOf: json[copied..<found])
                result.append(contentsOf: Array((json[found + 2] == 0xBE ? "\\ufffe" : "\\uffff").utf8))
                copied = found + 3
            }
            index = found + 1
        }
        guard copied > 0 else { return String(decoding: json, as: UTF8.self) }
        result.append(contentsOf: json[copied...])
        return String(decoding: result, as: UTF8.self)
    }

}
