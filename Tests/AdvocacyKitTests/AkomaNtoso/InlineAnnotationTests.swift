import PropertyBased
import Testing

@testable import AdvocacyKit

/// The inline layout keeps waiting annotations in a heap; it must lay out exactly what the
/// first version did, which passed over all waiting annotations and sorted them again at
/// every step (kept here as the reference).
@Suite struct InlineAnnotationTests {
    /// The steps of the layout over `text`, as the tree they describe.
    private static func layOut(_ annotations: [InlineAnnotation], over text: String) throws(InlineAnnotation.TooDeep) -> [XMLTree.Node] {
        let scalars = Array(text.unicodeScalars)
        // The open elements, innermost last, each with the nodes laid in it so far.
        var stack: [(element: XMLTree.Element?, nodes: [XMLTree.Node])] = [(nil, [])]
        let content = try InlineAnnotation.layOut(annotations, scalarCount: scalars.count)
        for step in content.steps {
            switch step {
            case .open(let annotation, let wrapper): stack.append((content.annotations[annotation].wrappers[wrapper], []))
            case .text(let range): stack[stack.count - 1].nodes.append(.text(String(String.UnicodeScalarView(scalars[range]))))
            case .close:
                let (element, nodes) = stack.removeLast()
                var closed = element ?? XMLTree.Element("")
                closed.children = nodes
                stack[stack.count - 1].nodes.append(.element(closed))
            }
        }
        return stack[0].nodes
    }

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

    /// Whether no two annotations that share a wrapper overlap: then leaving out elements
    /// nested in identical ones changes nothing, and the layout must be the first version's.
    private static func sharesNoWrapperWhileOverlapping(_ annotations: [InlineAnnotation]) -> Bool {
        for (index, annotation) in annotations.enumerated() {
            if Set(annotation.wrappers).count < annotation.wrappers.count { return false }
            for other in annotations[..<index]
            where other.start < annotation.end && annotation.start < other.end
                && !Set(other.wrappers).isDisjoint(with: annotation.wrappers)
                && other != annotation
            {
                return false
            }
        }
        return true
    }

    /// The layout of a generated case, which never nests deep enough to be refused.
    private static func laidOut(_ annotations: [InlineAnnotation], over text: String) -> [XMLTree.Node] {
        do {
            return try Self.layOut(annotations, over: text)
        } catch {
            Issue.record("a layout of \(annotations.count) annotations was refused as too deep")
            return []
        }
    }

    @Test("where no element could nest in an identical one, the layout is exactly the first version's")
    func layoutMatchesTheReference() async {
        await propertyCheck(count: 3_000, input: Self.layouts) { layout in
            let (text, annotations) = layout
            guard Self.sharesNoWrapperWhileOverlapping(annotations) else { return }
            #expect(Self.laidOut(annotations, over: text) == Self.referenceLayOut(annotations, over: text))
        }
    }

    /// Every element of `nodes` with its ancestors (outermost first), in document order.
    private static func elements(
        of nodes: [XMLTree.Node], ancestors: [XMLTree.Element] = [], into result: inout [(XMLTree.Element, [XMLTree.Element])]
    ) {
        for case .element(let element) in nodes {
            result.append((element, ancestors))
            var bare = element
            bare.children = []
            elements(of: element.children, ancestors: ancestors + [bare], into: &result)
        }
    }

    /// For each scalar offset of the laid-out text, the wrappers (without children) around it.
    private static func wrappersByOffset(_ nodes: [XMLTree.Node]) -> [Set<XMLTree.Element>] {
        var result: [Set<XMLTree.Element>] = []
        func walk(_ nodes: [XMLTree.Node], _ around: Set<XMLTree.Element>) {
            for node in nodes {
                switch node {
                case .text(let text): result += Array(repeating: around, count: text.unicodeScalars.count)
                case .element(let element):
                    var bare = element
                    bare.children = []
                    walk(element.children, around.union([bare]))
                }
            }
        }
        walk(nodes, [])
        return result
    }

    @Test("any layout keeps the text, covers every annotation and never nests an element in an identical one")
    func layoutInvariants() async {
        await propertyCheck(count: 3_000, input: Self.layouts) { layout in
            let (text, annotations) = layout
            let nodes = Self.laidOut(annotations, over: text)
            #expect(XMLTree.Element("p", children: nodes).textContent == text)
            var all: [(XMLTree.Element, [XMLTree.Element])] = []
            Self.elements(of: nodes, into: &all)
            for (element, ancestors) in all {
                var bare = element
                bare.children = []
                #expect(!ancestors.contains(bare), "\(element.name) nested in an identical element")
            }
            let around = Self.wrappersByOffset(nodes)
            let length = text.unicodeScalars.count
            for annotation in annotations where annotation.start < annotation.end && annotation.start >= 0 && annotation.end <= length {
                for offset in annotation.start..<annotation.end {
                    #expect(around[offset].isSuperset(of: annotation.wrappers))
                }
            }
        }
    }

    @Test("20,000 mentions inside one demand, in one paragraph, nest under it")
    func manyAnnotationsInOneParagraph() throws {
        // The first version passed over every waiting mention at each step: seconds for this.
        let text = String(repeating: "MEPs and ", count: 20_000)
        var annotations = (0..<20_000).map { index in
            InlineAnnotation(
                start: 9 * index, end: 9 * index + 4, rank: 3,
                wrappers: [XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#meps")])])
        }
        annotations.append(
            InlineAnnotation(start: 0, end: 9 * 20_000, rank: 1, wrappers: [XMLTree.Element("inline")]))
        let nodes = try Self.layOut(annotations, over: text)
        #expect(nodes.count == 1)
        guard case .element(let demand) = nodes.first else { return }
        #expect(demand.children.count == 40_000)
    }

    @Test("a mention inside a longer mention of the same entity adds no element")
    func identicalMentionInsideIsLeftOut() throws {
        let libe = XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#libe")])
        let text = "the LIBE Committee said"
        let nodes = try Self.layOut(
            [
                InlineAnnotation(start: 4, end: 8, rank: 3, wrappers: [libe]),
                InlineAnnotation(start: 4, end: 18, rank: 3, wrappers: [libe]),
            ], over: text)
        var outer = libe
        outer.children = [.text("LIBE Committee")]
        #expect(nodes == [.text("the "), .element(outer), .text(" said")])
    }

    @Test("100,000 mentions nested in one another are laid in linear memory, identical ones once")
    func deeplyNestedIdenticalMentions() throws {
        // The first version kept a copy of the remaining mentions per level of nesting
        // (quadratic memory: a hostile dossier of a few MB exhausted the machine).
        let count = 100_000
        let text = String(repeating: "a", count: 2 * count)
        let wrapper = XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#a")])
        let annotations = (0..<count).map { InlineAnnotation(start: $0, end: 2 * count - $0, rank: 3, wrappers: [wrapper]) }
        let nodes = try Self.layOut(annotations, over: text)
        // Compared piece by piece: a failure must not print the whole text.
        #expect(nodes.count == 1)
        guard case .element(let outer) = nodes.first else { return }
        #expect(outer.name == wrapper.name && outer.attributes == wrapper.attributes)
        #expect(outer.children.count == 1)
        #expect(outer.textContent == text)
    }

    @Test("many annotations of one range, each repeated, are laid once each, as the first version laid them")
    func manyAnnotationsOfOneRange() throws {
        // More than the 16 a short search handles: the rest are found by hashing.
        let text = "The harbour trusts urge the council to vote."
        let distinct = (0..<60).map { index in
            InlineAnnotation(
                start: 4, end: 18, rank: 3,
                wrappers: [XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#o\(index)")])])
        }
        let annotations = distinct + distinct.reversed() + distinct
        #expect(try Self.layOut(annotations, over: text) == Self.referenceLayOut(annotations, over: text))
    }

    @Test("distinct mentions nested deeper than XML readers accept are refused")
    func tooDeepIsRefused() {
        let count = InlineAnnotation.maximumDepth + 1
        let text = String(repeating: "a", count: 2 * count)
        let annotations = (0..<count).map { index in
            InlineAnnotation(
                start: index, end: 2 * count - index, rank: 3,
                wrappers: [XMLTree.Element("organization", attributes: [XMLTree.Attribute("refersTo", "#o\(index)")])])
        }
        #expect(throws: InlineAnnotation.TooDeep.self) { try Self.layOut(annotations, over: text) }
        #expect(throws: Never.self) { try Self.layOut(Array(annotations.dropLast()), over: text) }
    }
}
