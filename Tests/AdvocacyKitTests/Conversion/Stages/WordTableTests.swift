import PropertyBased
import Testing

@testable import AdvocacyKit

/// Random strings from ASCII, Latin-1, Greek, CJK and emoji, so that every UTF-8 length occurs.
private let mixedStrings = Generator<String, Shrink.None<String>> { rng in
    let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0xFF, 0x391...0x3C9, 0x4E00...0x4E80, 0x1F600...0x1F64F]
    let length = Int.random(in: 0...40, using: &rng)
    var text = String.UnicodeScalarView()
    for _ in 0..<length {
        let range = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
        if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { text.append(scalar) }
    }
    return String(text)
}

@Suite("Word tables and scalar decoding")
struct WordTableTests {
    @Test("a word table finds exactly its words, with the last value of a word given twice")
    func tableLookups() {
        let table = WordTable([("urge", 1), ("call", 2), ("étude", 3), ("", 4), ("urge", 5)])
        #expect(table.count == 4)
        #expect(table["urge"] == 5)
        #expect(table["call"] == 2)
        #expect(table["étude"] == 3)
        #expect(table[""] == 4)
        #expect(table["Urge"] == nil)
        #expect(table["urges"] == nil)
        #expect(table["a long word that is not small enough to be stored inline"] == nil)
    }

    @Test("a word set agrees with Set<String> on random words, in and out of the set")
    func setAgreesWithSet() async {
        await propertyCheck(count: 200, input: mixedStrings, mixedStrings) { first, second in
            let words = [first, second, first + second, "the", "of"]
            let set = WordSet(words.dropLast(1))
            let reference = Set(words.dropLast(1))
            for word in words + [first.uppercased(), second + "s", ""] {
                #expect(set.contains(word) == reference.contains(word))
            }
        }
    }

    @Test("a token's stored hash finds the same words and values as hashing its folded text again")
    func tokenHashLookups() async {
        let vocabulary = StageFixture.vocabulary
        let words = ["the", "coalition", "urges", "café", "’s", "\u{2013}", "-", "."]
        let set = WordSet(words)
        let table = WordTable(words.enumerated().map { ($0.element, $0.offset) })
        let fixed = "The Coalition URGES the CAFÉ’s owners – and Ünïcode friends – to act. 3,500 members (IMCO) agree."
        await propertyCheck(count: 100, input: mixedStrings) { text in
            for paragraph in [StageFixture.paragraph(text), StageFixture.paragraph(fixed + " " + text)] {
                #expect(paragraph.foldedHashes.count == paragraph.tokens.count)
                for i in paragraph.tokens.indices {
                    #expect(paragraph.foldedHashes[i] == FNV1a.hash(paragraph.folded[i]))
                    #expect(paragraph.token(i, isOneOf: set) == set.contains(paragraph.folded[i]))
                    #expect(paragraph.value(of: i, in: table) == table[paragraph.folded[i]])
                    #expect(paragraph.cues[i] == (paragraph.tokens[i].kind == .word ? vocabulary.cues(of: paragraph.folded[i]) : []))
                }
            }
        }
    }

    @Test("an empty word set holds nothing")
    func emptySet() {
        let set = WordSet([])
        #expect(set.isEmpty)
        #expect(!set.contains(""))
        #expect(!set.contains("the"))
    }

    @Test("decoding a string's UTF-8 gives its Unicode scalars, for every length of sequence")
    func scalarDecoding() async {
        await propertyCheck(count: 200, input: mixedStrings) { text in
            #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
            #expect(String(scalars: ArraySlice([Unicode.Scalar](scalarsOf: text))) == text)
        }
    }

    @Test("a sentence starts at the first token of each sentence and nowhere else")
    func sentenceStarts() {
        let paragraph = StageFixture.paragraph("We ask. They refuse! Why?")
        let starts = paragraph.tokens.indices.filter(paragraph.startsSentence)
        #expect(starts == paragraph.sentences.map(\.lowerBound))
        #expect(starts == [0, 3, 6])
        #expect(!paragraph.startsSentence(-1) && !paragraph.startsSentence(paragraph.tokens.count))
    }
}
