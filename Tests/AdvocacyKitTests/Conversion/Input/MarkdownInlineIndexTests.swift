import PropertyBased
import Testing

@testable import AdvocacyKit

/// Random inline texts made of the characters the index pairs up.
private let delimiterTexts = Generator<[Unicode.Scalar], Shrink.None<[Unicode.Scalar]>> { rng in
    let alphabet: [Unicode.Scalar] = ["[", "]", "(", ")", "\\", "`", "a", "-", ">", "<", "!"]
    return (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
}

/// The scan the Markdown renderer made from an opener: nesting counted, a backslash hiding
/// the next character.
private func scanClose(_ s: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
    var depth = 0
    var index = start
    while index < s.count {
        switch s[index] {
        case "\\": index += 1
        case open: depth += 1
        case close:
            depth -= 1
            if depth == 0 { return index }
        default: break
        }
        index += 1
    }
    return nil
}

@Suite("Markdown inline index")
struct MarkdownInlineIndexTests {
    @Test("brackets, parentheses, backtick runs and comment ends are where a scan from each finds them")
    func agreesWithScans() async {
        await propertyCheck(count: 1_000, input: delimiterTexts) { text in
            let index = MarkdownInlineIndex(text[...])
            for (position, scalar) in text.enumerated() {
                if scalar == "[" {
                    #expect(index.bracketClose(position, before: text.count) == scanClose(text, from: position, open: "[", close: "]"))
                    #expect(index.firstBracket(from: position, before: text.count) == text[position...].firstIndex(of: "]"))
                }
                if scalar == "(" {
                    #expect(index.parenthesisClose(position, before: text.count) == scanClose(text, from: position, open: "(", close: ")"))
                }
                let comment = (position..<max(position, text.count - 2)).first { text[$0] == "-" && text[$0 + 1] == "-" && text[$0 + 2] == ">" }
                #expect(index.commentEnd(from: position, before: text.count) == comment)
                for length in 1...3 {
                    let run = (position..<text.count).first { start in
                        (start == 0 || text[start - 1] != "`") && start + length <= text.count
                            && text[start..<(start + length)].allSatisfy { $0 == "`" }
                            && (start + length == text.count || text[start + length] != "`")
                    }
                    #expect(index.run(of: length, from: position, before: text.count) == run)
                }
            }
        }
    }

    @Test("links nested ever so deeply are read without crashing, their words kept")
    func deeplyNestedLinks() {
        let depth = 20_000
        let text = String(repeating: "[", count: depth) + "the ferry vote" + String(repeating: "](x)", count: depth)
        let rendered = MarkdownReader.inlineText(text)
        #expect(rendered.contains("the ferry vote"))
        let unclosed = MarkdownReader.inlineText(String(repeating: "[a ", count: depth))
        #expect(unclosed.hasPrefix("[a [a"))
    }
}
