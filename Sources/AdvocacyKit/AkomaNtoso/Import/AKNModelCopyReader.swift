import Foundation

/// Reads the AdvocacyKit model copy of an imported document
/// (`akomaNtoso/*/meta/proprietary/adv:model`) and checks it against the document's
/// Akoma Ntoso parts.
enum AKNModelCopyReader {
    /// What the document's model copy gave.
    enum Outcome {
        /// No model copy in the AdvocacyKit namespace.
        case absent
        /// A model copy whose hash matched and that decoded.
        case exact(Dossier)
        /// A model copy that cannot be trusted; the sentence says why.
        case untrusted(String)
    }

    /// Finds and reads the model copy under `document` (the element below `akomaNtoso`).
    ///
    /// Throws only for a model copy of another version, which a newer AdvocacyKit wrote.
    static func read(_ document: AKNImportElement, source: String?) throws(AKNImportError) -> Outcome {
        guard let meta = document.child("meta") else { return .absent }
        let model = meta.children(named: "proprietary").lazy
            .flatMap(\.elements)
            .first { $0.localName == "model" && $0.namespace == AKNNamespace.advocacy }
        guard let model else { return .absent }
        let version = model.attribute("version")
        guard version == String(Dossier.currentSchemaVersion) else {
            let found = version.map { "version '\($0)'" } ?? "no version"
            throw AKNImportError(
                message:
                    "the document's AdvocacyKit model copy (<adv:model>) has \(found), but this AdvocacyKit reads version \(Dossier.currentSchemaVersion) only; import it with the AdvocacyKit that wrote it, or upgrade",
                source: source)
        }
        let text = model.textContent
        guard let expected = model.attribute("sha256"), SHA256.hex(of: text.utf8) == expected.lowercased() else {
            return .untrusted(
                "the model copy's hash does not match its text, so it was not trusted; the document was read from its Akoma Ntoso markup instead"
            )
        }
        do {
            return .exact(try Dossier(json: Data(text.utf8)))
        } catch {
            return .untrusted(
                "the model copy could not be decoded (\(error)), so the document was read from its Akoma Ntoso markup instead"
            )
        }
    }

    /// The disagreements between `dossier` and the Akoma Ntoso parts of the document it
    /// came from: FRBR number, title, language, country and the text of every block.
    static func disagreements(between dossier: Dossier, and document: AKNImportElement) -> [String] {
        var notes: [String] = []
        let identification = document.child("meta")?.child("identification")
        let work = identification?.child("FRBRWork")
        let statement = dossier.document
        let number = work?.child("FRBRnumber")?.attribute("value")
        if number != statement.id.rawValue {
            notes.append(
                "FRBRnumber is \(quoted(number)) but the model's document id is '\(statement.id.rawValue)'; the model copy was kept"
            )
        }
        let title = work?.children(named: "FRBRalias").first { $0.attribute("name") == "title" }?.attribute("value")
        if title != safe(statement.title) {
            notes.append("the FRBRalias title is \(quoted(title)) but the model's title differs; the model copy was kept")
        }
        let language = identification?.child("FRBRExpression")?.child("FRBRlanguage")?.attribute("language")
        let expectedLanguage = LanguageCode.alpha3(forTag: statement.language)
        if language != expectedLanguage {
            notes.append(
                "FRBRlanguage is \(quoted(language)) but the model's language '\(statement.language)' is '\(expectedLanguage)'; the model copy was kept"
            )
        }
        let country = work?.child("FRBRcountry")?.attribute("value")
        if country != statement.jurisdiction {
            notes.append(
                "FRBRcountry is \(quoted(country)) but the model's jurisdiction is '\(statement.jurisdiction)'; the model copy was kept"
            )
        }
        let blocks = blockTexts(of: document)
        let paragraphs = (statement.source?.paragraphs ?? []).map { safe($0.text) }
        if blocks.count != paragraphs.count {
            notes.append(
                "the document has \(blocks.count) text blocks but the model's source has \(paragraphs.count) paragraphs; the model copy was kept"
            )
        } else if let index = blocks.indices.first(where: { blocks[$0] != paragraphs[$0] }) {
            notes.append(
                "the text of block \(index + 1) differs from paragraph \(index + 1) of the model's source; the model copy was kept"
            )
        }
        return notes
    }

    /// The text of `preface/p`, `mainBody//p` and `mainBody//heading` in document order,
    /// exactly as written.
    private static func blockTexts(of document: AKNImportElement) -> [String] {
        var texts: [String] = []
        func walk(_ element: AKNImportElement) {
            for child in element.elements {
                if child.localName == "p" || child.localName == "heading" {
                    texts.append(child.textContent)
                } else {
                    walk(child)
                }
            }
        }
        for container in document.elements where container.localName == "preface" || container.localName == "mainBody" {
            walk(container)
        }
        return texts
    }

    /// The text as the exporter's replacing policy would write it: characters XML 1.0
    /// cannot hold become U+FFFD (a document exported with `.replace` keeps the originals
    /// only in its model copy).
    private static func safe(_ text: String) -> String {
        guard XMLCharacters.firstDisallowed(in: text) != nil else { return text }
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(XMLCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return String(cleaned)
    }

    private static func quoted(_ value: String?) -> String {
        value.map { "'\($0)'" } ?? "missing"
    }
}
