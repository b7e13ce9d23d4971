/// A typed reference to one finding of a conversion: a ``FindingHandle<AgentFinding>`` can only
/// point at an agent, never at a law or a quote, so stages cannot mix up their indices.
struct FindingHandle<Finding>: Hashable, Comparable, Sendable {
    /// The finding's position in its ``FindingList``.
    let position: Int

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }
}

/// The findings of one kind, in the order they were found, addressed by ``FindingHandle``.
struct FindingList<Finding> {
    private(set) var elements: [Finding] = []

    /// The finding a handle points at. Read and modified in place (no copy of the finding, so
    /// reading one property of a finding costs no retain of its other properties).
    subscript(handle: FindingHandle<Finding>) -> Finding {
        _read { yield elements[handle.position] }
        _modify { yield &elements[handle.position] }
    }

    /// Adds a finding and returns its handle.
    @discardableResult
    mutating func append(_ finding: Finding) -> FindingHandle<Finding> {
        elements.append(finding)
        return FindingHandle(position: elements.count - 1)
    }

    /// Whether there are no findings.
    var isEmpty: Bool { elements.isEmpty }

    /// Every handle, in order.
    var handles: [FindingHandle<Finding>] { elements.indices.map(FindingHandle.init) }

    /// Every handle, in order, as a lazy view of the positions: for loops, which need no array
    /// (the list is not held, so it can be changed while its handles are iterated).
    var lazyHandles: LazyMapSequence<Range<Int>, FindingHandle<Finding>> { elements.indices.lazy.map(FindingHandle.init) }

    /// The handle of the last finding, if any.
    var lastHandle: FindingHandle<Finding>? { elements.isEmpty ? nil : FindingHandle(position: elements.count - 1) }

    /// The first handle whose finding satisfies `predicate`.
    func firstHandle(where predicate: (Finding) -> Bool) -> FindingHandle<Finding>? {
        elements.firstIndex(where: predicate).map(FindingHandle.init)
    }

    /// The last handle whose finding satisfies `predicate`.
    func lastHandle(where predicate: (Finding) -> Bool) -> FindingHandle<Finding>? {
        elements.lastIndex(where: predicate).map(FindingHandle.init)
    }

    /// The findings with their handles, in order.
    var withHandles: [(handle: FindingHandle<Finding>, finding: Finding)] {
        elements.enumerated().map { (FindingHandle(position: $0.offset), $0.element) }
    }

    /// The findings with their handles, in order, as a lazy view: for loops, which read each
    /// finding as they come to it instead of an array of copies of every finding made first.
    var lazyWithHandles: LazyMapSequence<Range<Int>, (handle: FindingHandle<Finding>, finding: Finding)> {
        let elements = elements
        return elements.indices.lazy.map { (handle: FindingHandle(position: $0), finding: elements[$0]) }
    }

    /// Removes the findings that satisfy `predicate`. Only for lists whose handles nobody holds yet.
    mutating func removeAll(where predicate: (Finding) -> Bool) {
        elements.removeAll(where: predicate)
    }
}

extension FindingList: Sendable where Finding: Sendable {}
