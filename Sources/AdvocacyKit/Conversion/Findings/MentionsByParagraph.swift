/// The agent mentions of a document grouped by paragraph: paragraph indices are small and
/// dense, so the groups are an array indexed by paragraph rather than a dictionary keyed by
/// it.
///
/// A group is kept in reading order (by start, the longer first, then by agent) when its
/// mentions come in that order, and ``sort()`` puts the others in it, so that the mentions
/// of a stretch of text are found by binary search (``mentions(in:from:to:)``); a long
/// paragraph with thousands of names would otherwise make every look-up a pass over all of
/// them.
struct MentionsByParagraph: Sendable {
    private var groups: [[AgentMention]] = []
    /// Whether each group is in reading order.
    private var inOrder: [Bool] = []

    /// The mentions in paragraph `paragraph`, or `nil` if it has none.
    subscript(paragraph: Int) -> [AgentMention]? {
        paragraph < groups.count && !groups[paragraph].isEmpty ? groups[paragraph] : nil
    }

    /// Whether `a` comes before `b` in reading order.
    static func precedes(_ a: AgentMention, _ b: AgentMention) -> Bool {
        (a.span.start, -a.span.end, a.agent.position) < (b.span.start, -b.span.end, b.agent.position)
    }

    /// Adds a mention to its paragraph's group.
    mutating func append(_ mention: AgentMention) {
        let paragraph = mention.span.paragraph
        if paragraph >= groups.count {
            groups.append(contentsOf: repeatElement([], count: paragraph + 1 - groups.count))
            inOrder.append(contentsOf: repeatElement(true, count: paragraph + 1 - inOrder.count))
        }
        // Room for several at once: most paragraphs with a mention get a few.
        if groups[paragraph].isEmpty { groups[paragraph].reserveCapacity(16) }
        if let last = groups[paragraph].last, Self.precedes(mention, last) { inOrder[paragraph] = false }
        groups[paragraph].append(mention)
    }

    /// Removes the mentions of paragraph `paragraph` that satisfy `predicate` (the order of
    /// the others is kept).
    mutating func removeAll(in paragraph: Int, where predicate: (AgentMention) -> Bool) {
        guard paragraph < groups.count else { return }
        groups[paragraph].removeAll(where: predicate)
    }

    /// Puts every group in reading order.
    mutating func sort() {
        for paragraph in groups.indices where !inOrder[paragraph] {
            groups[paragraph].sort(by: Self.precedes)
            inOrder[paragraph] = true
        }
    }

    /// The first mention of paragraph `paragraph` in reading order that lies within the
    /// characters `lower..<upper` and satisfies `predicate`.
    func firstMention(
        in paragraph: Int, from lower: Int, to upper: Int, where predicate: (AgentMention) -> Bool
    ) -> AgentMention? {
        guard paragraph < groups.count, inOrder[paragraph] else {
            return mentions(in: paragraph, from: lower, to: upper).first(where: predicate)
        }
        let group = groups[paragraph]
        var position = firstPosition(in: group, startingAtOrAfter: lower)
        while position < group.count, group[position].span.start <= upper {
            if group[position].span.end <= upper, predicate(group[position]) { return group[position] }
            position += 1
        }
        return nil
    }

    /// The position of the first mention of a group in reading order that starts at or after `offset`.
    private func firstPosition(in group: [AgentMention], startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = group.count
        while low < high {
            let mid = (low + high) / 2
            if group[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The mentions of paragraph `paragraph` that lie within the characters `lower..<upper`,
    /// in reading order.
    func mentions(in paragraph: Int, from lower: Int, to upper: Int) -> [AgentMention] {
        guard paragraph < groups.count else { return [] }
        let group = groups[paragraph]
        guard inOrder[paragraph] else {
            return group.filter { $0.span.start >= lower && $0.span.end <= upper }.sorted(by: Self.precedes)
        }
        var low = firstPosition(in: group, startingAtOrAfter: lower)
        var result: [AgentMention] = []
        while low < group.count, group[low].span.start <= upper {
            if group[low].span.end <= upper { result.append(group[low]) }
            low += 1
        }
        return result
    }
}
