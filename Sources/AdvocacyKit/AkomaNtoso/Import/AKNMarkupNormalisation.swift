/// What the comparison of a document's markup with the export of its model copy leaves out:
/// the ways earlier versions of this package wrote the same facts.
///
/// - An element nested in an identical one (version 0.1 wrote a mention of "LIBE" inside a
///   mention of "LIBE Committee" of the same entity) says nothing more than the outer one, so
///   it is unwrapped.
/// - The model copy's own text and hash (`<proprietary><adv:model sha256="…">`): the copy is
///   the dossier the expected document was exported from, and its hash is checked against its
///   text on its own, so only its layout (compact JSON in 0.1, one key per line since) could
///   differ here.
enum AKNMarkupNormalisation {
    /// `element` with both normalisations applied throughout.
    static func normalised(_ element: XMLTree.Element) -> XMLTree.Element {
        var copy = element
        normalise(&copy, open: [])
        return copy
    }

    /// Normalises `element`'s content in place; `open` holds its ancestors and itself without
    /// their children. Documents that XML readers accept nest at most a few hundred levels,
    /// so the recursion is bounded.
    private static func normalise(_ element: inout XMLTree.Element, open: [XMLTree.Element]) {
        if isModelCopy(element, parent: open.last) {
            element.attributes.removeAll { $0.name == "sha256" }
            element.children = []
            return
        }
        var bare = element
        bare.children = []
        let inside = open + [bare]
        var children: [XMLTree.Node] = []
        children.reserveCapacity(element.children.count)
        for child in element.children {
            guard case .element(var nested) = child else {
                append(child, to: &children)
                continue
            }
            normalise(&nested, open: inside)
            var nestedBare = nested
            nestedBare.children = []
            if inside.contains(nestedBare) {
                nested.children.forEach { append($0, to: &children) }
            } else {
                children.append(.element(nested))
            }
        }
        element.children = children
    }

    /// Appends `node`, joining adjacent texts as a reader of the unwrapped markup would see them.
    private static func append(_ node: XMLTree.Node, to children: inout [XMLTree.Node]) {
        if case .text(let text) = node, case .text(let previous)? = children.last {
            children[children.count - 1] = .text(previous + text)
        } else {
            children.append(node)
        }
    }

    /// Whether `element` is the model copy: `model` (in any prefix) right inside `proprietary`.
    private static func isModelCopy(_ element: XMLTree.Element, parent: XMLTree.Element?) -> Bool {
        guard let parent, parent.name == "proprietary" || parent.name.hasSuffix(":proprietary") else { return false }
        return element.name == "model" || element.name.hasSuffix(":model")
    }
}
