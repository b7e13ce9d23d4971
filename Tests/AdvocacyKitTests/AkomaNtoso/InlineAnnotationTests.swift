import PropertyBased
import Testing

@testable import AdvocacyKit

/// The inline layout keeps waiting annotations in a heap; it must lay out exactly what the
/// first version did, which passed over all waiting annotations and sorted them again at
/// every step (kept here as the reference).
@Suite struct InlineAnnotationTests {
    /// The first version's nesting, unchanged.
    private static func referenceNest(
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
            pending = referenceSorted(after)[...]
            if outer.start > cursor {
                nodes.append(.text(String(String.UnicodeScalarView(scalars[cursor..<outer.start]))))
            }
            var content = referenceNest(inside, from: outer.start, to: outer.end, in: scalars)
            for wrapper in outer.wrappers.reversed() {
                var element = wrapper
                element.children = content
                content = [.element(element)]
            }
            nodes += content
            cursor = outer.end
        }
        if upper > cursor {
            nodes.append(.text(String(String.UnicodeScalarView(scalars[cursor..<upper]))))
        }
        return nodes
    }

    private static func referenceSorted(_ annotations: [InlineAnnotation]) -> [InlineAnnotation] {
        annotations.sorted { ($0.start, -$0.end, $0.rank) < ($1.start, -$1.end, $1.rank) }
    }

    private static func referenceLayOut(_ annotations: [InlineAnnotation], over text: String) -> [XMLTree.Node] {
        let scalars = Array(text.unicodeScalars)
        var usable: [InlineAnnotation] = []
        for annotation in annotations
        where annotation.start < annotation.end && annotation.start >= 0 && annotation.end <= scalars.count
            && !usable.contains(annotation)
        {
            usable.append(annotation)
        }
        return referenceNest(referenceSorted(usable), from: 0, to: scalars.count, in: scalars)
    }

    /// A text of up to 30 scalars and up to 14 annotations over it, crossing, nesting and
    /// repeating one another, with a few out of range; few ranks and wrappers, so that ties
    /// between equal keys are common.
    private static let layouts = Generator<(String, [InlineAnnotation]), Shrink.None<(String, [InlineAnnotation])>> { rng in
        let length = Int.random(in: 0...30, using: &rng)
        let text = String(String.UnicodeScalarView((0..<length).map { _ in
            ["a", "é", "中", " ", "😀"].randomElement(using: &rng) ?? "a"
        }))
        let wrappers = [
            XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#a")]),
            XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#b")]),
            XMLTree.Element("inline", attributes: [XMLTree.Attribute("name", "demand")]),
            XMLTree.Element("ref", attributes: [XMLTree.Attribute("href", "/akn/x")]),
        ]
        let annotations = (0..<Int.random(in: 0...14, using: &rng)).map { _ -> InlineAnnotation in
            let start = Int.random(in: -1...(length + 1), using: &rng)
            let end = start + Int.random(in: -1...12, using: &rng)
            let count = Int.random(in: 1...2, using: &rng)
            return InlineAnnotation(
                start: start, end: end, rank: Int.random(in: 0...2, using: &rng),
                wrappers: (0..<count).map { _ in wrappers.randomElement(using: &rng) ?? wrappers[0] })
        }
        return (text, annotations)
    }

    @Test("the heap layout gives exactly the first version's nodes")
    func layoutMatchesTheReference() async {
        await propertyCheck(count: 3_000, input: Self.layouts) { layout in
            let (text, annotations) = layout
            #expect(InlineAnnotation.layOut(annotations, over: text) == Self.referenceLayOut(annotations, over: text))
        }
    }

    @Test("20,000 mentions inside one demand, in one paragraph, nest under it")
    func manyAnnotationsInOneParagraph() {
        // The first version passed over every waiting mention at each step: seconds for this.
        let text = String(repeating: "MEPs and ", count: 20_000)
        var annotations = (0..<20_000).map { index in
            InlineAnnotation(
                start: 9 * index, end: 9 * index + 4, rank: 3,
                wrappers: [XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#meps")])])
        }
        annotations.append(
            InlineAnnotation(start: 0, end: 9 * 20_000, rank: 1, wrappers: [XMLTree.Element("inline")]))
        let nodes = InlineAnnotation.layOut(annotations, over: text)
        #expect(nodes.count == 1)
        guard case .element(let demand) = nodes.first else { return }
        #expect(demand.children.count == 40_000)
    }
}
