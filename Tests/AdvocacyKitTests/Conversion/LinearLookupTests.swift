import PropertyBased
import Testing

@testable import AdvocacyKit

/// Random mentions in one paragraph, some sharing a start, some nested, in random order.
private let randomMentions = Generator<[AgentMention], Shrink.None<[AgentMention]>> { rng in
    var seen = Set<AgentMention>()
    for _ in 0..<Int.random(in: 0...40, using: &rng) {
        let start = Int.random(in: 0...60, using: &rng)
        let end = start + Int.random(in: 0...12, using: &rng)
        seen.insert(AgentMention(agent: AgentHandle(position: Int.random(in: 0...5, using: &rng)), span: SourceSpan(paragraph: 0, start: start, end: end)))
    }
    return Array(seen).shuffled(using: &rng)
}

/// The binary searches that keep look-ups in long paragraphs linear agree with the scans
/// they replaced.
@Suite("Linear look-ups agree with the scans they replaced")
struct LinearLookupTests {
    @Test("mentions of a stretch: the same in reading order, whether the group was sorted or not")
    func mentionsInReadingOrder() async {
        await propertyCheck(count: 500, input: randomMentions) { mentions in
            var unsorted = MentionsByParagraph()
            for mention in mentions { unsorted.append(mention) }
            var sorted = unsorted
            sorted.sort()
            for (lower, upper) in [(0, 80), (10, 30), (20, 21), (5, 5), (50, 75)] {
                let expected = mentions.filter { $0.span.start >= lower && $0.span.end <= upper }.sorted(by: MentionsByParagraph.precedes)
                #expect(unsorted.mentions(in: 0, from: lower, to: upper) == expected)
                #expect(sorted.mentions(in: 0, from: lower, to: upper) == expected)
                let odd = { (mention: AgentMention) in mention.agent.position % 2 == 1 }
                #expect(sorted.firstMention(in: 0, from: lower, to: upper, where: odd) == expected.first(where: odd))
                #expect(unsorted.firstMention(in: 0, from: lower, to: upper, where: odd) == expected.first(where: odd))
            }
        }
    }

    @Test("gazetteer matches: covering and first-within answers equal a scan of every match")
    func gazetteerMatchSearch() async {
        let layouts = Generator<[GazetteerMatch], Shrink.None<[GazetteerMatch]>> { rng in
            var matches: [GazetteerMatch] = []
            var position = 0
            for _ in 0..<Int.random(in: 0...20, using: &rng) {
                position += Int.random(in: 0...6, using: &rng)
                let length = Int.random(in: 1...8, using: &rng)
                matches.append(
                    GazetteerMatch(
                        start: position, end: position + length, target: .entry(0), form: "x", jurisdiction: nil,
                        entryJurisdiction: nil, isOneWord: true))
                position += length
            }
            return matches
        }
        await propertyCheck(count: 500, input: layouts) { matches in
            for start in 0..<70 {
                for end in start..<(start + 10) {
                    #expect(matches.covers(start, end) == matches.contains { $0.start <= start && end <= $0.end })
                    #expect(matches.first(startingAfter: start, endingBy: end) == matches.first { $0.start > start && $0.end <= end })
                }
            }
        }
    }
}
