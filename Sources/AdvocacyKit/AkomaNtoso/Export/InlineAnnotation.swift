/// A piece of inline markup to place over a range of one paragraph: one or more nested
/// elements (outermost first) that wrap the characters `start..<end`.
struct InlineAnnotation: Hashable {
    /// Offset of the first Unicode scalar covered.
    var start: Int
    /// Offset just past the last Unicode scalar covered.
    var end: Int
    /// Decides nesting between equal ranges: lower ranks go outside.
    var rank: Int
    /// The wrapping elements, outermost first, without children.
    var wrappers: [XMLTree.Element]

    /// Lays annotations over a paragraph's text, producing properly nested content.
    ///
    /// Identical annotations (the same range and elements, e.g. one addressee shared by
    /// several demands) are laid once.
    ///
    /// Markup only wraps text: concatenating the text of the result gives back `text`
    /// exactly. Where two annotations cross, the one that starts first (or, for equal
    /// starts, the longer one, or the lower rank) stays whole and the other is split into
    /// adjacent pieces with the same attributes.
    static func layOut(_ annotations: [InlineAnnotation], over text: String) -> [XMLTree.Node] {
        let scalars = Array(text.unicodeScalars)
        // Duplicates are found by range and rank first, so that the wrappers (elements with
        // attributes) are compared only for annotations over the same characters.
        var usable: [InlineAnnotation] = []
        usable.reserveCapacity(annotations.count)
        var byRange: [RangeKey: [Int]] = [:]
        for annotation in annotations
        where annotation.start < annotation.end && annotation.start >= 0 && annotation.end <= scalars.count {
            let key = RangeKey(start: annotation.start, end: annotation.end, rank: annotation.rank)
            if let earlier = byRange[key], earlier.contains(where: { usable[$0] == annotation }) { continue }
            byRange[key, default: []].append(usable.count)
            usable.append(annotation)
        }
        return nest(sorted(usable), from: 0, to: scalars.count, in: scalars)
    }

    /// What two annotations must share to be the same.
    private struct RangeKey: Hashable {
        var start: Int
        var end: Int
        var rank: Int
    }

    private static func sorted(_ annotations: [InlineAnnotation]) -> [InlineAnnotation] {
        annotations.sorted { $0.precedes($1) }
    }

    /// The order annotations are laid in: by start, longer first, lower rank first.
    private func precedes(_ other: InlineAnnotation) -> Bool {
        (start, -end, rank) < (other.start, -other.end, other.rank)
    }

    /// Lays out `annotations` (sorted by start; the first is laid first) over `lower..<upper`.
    ///
    /// The first annotation becomes the outermost element; those that start inside it are
    /// nested inside (one that crosses its end is split there: its head goes inside, its
    /// tail waits with the rest), and the rest wait, sorted (stably: tails before waiting
    /// annotations of the same key). The waiting ones are kept in a heap, so that each step
    /// costs a logarithm of their number rather than a pass over all of them, and a
    /// paragraph with n annotations is laid out in O(n log n).
    private static func nest(
        _ annotations: [InlineAnnotation], from lower: Int, to upper: Int, in scalars: [Unicode.Scalar]
    ) -> [XMLTree.Node] {
        var nodes: [XMLTree.Node] = []
        var cursor = lower
        /// Lays `outer` with `inside` nested in it.
        func lay(_ outer: InlineAnnotation, _ inside: [InlineAnnotation]) {
            if outer.start > cursor {
                nodes.append(.text(slice(scalars, cursor, outer.start)))
            }
            var content = nest(inside, from: outer.start, to: outer.end, in: scalars)
            for wrapper in outer.wrappers.reversed() {
                var element = wrapper
                element.children = content
                content = [.element(element)]
            }
            nodes += content
            cursor = outer.end
        }
        /// The head of `annotation` inside `outer`, and its tail after it if it crosses the end.
        func split(_ annotation: InlineAnnotation, at end: Int) -> (head: InlineAnnotation, tail: InlineAnnotation?) {
            guard annotation.end > end else { return (annotation, nil) }
            var head = annotation
            head.end = end
            var tail = annotation
            tail.start = end
            return (head, tail)
        }

        guard let first = annotations.first else {
            if upper > cursor { nodes.append(.text(slice(scalars, cursor, upper))) }
            return nodes
        }
        // The first step takes the list as given; after it, everything waits in the heap.
        var inside: [InlineAnnotation] = []
        var after: [InlineAnnotation] = []
        let rest = annotations.dropFirst()
        let boundary = rest.firstIndex { $0.start >= first.end } ?? rest.endIndex
        for annotation in rest[..<boundary] {
            let (head, tail) = split(annotation, at: first.end)
            inside.append(head)
            if let tail { after.append(tail) }
        }
        after += rest[boundary...]
        var waiting = Waiting(sorted(after))
        lay(first, inside)
        while let outer = waiting.popFirst() {
            inside = []
            var tails: [InlineAnnotation] = []
            while let next = waiting.first, next.start < outer.end {
                _ = waiting.popFirst()
                let (head, tail) = split(next, at: outer.end)
                inside.append(head)
                if let tail { tails.append(tail) }
            }
            waiting.insertBeforeEqual(tails)
            lay(outer, inside)
        }
        if upper > cursor {
            nodes.append(.text(slice(scalars, cursor, upper)))
        }
        return nodes
    }

    /// Annotations waiting to be laid, in the order a stable sort of them would give: a
    /// binary heap on the annotation order, ties broken by a sequence number.
    private struct Waiting {
        private var heap: [(annotation: InlineAnnotation, sequence: Int)] = []
        /// The next sequence number for annotations that go before all equal ones.
        private var nextEarlySequence = -1

        /// Annotations already sorted; their sequence is their position.
        init(_ sorted: [InlineAnnotation]) {
            heap = sorted.enumerated().map { ($0.element, $0.offset) }  // a sorted array is a heap
        }

        var first: InlineAnnotation? { heap.first?.annotation }

        /// Adds annotations (in their order) before every waiting one with the same key, as
        /// a stable sort of `annotations + waiting` would place them.
        mutating func insertBeforeEqual(_ annotations: [InlineAnnotation]) {
            let base = nextEarlySequence - annotations.count + 1
            nextEarlySequence = base - 1
            for (offset, annotation) in annotations.enumerated() {
                heap.append((annotation, base + offset))
                siftUp(heap.count - 1)
            }
        }

        mutating func popFirst() -> InlineAnnotation? {
            guard !heap.isEmpty else { return nil }
            heap.swapAt(0, heap.count - 1)
            let first = heap.removeLast().annotation
            siftDown(0)
            return first
        }

        private func less(_ i: Int, _ j: Int) -> Bool {
            let (a, b) = (heap[i], heap[j])
            if a.annotation.precedes(b.annotation) { return true }
            if b.annotation.precedes(a.annotation) { return false }
            return a.sequence < b.sequence
        }

        private mutating func siftUp(_ index: Int) {
            var child = index
            while child > 0 {
                let parent = (child - 1) / 2
                guard less(child, parent) else { return }
                heap.swapAt(child, parent)
                child = parent
            }
        }

        private mutating func siftDown(_ index: Int) {
            var parent = index
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var smallest = left
                if left + 1 < heap.count, less(left + 1, left) { smallest = left + 1 }
                guard less(smallest, parent) else { return }
                heap.swapAt(smallest, parent)
                parent = smallest
            }
        }
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        String(scalars: scalars[from..<to])
    }
}
