/// The children of an element as a reader collects them: adjacent pieces of text (split by
/// comments, processing instructions or CDATA sections the reader skips or unwraps) become
/// one text node, joined in place. Joining them by `previous + text` copied the text so far
/// at every piece, so a paragraph split by a million comments took minutes.
struct XMLChildrenBuilder {
    private var nodes: [XMLTree.Node] = []
    private var text = ""

    /// Adds a piece of text to the current run.
    mutating func append(text piece: String) {
        text += piece
    }

    /// Ends the current run of text (if it holds any) and adds an element.
    mutating func append(_ element: XMLTree.Element) {
        endText()
        nodes.append(.element(element))
    }

    /// The children, the last run of text included.
    mutating func finish() -> [XMLTree.Node] {
        endText()
        return nodes
    }

    private mutating func endText() {
        guard !text.isEmpty else { return }
        nodes.append(.text(text))
        text = ""
    }
}
