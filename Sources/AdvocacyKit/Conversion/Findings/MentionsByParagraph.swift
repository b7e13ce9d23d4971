/// The agent mentions of a document grouped by paragraph, in the order they were noted:
/// paragraph indices are small and dense, so the groups are an array indexed by paragraph
/// rather than a dictionary keyed by it.
struct MentionsByParagraph: Sendable {
    private var groups: [[AgentMention]] = []

    /// The mentions in paragraph `paragraph`, or `nil` if it has none.
    subscript(paragraph: Int) -> [AgentMention]? {
        paragraph < groups.count && !groups[paragraph].isEmpty ? groups[paragraph] : nil
    }

    /// Adds a mention to its paragraph's group.
    mutating func append(_ mention: AgentMention) {
        let paragraph = mention.span.paragraph
        if paragraph >= groups.count { groups.append(contentsOf: repeatElement([], count: paragraph + 1 - groups.count)) }
        // Room for several at once: most paragraphs with a mention get a few.
        if groups[paragraph].isEmpty { groups[paragraph].reserveCapacity(16) }
        groups[paragraph].append(mention)
    }

    /// Removes the mentions of paragraph `paragraph` that satisfy `predicate`.
    mutating func removeAll(in paragraph: Int, where predicate: (AgentMention) -> Bool) {
        guard paragraph < groups.count else { return }
        groups[paragraph].removeAll(where: predicate)
    }
}
