import Foundation
import Testing

@testable import AdvocacyKit

/// Recognising printed bill, COM, procedure and CELEX numbers in running text.
@Suite("Legislative identifiers")
struct LegislativeIdentifierTests {
    /// A sentence and the one identifier in it, as written.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: String

        init(_ text: String, _ value: String) {
            self.text = text
            self.value = value
        }

        var testDescription: String { text.debugDescription }
    }

    /// The recogniser's matches in `text`.
    static func matches(_ text: String) -> [LegislativeIdentifierMatch] {
        LegislativeIdentifierRecognizer.identifiers(in: text)
    }

    /// The scalar offset of the first `needle` in `text`, or -1.
    static func scalarOffset(of needle: String, in text: String) -> Int {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return -1 }
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<start + pattern.count]) == pattern {
            return start
        }
        return -1
    }

    /// Expects exactly one match in the case's text: its value, scheme, jurisdiction, origin and
    /// offsets.
    static func expectOne(
        _ testCase: Case, _ scheme: DocumentIdentifier.Scheme, _ jurisdiction: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = matches(testCase.text)
        #expect(found.map(\.identifier.value) == [testCase.value], sourceLocation: sourceLocation)
        guard let match = found.first, found.count == 1 else { return }
        let start = scalarOffset(of: testCase.value, in: testCase.text)
        #expect(match.identifier == DocumentIdentifier(scheme, testCase.value, origin: .source), sourceLocation: sourceLocation)
        #expect(match.jurisdiction == jurisdiction, sourceLocation: sourceLocation)
        #expect(match.start == start, sourceLocation: sourceLocation)
        #expect(match.end == start + testCase.value.unicodeScalars.count, sourceLocation: sourceLocation)
        #expect(match.range == match.start..<match.end, sourceLocation: sourceLocation)
    }

    // MARK: - US Congress

    static let usBills: [Case] = [
        Case("The committee marked up H.R. 4411 on Tuesday.", "H.R. 4411"),
        Case("Advocates want H.R.5120 passed before the recess.", "H.R.5120"),
        Case("Call your representative about HR 5120 today.", "HR 5120"),
        Case("We oppose H. R. 815 as drafted.", "H. R. 815"),
        Case("Its Senate companion, S. 2788, stalled in committee.", "S. 2788"),
        Case("Sponsors filed S.2788 last week.", "S.2788"),
        Case("Members adopted H.Res. 12 by voice vote.", "H.Res. 12"),
        Case("Members adopted H. Res. 12 by voice vote.", "H. Res. 12"),
        Case("The chamber agreed to S.Res. 5 at noon.", "S.Res. 5"),
        Case("A disapproval measure, H.J.Res. 7, reached the floor.", "H.J.Res. 7"),
        Case("Senators forced a vote on S.J.Res. 3 yesterday.", "S.J.Res. 3"),
        Case("The S. J. Res. 3 vote failed narrowly.", "S. J. Res. 3"),
        Case("Both houses passed H.Con.Res. 9 in March.", "H.Con.Res. 9"),
        Case("S.Con.Res. 2 sets next year's budget.", "S.Con.Res. 2"),
        Case("The House took up HJRes 7 again.", "HJRes 7"),
        Case("Read the full text of H.R. 1234", "H.R. 1234"),
        Case("Our coalition supports the bill (H.R. 5120).", "H.R. 5120"),
        Case("Please cosponsor H.R. 10545 this week.", "H.R. 10545"),
        Case("U.S. senators introduced S. 2788 in September.", "S. 2788"),
        Case("The bill, H.R.\u{A0}5120, has 40 cosponsors.", "H.R.\u{A0}5120"),
        Case("The dotted form H.R. 2024 is a bill number.", "H.R. 2024"),
        Case("They protested the anti-worker H.R. 9 outside.", "H.R. 9"),
        Case("Both chambers of the U.S. S. 2788 debate agree.", "S. 2788"),
        Case("The bill H.R. 5120's sponsors met donors.", "H.R. 5120"),
    ]

    @Test("US Congress bills and resolutions", arguments: usBills)
    func usBill(_ testCase: Case) {
        Self.expectOne(testCase, .usBill, "us")
    }

    @Test("not US Congress bills", arguments: [
        "Trade with S. Korea grew again.",
        "The office is on S. 5th Street.",
        "The letter was signed by Alex S.",
        "Ask the HR department for the forms.",
        "Our HR 2024 strategy is ready.",
        "See Smith, J. S. 2019 for the method.",
        "XH.R. 5120 is a product code.",
        "H.R. 5120a is not a bill.",
        "The H.R. 0 draft and H.R. 012 do not exist.",
        "H.R. 123456 has too many digits.",
        "HR5120 is written without a space.",
        "A bare S 2788 is too ambiguous.",
        "Lower-case h.r. 5120 is not recognised.",
        "The U.S. 2788 figure is a count.",
        "The share rose to H.R. 5120.5 points.",
        "H.R. 1,000 is a thousands separator.",
        "H.R. 5120\u{301} carries a combining mark.",
        "The H.Res 12 form lacks its period.",
    ])
    func usBillNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - US states

    static let usStateBills: [Case] = [
        Case("Lawmakers in Columbus passed HB 6 in July.", "HB 6"),
        Case("Texas debated H.B. 6 for a week.", "H.B. 6"),
        Case("The Senate approved SB 7 without amendments.", "SB 7"),
        Case("Opponents of S.B. 7 rallied downtown.", "S.B. 7"),
        Case("Gig workers campaigned against AB 5 for months.", "AB 5"),
        Case("The Assembly passed A.B. 5 on a party-line vote.", "A.B. 5"),
        Case("Minnesota's SF 12 heads to conference.", "SF 12"),
        Case("A hearing on HF 3 is set for Monday.", "HF 3"),
        Case("Nebraska senators advanced LB 10 on first round.", "LB 10"),
        Case("Maine's LD 1000 would fund school meals.", "LD 1000"),
        Case("HJR 1 proposes a constitutional amendment.", "HJR 1"),
        Case("The Senate adopted SJR 2 unanimously.", "SJR 2"),
        Case("Legislators honoured the team with HCR 4.", "HCR 4"),
        Case("A study resolution, SCR 5, was filed.", "SCR 5"),
        Case("The clerk lists it as HB 0042 in the journal.", "HB 0042"),
        Case("Testimony on H. B. 17 runs long.", "H. B. 17"),
        Case("The coalition tracks SB 99999 closely.", "SB 99999"),
        Case("Read the SF 12 summary first.", "SF 12"),
    ]

    @Test("US state bills and resolutions", arguments: usStateBills)
    func usStateBill(_ testCase: Case) {
        Self.expectOne(testCase, .usStateBill, "us")
    }

    @Test("not US state bills", arguments: [
        "The SB is closed for the holidays.",
        "AB InBev shares rose on Monday.",
        "Sketch it with an HB pencil.",
        "Applicants complete the SF 86 before starting.",
        "Grant seekers file an SF 424 with the agency.",
        "Staff fill in Form SF 12 each year.",
        "Each employee signs an SF 12 form on arrival.",
        "The LD 50 of the compound is low.",
        "XHB 6 is a part number.",
        "HB 6a is a room number.",
        "HB6 is written without a space.",
        "The Hb 6 reading is a blood test.",
        "HB 123456 has too many digits.",
        "An HB 0 does not exist.",
        "SB 7.5 is a decimal.",
        "The HB\n6 line break splits it.",
        "ABC 5 is not a chamber.",
    ])
    func usStateBillNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - Canada

    static let canadianBills: [Case] = [
        Case("Civil liberties groups fought Bill C-51 in 2015.", "Bill C-51"),
        Case("The Senate's Bill S-7 returned to committee.", "Bill S-7"),
        Case("Artists testified on Bill C-11 last spring.", "Bill C-11"),
        Case("MPs sent bill C-27 to committee.", "bill C-27"),
        Case("Bill C\u{2011}51 is printed with a non-breaking hyphen.", "Bill C\u{2011}51"),
        Case("Publishers reacted to Bill C\u{2013}18 quickly.", "Bill C\u{2013}18"),
        Case("The online harms Bill C\u{2010}63 was tabled.", "Bill C\u{2010}63"),
        Case("Le projet de loi C-27 modernise la vie privée.", "projet de loi C-27"),
        Case("BILL C-2 RECEIVES ROYAL ASSENT", "BILL C-2"),
        Case("(Bill C-400) was a private member's bill.", "Bill C-400"),
    ]

    @Test("Canadian federal bills", arguments: canadianBills)
    func canadianBill(_ testCase: Case) {
        Self.expectOne(testCase, .caBill, "ca")
    }

    @Test("not Canadian federal bills", arguments: [
        "C-3PO is a droid.",
        "Bill Clinton spoke at the event.",
        "Vitamin C-1 levels were measured.",
        "The C-51 debate was long.",
        "Bill C-51a is a typo.",
        "Bill X-5 has no such chamber.",
        "Bill C-5000 has too many digits.",
        "Bill C-0 does not exist.",
        "Bills C-51 and C-59 were linked.",
        "Bill C 51 has no hyphen.",
    ])
    func canadianBillNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - UK

    static let ukBills: [Case] = [
        Case("The Commons printed HC Bill 7 after second reading.", "HC Bill 7"),
        Case("Peers amended HL Bill 12 at report stage.", "HL Bill 12"),
        Case("See Bill 123 2023-24 as introduced.", "Bill 123 2023-24"),
        Case("See Bill 123 (2023-24) as introduced.", "Bill 123 (2023-24)"),
        Case("The amendments to Bill 45 2023\u{2013}24 were tabled.", "Bill 45 2023\u{2013}24"),
        Case("Peers amended HL Bill 12 (2023-24) at report stage.", "HL Bill 12 (2023-24)"),
        Case("The long session's Bill 9 2017-19 fell.", "Bill 9 2017-19"),
        Case("Bill 9 2023-2024 is written with both years.", "Bill 9 2023-2024"),
        Case("A new print, HC Bill 7 2023, followed.", "HC Bill 7"),
    ]

    @Test("UK Parliament bill prints", arguments: ukBills)
    func ukBill(_ testCase: Case) {
        Self.expectOne(testCase, .ukBill, "gb")
    }

    @Test("not UK Parliament bill prints", arguments: [
        "Bill 5 passed the provincial legislature.",
        "Bill 5 2023 has a year, not a session.",
        "Bill 5 2023-27 is not a session.",
        "The HC Bill was amended.",
        "HX Bill 7 has no such house.",
        "Bill 5 (2023) has no session.",
        "Bill 0 2023-24 does not exist.",
    ])
    func ukBillNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - India

    static let indianBills: [Case] = [
        Case("The data protection draft was Bill No. 373 of 2019 in the Lok Sabha.", "Bill No. 373 of 2019"),
        Case("It was listed as Bill No 123 of 2019 that day.", "Bill No 123 of 2019"),
        Case("The print reads Bill No.373 of 2019 on its cover.", "Bill No.373 of 2019"),
        Case("The Rajya Sabha introduced Bill No. XLV of 2021.", "Bill No. XLV of 2021"),
        Case("The passed text is Bill No. 52-C of 2019.", "Bill No. 52-C of 2019"),
        Case("BILL NO. 7 OF 2023", "BILL NO. 7 OF 2023"),
    ]

    @Test("Indian Parliament bill numbers", arguments: indianBills)
    func indianBill(_ testCase: Case) {
        Self.expectOne(testCase, .inBill, "in")
    }

    @Test("not Indian Parliament bill numbers, and title-and-year names", arguments: [
        "The clerk assigned Bill No. 373 yesterday.",
        "Bill Nolan of 2019 fame spoke.",
        "Bill No. 373 of 19 has a short year.",
        "The Digital Personal Data Protection Bill, 2023 passed.",
        "The Online Safety Bill 2021 passed the Senate.",
        "Bill No. 0 of 2019 does not exist.",
    ])
    func indianBillNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - EU

    static let comNumbers: [Case] = [
        Case("The Commission tabled COM(2022) 209 final in May.", "COM(2022) 209 final"),
        Case("Our analysis of COM(2022) 209 is online.", "COM(2022) 209"),
        Case("EUR-Lex lists COM/2022/209 final as the proposal.", "COM/2022/209 final"),
        Case("The proposal COM (2022) 209 final is long.", "COM (2022) 209 final"),
        Case("Parliament cites COM(2022)0209 in its report.", "COM(2022)0209"),
        Case("The draft COM(2022) 209 finalised nothing.", "COM(2022) 209"),
    ]

    @Test("COM numbers", arguments: comNumbers)
    func comNumber(_ testCase: Case) {
        Self.expectOne(testCase, .com, "eu")
    }

    static let procedureNumbers: [Case] = [
        Case("Procedure 2022/0155(COD) is in trilogue.", "2022/0155(COD)"),
        Case("The file 2005/0127 (COD) was closed.", "2005/0127 (COD)"),
        Case("The Council alone decides 2023/0135(NLE).", "2023/0135(NLE)"),
        Case("The own-initiative report 2021/2231(INI) passed.", "2021/2231(INI)"),
        Case("A consultation file, 2019/0801(CNS), lapsed.", "2019/0801(CNS)"),
    ]

    @Test("procedure numbers", arguments: procedureNumbers)
    func procedureNumber(_ testCase: Case) {
        Self.expectOne(testCase, .procedure, "eu")
    }

    static let celexNumbers: [Case] = [
        Case("Its CELEX number is 52022PC0209.", "52022PC0209"),
        Case("The GDPR, 32016R0679, applies since 2018.", "32016R0679"),
        Case("The corrigendum 32016R0679(02) is separate.", "32016R0679"),
    ]

    @Test("CELEX numbers", arguments: celexNumbers)
    func celexNumber(_ testCase: Case) {
        Self.expectOne(testCase, .celex, "eu")
    }

    @Test("not EU identifiers", arguments: [
        "The COM(2022) draft has no number.",
        "COMMON(2022) 209 is a different word.",
        "Lower-case com(2022) 209 is not recognised.",
        "Regulation (EU) 2019/1020 is a regulation number.",
        "The number 2022/155(COD) has three digits.",
        "The code 2022/0155(cod) is in lower case.",
        "See https://example.org/2022/0155(COD) online.",
        "The consolidated 02016R0679 is sector zero.",
        "The number 52022PC02091 is too long.",
        "The number 52022ABC0209 has three letters.",
        "The code 32016R0679X continues.",
        "A plain 12345 is a number.",
        "COM(1850) 209 final has an impossible year.",
    ])
    func euNearMiss(_ text: String) {
        #expect(Self.matches(text).isEmpty, "\(Self.matches(text).map(\.identifier.value))")
    }

    // MARK: - Order, offsets and odd input

    @Test("several identifiers: reading order, exact offsets, jurisdictions")
    func severalInOrder() {
        let text = "H.R. 5120 and S. 2788 mirror Bill C-51, HC Bill 7 and COM(2022) 209 final (2022/0155(COD))."
        let found = Self.matches(text)
        #expect(found.map(\.identifier.value) == [
            "H.R. 5120", "S. 2788", "Bill C-51", "HC Bill 7", "COM(2022) 209 final", "2022/0155(COD)",
        ])
        #expect(found.map(\.identifier.scheme) == [.usBill, .usBill, .caBill, .ukBill, .com, .procedure])
        #expect(found.map(\.jurisdiction) == ["us", "us", "ca", "gb", "eu", "eu"])
        #expect(found.map(\.start) == [0, 14, 29, 40, 54, 75])
        #expect(found.map(\.end) == [9, 21, 38, 49, 73, 89])
    }

    @Test("the documented example: H.R. 4411 at 24..<33")
    func documentedExample() throws {
        let match = try #require(Self.matches("The committee marked up H.R. 4411 on Tuesday.").first)
        #expect(match.start == 24)
        #expect(match.end == 33)
        let scalars = Array("See (H.R. 5120).".unicodeScalars)
        #expect(LegislativeIdentifierRecognizer.identifiers(in: scalars).map(\.range) == [5..<14])
    }

    @Test("offsets count Unicode scalars, not characters or UTF-16 units")
    func scalarOffsets() {
        // "🛡️" is two scalars (U+1F6E1 U+FE0F), "é" written as e + U+0301 two more.
        let text = "🛡️ Café\u{301} 日本: S. 2788 and HB 6."
        let found = Self.matches(text)
        #expect(found.map(\.identifier.value) == ["S. 2788", "HB 6"])
        #expect(found.map(\.start) == [13, 25])
        #expect(found.map(\.end) == [20, 29])
    }

    @Test("a non-ASCII letter before or after makes it part of a word")
    func nonASCIILetters() {
        #expect(Self.matches("ÉHB 6 and HB 6é and ΣS. 2788").isEmpty)
        #expect(Self.matches("«HB 6» and “S. 2788”").map(\.identifier.value) == ["HB 6", "S. 2788"])
    }

    @Test("companion bills after a slash or a hyphen; numbers after them only when not in a path")
    func slashesAndHyphens() {
        #expect(Self.matches("H.R. 5120/S. 2788 are companions.").map(\.identifier.value) == ["H.R. 5120", "S. 2788"])
        #expect(Self.matches("The anti-SB 7 campaign grew.").map(\.identifier.value) == ["SB 7"])
        #expect(Self.matches("COM(2022)0209 – C9-0174/2022 – 2022/0155(COD)").map(\.identifier.value) == [
            "COM(2022)0209", "2022/0155(COD)",
        ])
        #expect(Self.matches("x-2022/0155(COD) and a/32016R0679").isEmpty)
    }

    @Test("leftmost-longest: an HC Bill with a session is one match, not a bill and a session")
    func leftmostLongest() {
        let found = Self.matches("HL Bill 12 (2023-24) and Bill 123 (2023-24)")
        #expect(found.map(\.identifier.value) == ["HL Bill 12 (2023-24)", "Bill 123 (2023-24)"])
        #expect(found.allSatisfy { $0.identifier.scheme == .ukBill })
    }

    @Test("odd input: empty, lone punctuation, prefixes at the very end")
    func oddInput() {
        for text in ["", ".", "(", ")", "-", "/", "H", "S.", "H.R.", "H.R. ", "Bill", "Bill C-", "Bill No.", "COM(", "COM(2022)",
            "2022/", "2022/0155(", "52022", "52022PC", "HC Bill", "Bill 5 (2023-", "\u{0}", "\u{FFFD}", "\u{10FFFF}"]
        {
            #expect(Self.matches(text).isEmpty, "\(text.debugDescription)")
        }
        #expect(LegislativeIdentifierRecognizer.identifiers(in: [Unicode.Scalar]()).isEmpty)
    }

    @Test("long digit runs and long inputs are scanned in one pass")
    func longInput() {
        let digits = String(repeating: "7", count: 200_000)
        #expect(Self.matches(digits).isEmpty)
        #expect(Self.matches("H.R. " + digits).isEmpty)
        #expect(Self.matches("COM(2022) " + digits).isEmpty)
        let repeated = String(repeating: "H.R. 5120; ", count: 20_000)
        #expect(Self.matches(repeated).count == 20_000)
        let prefixes = String(repeating: "S. S. H. HC Bill No. COM( 2022/", count: 5_000)
        #expect(Self.matches(prefixes).isEmpty)
    }

    // MARK: - Properties

    /// SplitMix64: a small seeded generator, so every run tests the same strings.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The scalars random texts are built from: the letters, digits and punctuation of the forms,
    /// spaces of several kinds, hyphens and a few non-ASCII letters and marks.
    static let alphabet: [Unicode.Scalar] = Array(
        "HRSBCLDAJFMOPNIVXiloesnfrad.-()/, 0123456789\u{A0}\u{2011}\u{2013}\u{301}é\n".unicodeScalars)

    /// Identifiers to mutate, one or more of each scheme.
    static let seeds: [String] = (usBills + usStateBills + canadianBills + ukBills + indianBills + comNumbers
        + procedureNumbers + celexNumbers).map(\.value)

    /// Checks the invariants of one text's matches: offsets in bounds and increasing, values equal
    /// to the text at their offsets, no overlaps, source origin, a known jurisdiction per scheme, and
    /// each value recognised on its own as one match of the same scheme.
    static func checkInvariants(_ scalars: [Unicode.Scalar], sourceLocation: SourceLocation = #_sourceLocation) {
        let jurisdictions: [DocumentIdentifier.Scheme: String] = [
            .usBill: "us", .usStateBill: "us", .caBill: "ca", .ukBill: "gb", .inBill: "in", .com: "eu",
            .procedure: "eu", .celex: "eu",
        ]
        let found = LegislativeIdentifierRecognizer.identifiers(in: scalars)
        var previousEnd = 0
        for match in found {
            guard match.start >= previousEnd, match.start < match.end, match.end <= scalars.count else {
                Issue.record("bad offsets \(match.start)..<\(match.end) after \(previousEnd) in \(scalars.count)", sourceLocation: sourceLocation)
                return
            }
            var written = String.UnicodeScalarView()
            written.append(contentsOf: scalars[match.start..<match.end])
            #expect(match.identifier.value == String(written), sourceLocation: sourceLocation)
            #expect(match.identifier.origin == .source, sourceLocation: sourceLocation)
            #expect(jurisdictions[match.identifier.scheme] == match.jurisdiction, sourceLocation: sourceLocation)
            let alone = LegislativeIdentifierRecognizer.identifiers(in: Array(scalars[match.start..<match.end]))
            #expect(alone.map(\.identifier.scheme) == [match.identifier.scheme], sourceLocation: sourceLocation)
            #expect(alone.first?.range == 0..<(match.end - match.start), sourceLocation: sourceLocation)
            previousEnd = match.end
        }
    }

    @Test("random strings of the forms' characters: no crash, values at their offsets, no overlaps")
    func randomStrings() {
        var rng = SeededGenerator(state: 20_240_611)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...48, using: &rng)
            let scalars = (0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &rng)] }
            Self.checkInvariants(scalars)
        }
    }

    @Test("mutated identifiers in random context: no crash, values at their offsets, no overlaps")
    func mutatedIdentifiers() {
        var rng = SeededGenerator(state: 7_331)
        let opening = Array(" (“".unicodeScalars)
        let closing = Array(" ),;”".unicodeScalars)
        func pick(_ scalars: [Unicode.Scalar], _ rng: inout SeededGenerator) -> Unicode.Scalar {
            scalars[Int.random(in: 0..<scalars.count, using: &rng)]
        }
        var intact = 0
        for _ in 0..<2_000 {
            let seed = Array(Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &rng)].unicodeScalars)
            var scalars = seed
            let mutations = Int.random(in: 0...2, using: &rng)
            for _ in 0..<mutations where !scalars.isEmpty {
                let at = Int.random(in: 0..<scalars.count, using: &rng)
                let scalar = pick(Self.alphabet, &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: scalars[at] = scalar
                case 1: scalars.insert(scalar, at: at)
                default: scalars.remove(at: at)
                }
            }
            // Half the time a word of random scalars around it, otherwise spaces and brackets.
            let random = Bool.random(using: &rng)
            let before = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                pick(random ? Self.alphabet : opening, &rng)
            }
            let after = (0..<Int.random(in: 0...3, using: &rng)).map { _ in pick(random ? Self.alphabet : closing, &rng) }
            let text = before + scalars + after
            Self.checkInvariants(text)
            if mutations == 0, !random {
                intact += 1
                let found = LegislativeIdentifierRecognizer.identifiers(in: text)
                #expect(found.map(\.range) == [before.count..<before.count + seed.count], "\(String(String.UnicodeScalarView(text)))")
            }
        }
        #expect(intact > 300)
    }

    // MARK: - Schemes and JSON

    static let newSchemes: [(DocumentIdentifier, String)] = [
        (DocumentIdentifier(.usBill, "H.R. 5120"), "usBill"),
        (DocumentIdentifier(.usStateBill, "SB 7"), "usStateBill"),
        (DocumentIdentifier(.caBill, "Bill C-51"), "caBill"),
        (DocumentIdentifier(.ukBill, "HL Bill 12", origin: .external), "ukBill"),
        (DocumentIdentifier(.inBill, "Bill No. 373 of 2019"), "inBill"),
    ]

    @Test("the new schemes' names and a JSON round trip of one identifier each", arguments: newSchemes)
    func codableRoundTrip(_ identifier: DocumentIdentifier, _ name: String) throws {
        #expect(identifier.scheme.rawValue == name)
        #expect(DocumentIdentifier.Scheme(rawValue: name) == identifier.scheme)
        let data = try JSONEncoder().encode(identifier)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object == ["scheme": name, "value": identifier.value, "origin": identifier.origin.rawValue])
        #expect(try JSONDecoder().decode(DocumentIdentifier.self, from: data) == identifier)
    }

    @Test("the JSON schema names the new schemes")
    func schemaDescription() {
        let text = String(decoding: DossierJSONSchema.json, as: UTF8.self)
        for name in ["usBill", "usStateBill", "caBill", "ukBill", "inBill"] {
            #expect(text.contains(name))
        }
    }
}
