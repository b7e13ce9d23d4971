/// Gives positional eIds to the elements a reader can cite, in a separate pass over the
/// finished tree (the AKN naming convention, as bluebell implements it):
/// `eId = <parent eId>__<name>_<n>`, counting same-named siblings from 1.
///
/// Blocks (`p`, `hcontainer`, `blockList`, `item`), references (`ref`), quote segments
/// (`embeddedText`), demands (`inline`) and lifecycle events (`eventRef`) get one.
/// `preface` contributes the prefix `preface` but no eId of its own; `mainBody`, `meta`,
/// `content` and `heading` contribute nothing. Semantic inlines that only point at a TLC
/// get none, so eIds do not shift when markup density changes.
enum AKNEIdAssigner {
    private static let aliases: [String: String] = [
        "p": "p", "hcontainer": "hcontainer", "blockList": "list", "item": "item", "ref": "ref",
        "embeddedText": "embeddedText", "inline": "inline", "eventRef": "eref",
    ]

    /// Assigns eIds below `root`, replacing any eId those elements had.
    static func assign(in root: inout XMLTree.Element) {
        var counters: [String: Int] = [:]
        visitChildren(of: &root, prefix: "", counters: &counters)
    }

    private static func visitChildren(of element: inout XMLTree.Element, prefix: String, counters: inout [String: Int]) {
        // Take the children out and each child out of them while it changes, so that the tree
        // is changed in place rather than copied level by level.
        var children = element.children
        element.children = []
        for index in children.indices {
            guard case .element(var child) = children[index] else { continue }
            children[index] = .text("")
            var childPrefix = prefix
            if let alias = aliases[child.name] {
                let key = "\(prefix)|\(alias)"
                let number = counters[key, default: 0] + 1
                counters[key] = number
                let eId = prefix.isEmpty ? "\(alias)_\(number)" : "\(prefix)__\(alias)_\(number)"
                child.attributes.removeAll { $0.name == "eId" }
                child.attributes.insert(XMLTree.Attribute("eId", eId), at: 0)
                childPrefix = eId
            } else if child.name == "preface" {
                childPrefix = "preface"
            }
            visitChildren(of: &child, prefix: childPrefix, counters: &counters)
            children[index] = .element(child)
        }
        element.children = children
    }
}
