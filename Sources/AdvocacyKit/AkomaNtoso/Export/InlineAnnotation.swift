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

    /// The deepest inline markup a paragraph may get: libxml2 refuses documents nested more
    /// than 256 levels deep, and the blocks around a paragraph take a few of those.
    static let maximumDepth = 128

    /// Why a layout was refused: its markup would nest deeper than ``maximumDepth``.
    struct TooDeep: Error {}

    /// Lays annotations over a paragraph's text, producing properly nested content.
    ///
    /// Identical annotations (the same range and elements, e.g. one addressee shared by
    /// several demands) are laid once, and an element is never nested in an identical one
    /// (a mention of "LIBE" inside a mention of "LIBE Committee" of the same entity adds
    /// nothing): such a wrapper is left out, and what it held goes on inside the outer one.
    ///
    /// Markup only wraps text: concatenating the text of the result gives back `text`
    /// exactly. Where two annotations cross, the one that starts first (or, for equal
    /// starts, the longer one, or the lower rank) stays whole and the other is split into
    /// adjacent pieces with the same attributes.
    ///
    /// One pass over the annotations in that order, with the open elements on a stack and
    /// the waiting annotations in a heap: O(n log n) time and O(n) memory for n annotations,
    /// however they nest.
    /// - Throws: ``TooDeep`` when the elements would nest deeper than ``maximumDepth``.
    static func layOut(_ annotations: [InlineAnnotation], over text: String) throws(TooDeep) -> [XMLTree.Node] {
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
        var layout = Layout(scalars: scalars)
        var waiting = Waiting(sorted(usable))
        while let next = waiting.popFirst() {
            layout.close(before: next.start)
            var annotation = next
            // One that crosses the end of the innermost open element is split there: its
            // head goes inside, its tail waits with the rest.
            if let end = layout.openEnd, annotation.end > end {
                var tail = annotation
                tail.start = end
                waiting.insertTail(tail)
                annotation.end = end
            }
            try layout.open(annotation)
        }
        return layout.finish()
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

    /// The content being built: the open elements, innermost last, each with the nodes laid
    /// in it so far.
    private struct Layout {
        /// One open element (or a run of nested wrappers of one annotation).
        private struct Frame {
            /// Where its characters end.
            var end: Int
            /// Its wrappers, outermost first; empty for the paragraph itself.
            var wrappers: [XMLTree.Element]
            /// What it holds so far.
            var nodes: [XMLTree.Node] = []
        }

        private let scalars: [Unicode.Scalar]
        /// The paragraph at the bottom, then the open annotations.
        private var stack: [Frame]
        /// The wrappers of the open annotations, to leave out identical ones.
        private var openWrappers: Set<XMLTree.Element> = []
        /// The number of open elements.
        private var depth = 0
        /// How far the text has been laid.
        private var cursor = 0

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            stack = [Frame(end: scalars.count, wrappers: [])]
        }

        /// Where the innermost open annotation ends, if one is open.
        var openEnd: Int? { stack.count > 1 ? stack[stack.count - 1].end : nil }

        /// Closes every open annotation that ends at or before `offset`.
        mutating func close(before offset: Int) {
            while stack.count > 1, stack[stack.count - 1].end <= offset {
                closeInnermost()
            }
        }

        /// Opens `annotation`, which lies inside the innermost open one, after the text up to its start.
        mutating func open(_ annotation: InlineAnnotation) throws(TooDeep) {
            var wrappers: [XMLTree.Element] = []
            for wrapper in annotation.wrappers where openWrappers.insert(wrapper).inserted {
                wrappers.append(wrapper)
            }
            guard !wrappers.isEmpty else { return }
            appendText(upTo: annotation.start)
            depth += wrappers.count
            guard depth <= InlineAnnotation.maximumDepth else { throw TooDeep() }
            stack.append(Frame(end: annotation.end, wrappers: wrappers))
        }

        /// Closes everything and returns the paragraph's content.
        mutating func finish() -> [XMLTree.Node] {
            close(before: scalars.count)
            appendText(upTo: scalars.count)
            return stack[0].nodes
        }

        private mutating func closeInnermost() {
            let frame = stack.removeLast()
            var content = frame.nodes
            if frame.end > cursor {
                content.append(.text(InlineAnnotation.slice(scalars, cursor, frame.end)))
                cursor = frame.end
            }
            for wrapper in frame.wrappers.reversed() {
                openWrappers.remove(wrapper)
                var element = wrapper
                element.children = content
                content = [.element(element)]
            }
            depth -= frame.wrappers.count
            stack[stack.count - 1].nodes += content
        }

        private mutating func appendText(upTo offset: Int) {
            guard offset > cursor else { return }
            stack[stack.count - 1].nodes.append(.text(InlineAnnotation.slice(scalars, cursor, offset)))
            cursor = offset
        }
    }

    /// Annotations waiting to be laid, in the order a stable sort of them would give: a
    /// binary heap on the annotation order, ties broken by a sequence number. Tails of split
    /// annotations go before every waiting annotation with the same key, in the order they
    /// were split off.
    private struct Waiting {
        private var heap: [(annotation: InlineAnnotation, sequence: Int)] = []
        /// The sequence number of the next tail: below every annotation given at the start.
        private var nextTailSequence = Int.min

        /// Annotations already sorted; their sequence is their position.
        init(_ sorted: [InlineAnnotation]) {
            heap = sorted.enumerated().map { ($0.element, $0.offset) }  // a sorted array is a heap
        }

        /// Adds the tail of a split annotation.
        mutating func insertTail(_ annotation: InlineAnnotation) {
            heap.append((annotation, nextTailSequence))
            nextTailSequence += 1
            siftUp(heap.count - 1)
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
