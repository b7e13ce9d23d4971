import Foundation

/// Builds `<meta>`: FRBR identification, publication, lifecycle, references and the
/// lossless model copy. It is the single source of a document's FRBR metadata.
struct AKNMetaBuilder {
    let dossier: Dossier
    let identity: FRBRIdentity
    let references: AKNReferenceTable
    let generationDate: PartialDate

    func build() throws(AKNExportError) -> XMLElement {
        var children: [XMLElement] = [identification()]
        if let published = dossier.document.published {
            children.append(
                XMLElement(
                    "publication",
                    attributes: dated(published) + [
                        XMLAttribute("name", "web"),
                        XMLAttribute("showAs", issuerNames() ?? dossier.document.title),
                    ]))
        }
        children.append(
            XMLElement(
                "lifecycle", attributes: [source],
                children: [
                    .element(
                        XMLElement(
                            "eventRef",
                            attributes: dated(identity.date) + [
                                XMLAttribute("source", "#\(AKNNamespace.originalID)"),
                                XMLAttribute("type", "generation"),
                            ]))
                ]))
        let original = XMLElement(
            "original",
            attributes: [
                XMLAttribute("eId", AKNNamespace.originalID),
                XMLAttribute("href", identity.expression),
                XMLAttribute("showAs", dossier.document.title),
            ])
        children.append(
            XMLElement(
                "references", attributes: [source],
                children: ([original] + references.elements).map(XMLNode.element)))
        children.append(try proprietary())
        return XMLElement("meta", children: children.map(XMLNode.element))
    }

    private var source: XMLAttribute { XMLAttribute("source", "#\(AKNNamespace.exporterID)") }

    /// `date="YYYY-MM-DD"`, plus `adv:precision` when the date is known only to the month
    /// or year (the XSD allows full dates only, so the first day stands in).
    private func dated(_ date: PartialDate) -> [XMLAttribute] {
        var attributes = [XMLAttribute("date", date.firstDay.description)]
        if date.precision != .day {
            attributes.append(XMLAttribute("adv:precision", date.precision.rawValue))
        }
        return attributes
    }

    private func issuerNames() -> String? {
        let names = dossier.document.issuers.compactMap { party -> String? in
            switch party {
            case .organisation(let id): dossier[id]?.name
            case .committee(let id): dossier[id]?.displayName
            case .coalition(let id): dossier[id]?.name
            case .person(let id): dossier[id]?.displayName
            }
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    private func identification() -> XMLElement {
        let authors: [XMLElement] =
            dossier.document.issuers.isEmpty
            ? [frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID)]
            : dossier.document.issuers.map { frbrAuthor($0.id, role: AKNNamespace.authorRoleID) }
        let dateName = dossier.document.published == nil ? "generation" : "publication"
        let workDate = XMLElement("FRBRdate", attributes: dated(identity.date) + [XMLAttribute("name", dateName)])

        var work: [XMLElement] = [
            value("FRBRthis", "\(identity.work)/!main"),
            value("FRBRuri", identity.work),
            XMLElement(
                "FRBRalias",
                attributes: [XMLAttribute("value", dossier.document.title), XMLAttribute("name", "title")]),
        ]
        work += dossier.document.identifiers.map {
            XMLElement(
                "FRBRalias",
                attributes: [XMLAttribute("value", $0.value), XMLAttribute("name", $0.scheme.rawValue)])
        }
        work.append(workDate)
        work += authors
        work += [
            value("FRBRcountry", identity.country),
            value("FRBRsubtype", identity.subtype),
            value("FRBRnumber", identity.number),
        ]
        let expression: [XMLElement] =
            [
                value("FRBRthis", "\(identity.expression)/!main"),
                value("FRBRuri", identity.expression),
                workDate,
            ] + authors + [
                XMLElement("FRBRlanguage", attributes: [XMLAttribute("language", identity.language)])
            ]
        let manifestation: [XMLElement] = [
            value("FRBRthis", identity.manifestation),
            value("FRBRuri", identity.manifestation),
            XMLElement(
                "FRBRdate",
                attributes: dated(generationDate) + [XMLAttribute("name", "generation")]),
            frbrAuthor(AKNNamespace.exporterID, role: AKNNamespace.markupAgentRoleID),
            value("FRBRformat", "application/akn+xml"),
        ]
        return XMLElement(
            "identification", attributes: [source],
            children: [
                .element(XMLElement("FRBRWork", children: work.map(XMLNode.element))),
                .element(XMLElement("FRBRExpression", children: expression.map(XMLNode.element))),
                .element(XMLElement("FRBRManifestation", children: manifestation.map(XMLNode.element))),
            ])
    }

    private func value(_ name: String, _ value: String) -> XMLElement {
        XMLElement(name, attributes: [XMLAttribute("value", value)])
    }

    private func frbrAuthor(_ id: String, role: String) -> XMLElement {
        XMLElement(
            "FRBRauthor", attributes: [XMLAttribute("href", "#\(id)"), XMLAttribute("as", "#\(role)")])
    }

    /// `<proprietary><adv:model>` holding the dossier's compact JSON and its SHA-256.
    private func proprietary() throws(AKNExportError) -> XMLElement {
        let json: Data
        do {
            json = try dossier.jsonData(format: .compact)
        } catch {
            throw AKNExportError(.serialisation, message: "the dossier could not be encoded as JSON: \(error)")
        }
        let text = AKNModelCopy.xmlSafeJSON(json)
        let model = XMLElement(
            "adv:model",
            attributes: [
                XMLAttribute("version", String(Dossier.currentSchemaVersion)),
                XMLAttribute("encoding", "application/json"),
                XMLAttribute("sha256", SHA256.hex(of: text.utf8)),
            ],
            children: [.text(text)])
        return XMLElement("proprietary", attributes: [source], children: [.element(model)])
    }
}

/// The dossier's JSON as it is embedded in `<adv:model>`.
enum AKNModelCopy {
    /// The JSON text with the characters XML 1.0 cannot hold written as JSON escapes
    /// (`\ufffe`, `\uffff`; the encoder already escapes C0 controls), so the copy stays
    /// lossless and well-formed.
    static func xmlSafeJSON(_ json: Data) -> String {
        var text = String(decoding: json, as: UTF8.self)
        for (character, escape) in [("\u{FFFE}", "\\ufffe"), ("\u{FFFF}", "\\uffff")]
        where text.unicodeScalars.contains(where: { String($0) == character }) {
            text = text.replacingOccurrences(of: character, with: escape)
        }
        return text
    }
}
