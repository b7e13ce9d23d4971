import PropertyBased
import Testing

@testable import AdvocacyKit

/// A random string glued from pieces that exercise the tokeniser and natural order: articles
/// in several cases, digit runs (with leading zeros and too long for `Int`), white space,
/// marks, ignorables, capitals, non-ASCII letters, a combining mark and CR (CR LF is one
/// `Character`).
private func randomPieceString(using rng: inout some RandomNumberGenerator) -> String {
    let pieces = [
        "the", "The", "THE", "thé", "theme", "th", "e", " ", "  ", "\n", "\r", "\t", "\u{AD}", "\u{200B}", "-", "/", ".", "’",
        "_", "0", "7", "09", "10", "123", "99999999999999999999", "a", "B", "x", "Z", "é", "e\u{301}", "İ", "Σ", "ß", "Ǆ",
        "Ω", "ﬁ", "中",
    ]
    let count = Int.random(in: 0...8, using: &rng)
    return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
}

/// Random strings of ``randomPieceString(using:)``.
private let pieceStrings = Generator<String, Shrink.None<String>> { rng in randomPieceString(using: &rng) }

/// Lists of such strings, with repeats, to sort.
private let pieceLists = Generator<[String], Shrink.None<[String]>> { rng in
    let count = Int.random(in: 0...30, using: &rng)
    var list: [String] = []
    for _ in 0..<count {
        if !list.isEmpty, Bool.random(using: &rng) {
            list.append(list[Int.random(in: 0..<list.count, using: &rng)])
        } else {
            list.append(randomPieceString(using: &rng))
        }
    }
    return list
}

/// The natural order as it was first written: both strings split into chunks on every comparison.
private func referenceLess(_ a: String, _ b: String) -> Bool {
    enum Chunk: Equatable {
        case text(String)
        case number(Int)
    }
    func chunks(_ string: String) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits, current.count < 18, let n = Int(current) {
                result.append(.number(n))
            } else {
                result.append(.text(current))
            }
            current = ""
        }
        for character in string {
            let digit = character.isASCII && character.isNumber
            if digit != inDigits { flush() }
            inDigits = digit
            current.append(character)
        }
        flush()
        return result
    }
    let x = chunks(a)
    let y = chunks(b)
    for (p, q) in zip(x, y) where p != q {
        switch (p, q) {
        case (.number(let m), .number(let n)): return m < n
        case (.text(let s), .text(let t)): return s < t
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
    if x.count != y.count { return x.count < y.count }
    return a < b
}

/// Folding as it was first written: Unicode properties for every scalar.
private func referenceFolded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for scalar in scalars where GazetteerText.classify(scalar) != .ignorable {
        if scalar.properties.changesWhenLowercased {
            result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            result.append(scalar)
        }
    }
    return result
}

/// Whether a name starts with an article, as first written: from the name's tokens.
private func referenceStartsWithArticle(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    let tokens = GazetteerText.tokenize(scalars)
    return tokens.count >= 2 && tokens[0].isWord && tokens[1].gapBefore
        && referenceFolded(Array(scalars[tokens[0].start..<tokens[0].end])) == ["t", "h", "e"]
}

@Suite("Start-up fast paths agree with the straightforward versions")
struct FastPathEquivalenceTests {
    @Test("natural-order keys compare and sort as splitting the strings on every comparison does")
    func naturalOrderKeys() async {
        await propertyCheck(count: 300, input: pieceStrings, pieceStrings) { first, second in
            #expect(NaturalOrder.less(first, second) == referenceLess(first, second))
            #expect(NaturalOrder.less(second, first) == referenceLess(second, first))
            #expect(NaturalOrder.less(first, first + second) == referenceLess(first, first + second))
        }
        await propertyCheck(count: 300, input: pieceLists) { list in
            #expect(NaturalOrder.sorted(list) == list.sorted(by: referenceLess))
        }
    }

    @Test("natural order: numbers as numbers, long digit runs as text, then the strings themselves")
    func naturalOrderExamples() {
        let paths = ["b/10.txt", "b/9.txt", "a10", "a9", "a09", "A1", "99999999999999999999", "10", "e\u{301}", "é"]
        #expect(NaturalOrder.sorted(paths) == paths.sorted(by: referenceLess))
        #expect(NaturalOrder.sorted(["opinions[10]", "opinions[2]"]) == ["opinions[2]", "opinions[10]"])
    }

    @Test("folding with the ASCII fast path gives the scalars the Unicode lowercase mapping gives")
    func folding() async {
        await propertyCheck(count: 500, input: pieceStrings) { text in
            let scalars = Array(text.unicodeScalars)
            #expect(GazetteerText.folded(scalars) == referenceFolded(scalars))
            #expect(GazetteerText.folded(scalars[...]) == referenceFolded(scalars))
        }
        let every = (0..<0x800).compactMap(Unicode.Scalar.init) + ["İ", "Ǆ", "ﬁ", "\u{200B}", "\u{FEFF}", "Ω"]
        #expect(GazetteerText.folded(every) == referenceFolded(every))
    }

    @Test("a name starts with an article exactly when its tokens say so")
    func startsWithArticle() async {
        await propertyCheck(count: 1_000, input: pieceStrings) { name in
            #expect(GazetteerMatcher.startsWithArticle(name) == referenceStartsWithArticle(name))
        }
        let examples = [
            "The Left in the European Parliament", "the Lords", "The", "The ", " The\u{AD} Left", "The-Left", "Th\u{AD}e Left",
            "Theme Park", "THE LEFT", "thé Left", "The ’s", "\u{200B}the x",
        ]
        for name in examples {
            #expect(GazetteerMatcher.startsWithArticle(name) == referenceStartsWithArticle(name), "\(name)")
        }
    }
}

/// `Gazetteer.entries(named:)` looks forms up in an index; it must find what a pass over
/// every form finds.
@Suite("Gazetteer form look-ups agree with a pass over every form")
struct GazetteerFormIndexTests {
    /// The first version of `entries(named:)`: every candidate form compared with the query
    /// (the candidates' keys computed once, so that the test runs quickly in debug builds).
    private struct Reference {
        let gazetteer: Gazetteer
        let keys: [[(key: String, isAllCaps: Bool)]]

        init(_ gazetteer: Gazetteer) {
            self.gazetteer = gazetteer
            keys = gazetteer.entries.map { $0.forms.map(GazetteerText.lookupKey) }
        }

        func entries(named form: String) -> [Gazetteer.Entry] {
            let query = GazetteerText.lookupKey(form)
            guard !query.key.isEmpty else { return [] }
            let lowercasedQuery = query.key.lowercased()
            return gazetteer.entries.indices.filter { index in
                keys[index].contains { key in
                    key.isAllCaps ? key.key == query.key : key.key.lowercased() == lowercasedQuery
                }
            }.map { gazetteer.entries[$0] }
        }
    }

    @Test("every fifth form of the bundled gazetteer, as written, in lower and in upper case")
    func bundledForms() throws {
        let gazetteer = try Gazetteer.bundled()
        let reference = Reference(gazetteer)
        let forms = gazetteer.entries.flatMap(\.forms)
        for form in stride(from: 0, to: forms.count, by: 5).map({ forms[$0] }) {
            for query in [form, form.lowercased(), form.uppercased(), "the " + form] {
                #expect(gazetteer.entries(named: query) == reference.entries(named: query), "\(query)")
            }
        }
    }

    @Test("random queries, and a gazetteer changed after its first look-up")
    func randomQueriesAndChanges() async throws {
        var gazetteer = try Gazetteer.bundled()
        _ = gazetteer.entries(named: "IMCO")  // builds the index
        gazetteer.entries.append(
            Gazetteer.Entry(id: "test.thé", name: "The Left", type: .organisation, aliases: ["ΣΩ", "x-y"]))
        let changed = gazetteer
        let reference = Reference(changed)
        await propertyCheck(count: 300, input: pieceStrings) { query in
            #expect(changed.entries(named: query) == reference.entries(named: query))
        }
        #expect(changed.entries(named: "the left").contains { $0.id == "test.thé" })
    }
}
