/// Applies ``AKNExporter/UnrepresentableCharacters`` to every text and attribute value of
/// a tree before it reaches libxml2, which would otherwise write ill-formed XML.
struct AKNCharacterPolicy {
    let policy: AKNExporter.UnrepresentableCharacters

    init(_ policy: AKNExporter.UnrepresentableCharacters) {
        self.policy = policy
    }

    /// Rejects or replaces characters XML 1.0 cannot hold; returns one warning per
    /// replaced value.
    func apply(to root: inout XMLTree.Element) throws(AKNExportError) -> [String] {
        var warnings: [String] = []
        try visit(&root, path: root.name, warnings: &warnings)
        return warnings
    }

    private func visit(_ element: inout XMLTree.Element, path: String, warnings: inout [String]) throws(AKNExportError) {
        for index in element.attributes.indices {
            try clean(
                &element.attributes[index].value, at: "\(path)/@\(element.attributes[index].name)",
                warnings: &warnings)
        }
        for index in element.children.indices {
            switch element.children[index] {
            case .text(var text):
                try clean(&text, at: "\(path)/text()", warnings: &warnings)
                element.children[index] = .text(text)
            case .element(var child):
                try visit(&child, path: "\(path)/\(child.name)", warnings: &warnings)
                element.children[index] = .element(child)
            }
        }
    }

    private func clean(_ value: inout String, at path: String, warnings: inout [String]) throws(AKNExportError) {
        guard let bad = XMLCharacters.firstDisallowed(in: value) else { return }
        let name = XMLCharacters.notation(for: bad)
        switch policy {
        case .reject:
            throw AKNExportError(
                .unrepresentableCharacter, path: path,
                message:
                    "the text holds \(name), which XML 1.0 cannot represent; remove it from the dossier or export with unrepresentableCharacters: .replace"
            )
        case .replace:
            var cleaned = String.UnicodeScalarView()
            for scalar in value.unicodeScalars {
                cleaned.append(XMLCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
            value = String(cleaned)
            warnings.append("\(path): replaced \(name) and any other character XML 1.0 cannot represent with U+FFFD")
        }
    }
}
