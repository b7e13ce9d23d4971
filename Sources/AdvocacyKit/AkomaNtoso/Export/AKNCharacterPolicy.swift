/// Applies ``AKNExporter/UnrepresentableCharacters`` to every text and attribute value of
/// a tree before it reaches libxml2, which would otherwise write ill-formed XML.
struct AKNCharacterPolicy {
    let policy: AKNExporter.UnrepresentableCharacters

    init(_ policy: AKNExporter.UnrepresentableCharacters) {
        self.policy = policy
    }

    /// Rejects or replaces characters XML 1.0 cannot hold; returns one warning per
    /// replaced value.
    ///
    /// A read-only scan comes first, so that the usual tree, which holds none, is neither
    /// copied nor given element paths.
    func apply(to root: inout XMLTree.Element) throws(AKNExportError) -> [String] {
        guard Self.holdsDisallowed(root) else { return [] }
        var warnings: [String] = []
        try visit(&root, path: root.name, warnings: &warnings)
        return warnings
    }

    /// Whether any text or attribute value in the tree holds a character XML 1.0 cannot.
    private static func holdsDisallowed(_ element: XMLTree.Element) -> Bool {
        element.attributes.contains { XMLCharacters.firstDisallowed(in: $0.value) != nil }
            || element.children.contains { child in
                switch child {
                case .text(let text): XMLCharacters.firstDisallowed(in: text) != nil
                case .element(let element): holdsDisallowed(element)
                }
            }
    }

    private func visit(_ element: inout XMLTree.Element, path: String, warnings: inout [String]) throws(AKNExportError) {
        for index in element.attributes.indices {
            try clean(
                &element.attributes[index].value, at: "\(path)/@\(element.attributes[index].name)",
                warnings: &warnings)
        }
        for index in element.children.indices {
            // Take the child out (leaving an empty text) so that changing it copies nothing.
            let child = element.children[index]
            element.children[index] = .text("")
            switch child {
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
                    "the text holds \(name), which XML 1.0 cannot represent; remove it from the dossier, or have it replaced by U+FFFD (advocacy export --replace-invalid-characters; AKNExporter(unrepresentableCharacters: .replace))"
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
