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
        annotations.sorted { ($0.start, -$0.end, $0.rank) < ($1.start, -$1.end, $1.rank) }
    }

    private static func nest(
        _ annotations: [InlineAnnotation], from lower: Int, to upper: Int, in scalars: [Unicode.Scalar]
    ) -> [XMLTree.Node] {
        var nodes: [XMLTree.Node] = []
        var cursor = lower
        var pending = annotations[...]
        while let outer = pending.first {
            pending = pending.dropFirst()
            var inside: [InlineAnnotation] = []
            var after: [InlineAnnotation] = []
            for annotation in pending {
                if annotation.start >= outer.end {
                    after.append(annotation)
                } else if annotation.end <= outer.end {
                    inside.append(annotation)
                } else {
                    var head = annotation
                    head.end = outer.end
                    var tail = annotation
                    tail.start = outer.end
                    inside.append(head)
                    after.append(tail)
                }
            }
            pending = sorted(after)[...]
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
        if upper > cursor {
            nodes.append(.text(slice(scalars, cursor, upper)))
        }
        return nodes
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        String(scalars: scalars[from..<to])
    }
}
