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

    /// One step of a paragraph's content, in document order. Steps hold no element, only
    /// where to find it, so that laying, keeping and walking them costs no reference counting.
    enum Step: Hashable {
        /// Opens wrapper `wrapper` of annotation `annotation` of the ``Content/annotations``.
        case open(annotation: Int, wrapper: Int)
        /// The paragraph's Unicode scalars at these offsets.
        case text(Range<Int>)
        /// Closes the innermost open element.
        case close
    }

    /// A paragraph's content, laid out: the steps, and the annotations their opens name.
    struct Content {
        var steps: [Step]
        var annotations: [InlineAnnotation]
    }

    /// Lays annotations over a paragraph of `scalarCount` Unicode scalars, producing properly
    /// nested content as steps to write.
    ///
    /// Identical annotations (the same range and elements, e.g. one addressee shared by
    /// several demands) are laid once, and an element is never nested in an identical one
    /// (a mention of "LIBE" inside a mention of "LIBE Committee" of the same entity adds
    /// nothing): such a wrapper is left out, and what it held goes on inside the outer one.
    ///
    /// Markup only wraps text: the text steps cover `0..<scalarCount` exactly once, in order.
    /// Where two annotations cross, the one that starts first (or, for equal starts, the
    /// longer one, or the lower rank) stays whole and the other is split into adjacent pieces
    /// with the same attributes.
    ///
    /// One pass over the annotations in that order, with the open elements on a stack and
    /// the tails of split annotations in a heap: O(n log n) time and O(n) memory for n
    /// annotations, however they nest.
    /// - Throws: ``TooDeep`` when the elements would nest deeper than ``maximumDepth``.
    static func layOut(_ annotations: [InlineAnnotation], scalarCount: Int) throws(TooDeep) -> Content {
        // In laying order, ties kept in the given order; duplicates are then next to the
        // annotations with the same range and rank, so that the wrappers (elements with
        // attributes) are compared only for annotations over the same characters.
        let order = annotations.indices.filter { index in
            let annotation = annotations[index]
            return annotation.start < annotation.end && annotation.start >= 0 && annotation.end <= scalarCount
        }.sorted { a, b in
            annotations[a].precedes(annotations[b]) || (!annotations[b].precedes(annotations[a]) && a < b)
        }
        var usable: [InlineAnnotation] = []
        usable.reserveCapacity(order.count)
        var runStart = 0  // where the annotations with the range and rank of the last one begin
        var run: Set<InlineAnnotation>?  // those annotations, once there are many of them
        for index in order {
            let annotation = annotations[index]
            if let last = usable.last, last.start == annotation.start, last.end == annotation.end, last.rank == annotation.rank {
                if run != nil {
                    guard run?.insert(annotation).inserted == true else { continue }
                } else if usable[runStart...].contains(annotation) {
                    continue
                } else if usable.count - runStart >= 16 {
                    // Hashed from here on, so that many mentions of one range cost linear time.
                    run = Set(usable[runStart...])
                    run?.insert(annotation)
                }
            } else {
                runStart = usable.count
                run = nil
            }
            usable.append(annotation)
        }
        var layout = Layout(scalarCount: scalarCount, annotations: usable.count)
        var waiting = Waiting(usable)
        while let next = waiting.popFirst() {
            layout.close(before: next.start)
            var piece = next
            // One that crosses the end of the innermost open element is split there: its
            // head goes inside, its tail waits with the rest.
            if let end = layout.openEnd, piece.end > end {
                var tail = piece
                tail.start = end
                waiting.insertTail(tail)
                piece.end = end
            }
            try layout.open(piece, of: usable)
        }
        return Content(steps: layout.finish(), annotations: usable)
    }

    /// An annotation, or a piece of one split where it crosses another, to lay: its range
    /// and rank, and its position in the annotations laid (whose wrappers it opens).
    private struct Piece {
        var start: Int
        var end: Int
        var rank: Int
        var annotation: Int

        /// The order pieces are laid in: by start, longer first, lower rank first.
        func precedes(_ other: Piece) -> Bool {
            (start, -end, rank) < (other.start, -other.end, other.rank)
        }
    }

    /// The laying order of two annotations (that of their pieces).
    private func precedes(_ other: InlineAnnotation) -> Bool {
        (start, -end, rank) < (other.start, -other.end, other.rank)
    }

    /// The content being laid: the open annotations, innermost last, and the steps so far.
    private struct Layout {
        /// One open annotation: a run of nested wrappers.
        private struct Frame {
            /// Where its characters end.
            var end: Int
            /// How many elements it opened (the last ones of `openWrappers`).
            var count: Int
        }

        private let scalarCount: Int
        /// The open annotations, innermost last.
        private var stack: [Frame] = []
        /// The open elements, innermost last, as (annotation, wrapper) positions, to leave out
        /// identical ones. At most ``InlineAnnotation/maximumDepth`` long, so a search in it
        /// is bounded.
        private var openWrappers: [(annotation: Int, wrapper: Int)] = []
        /// How far the text has been laid.
        private var cursor = 0
        private var steps: [Step] = []

        /// A layout for `annotations` annotations, whose steps (one text, open and close
        /// each, and a text at the end, unless annotations are split) are allocated at once.
        init(scalarCount: Int, annotations: Int) {
            self.scalarCount = scalarCount
            steps.reserveCapacity(3 * annotations + 1)
        }

        /// Where the innermost open annotation ends, if one is open.
        var openEnd: Int? { stack.last?.end }

        /// Closes every open annotation that ends at or before `offset`.
        mutating func close(before offset: Int) {
            while let innermost = stack.last, innermost.end <= offset {
                closeInnermost()
            }
        }

        /// Opens `piece` of `annotations[piece.annotation]`, which lies inside the innermost
        /// open one, after the text up to its start.
        mutating func open(_ piece: Piece, of annotations: [InlineAnnotation]) throws(TooDeep) {
            var count = 0
            let wrappers = annotations[piece.annotation].wrappers
            for (index, wrapper) in wrappers.enumerated()
            where !openWrappers.contains(where: { annotations[$0.annotation].wrappers[$0.wrapper] == wrapper }) {
                openWrappers.append((piece.annotation, index))
                count += 1
            }
            guard count > 0 else { return }
            appendText(upTo: piece.start)
            guard openWrappers.count <= InlineAnnotation.maximumDepth else { throw TooDeep() }
            for opened in openWrappers.suffix(count) {
                steps.append(.open(annotation: opened.annotation, wrapper: opened.wrapper))
            }
            stack.append(Frame(end: piece.end, count: count))
        }

        /// Closes everything and returns the paragraph's steps.
        mutating func finish() -> [Step] {
            close(before: scalarCount)
            appendText(upTo: scalarCount)
            return steps
        }

        private mutating func closeInnermost() {
            let frame = stack.removeLast()
            appendText(upTo: frame.end)
            openWrappers.removeLast(frame.count)
            steps.append(contentsOf: repeatElement(.close, count: frame.count))
        }

        private mutating func appendText(upTo offset: Int) {
            guard offset > cursor else { return }
            steps.append(.text(cursor..<offset))
            cursor = offset
        }
    }

    /// Annotations waiting to be laid, in the order a stable sort of them would give: those
    /// given at the start, already in that order, are taken in turn, and the tails of split
    /// annotations wait in a binary heap on the annotation order, ties broken by the order
    /// they were split off. A tail goes before every given annotation with the same key.
    private struct Waiting {
        private let sorted: [InlineAnnotation]
        /// The next of `sorted` to hand out.
        private var next = 0
        private var tails: [(piece: Piece, sequence: Int)] = []
        private var nextTailSequence = 0

        /// Annotations already sorted.
        init(_ sorted: [InlineAnnotation]) {
            self.sorted = sorted
        }

        /// Adds the tail of a split annotation.
        mutating func insertTail(_ piece: Piece) {
            tails.append((piece, nextTailSequence))
            nextTailSequence += 1
            siftUp(tails.count - 1)
        }

        mutating func popFirst() -> Piece? {
            let given = next < sorted.count ? Self.piece(of: sorted[next], at: next) : nil
            if let tail = tails.first, !(given?.precedes(tail.piece) ?? false) {
                tails.swapAt(0, tails.count - 1)
                let first = tails.removeLast().piece
                siftDown(0)
                return first
            }
            guard let given else { return nil }
            next += 1
            return given
        }

        private static func piece(of annotation: InlineAnnotation, at position: Int) -> Piece {
            Piece(start: annotation.start, end: annotation.end, rank: annotation.rank, annotation: position)
        }

        private func less(_ i: Int, _ j: Int) -> Bool {
            if tails[i].piece.precedes(tails[j].piece) { return true }
            if tails[j].piece.precedes(tails[i].piece) { return false }
            return tails[i].sequence < tails[j].sequence
        }

        private mutating func siftUp(_ index: Int) {
            var child = index
            while child > 0 {
                let parent = (child - 1) / 2
                guard less(child, parent) else { return }
                tails.swapAt(child, parent)
                child = parent
            }
        }

        private mutating func siftDown(_ index: Int) {
            var parent = index
            while true {
                let left = 2 * parent + 1
                guard left < tails.count else { return }
                var smallest = left
                if left + 1 < tails.count, less(left + 1, left) { smallest = left + 1 }
                guard less(smallest, parent) else { return }
                tails.swapAt(smallest, parent)
                parent = smallest
            }
        }
    }
}
