/// Finds printed legislative identifiers in text: bill numbers of the US Congress and the US
/// states, Canada, the UK and India, and the EU's COM, procedure and CELEX numbers.
///
/// | Scheme | Jurisdiction | Forms |
/// | --- | --- | --- |
/// | `usBill` | `us` | `H.R. 5120`, `H. R. 5120`, `H.R.5120`, `HR 5120`, `S. 2788`, `S.2788`, `H.Res. 12`, `S. Res. 5`, `HRes 12`, `H.J.Res. 7`, `S.J.Res. 3`, `H.Con.Res. 9`, `S.Con.Res. 2` |
/// | `usStateBill` | `us` | `HB 6`, `H.B. 6`, `SB 7`, `S.B. 7`, `AB 5`, `SF 12`, `HF 3`, `LB 10`, `LD 1000`, `HJR 1`, `SJR 2`, `HCR 4`, `SCR 5` |
/// | `caBill` | `ca` | `Bill C-51`, `Bill S-7`, `bill C‑11`, `projet de loi C-27` |
/// | `ukBill` | `gb` | `HC Bill 7`, `HL Bill 12 (2023-24)`, `Bill 123 2023-24`, `Bill 123 (2023–24)` |
/// | `inBill` | `in` | `Bill No. 373 of 2019`, `Bill No. XLV of 2021` |
/// | `COM` | `eu` | `COM(2022) 209 final`, `COM (2022) 209`, `COM(2022)0209`, `COM/2022/209 final` |
/// | `procedure` | `eu` | `2022/0155(COD)`, `2005/0127 (COD)`: any three capital letters |
/// | `CELEX` | `eu` | `52022PC0209`, `32016R0679`: sector 1–9, year, one or two letters, four digits |
///
/// Matches are whole words (not "XHB 6", "HB 6a" or "HB 6.5"), in reading order and without
/// overlaps: at the leftmost position where an identifier starts, the longest one wins. Letters
/// are as printed (capitals for the chamber letters; "Bill", "bill" or "BILL"); numbers have 1–5
/// digits (US), 1–3 (Canada), 1–4 (UK, India, COM) and no leading zero except in US state and COM
/// numbers (`HB 0001`, `COM(2022)0209`). Between parts the recogniser accepts one or two spaces
/// (also no-break, thin and narrow no-break spaces), never a line break; `-`, `‐`, `‑`, `‒` and
/// `–` are hyphens.
///
/// Not recognised, on purpose:
/// - A bare `S 2788` or `HR5120` (too ambiguous without the period or space), `HB6` or `SB1047`
///   joined (product codes, `LD50`), and `HR` with a year-like number (`HR 2024 strategy`; the
///   dotted `H.R. 2024` is recognised).
/// - `LD 50` (a lethal dose, not Maine's Legislative Document 50), and `SF` numbers of the US
///   federal Standard Forms (`SF 86`, `SF 424`, …) or next to the word "Form".
/// - `S.` after a single initial (`J. S. 2019`, a name and a year).
/// - A procedure number without its `(COD)` part: `2019/1020` is as often a regulation number.
/// - A CELEX number of sectors 0, C or E, or with a suffix (`(01)`; the match stops before it).
/// - A Canadian bill number without "Bill" in front (`C-51` alone, the second bill in
///   "Bills C-51 and C-59") and provincial bills (`Bill 96`), which have no chamber letter.
/// - A UK `Bill 5` with neither a session nor a house.
/// - Australian bills: the Parliament of Australia names a bill by its title and year ("Online
///   Safety Bill 2021") and prints no bill number on it; its database ids (`r6680`) are not
///   written in running text, so there is no `auBill` scheme. India's bills are also cited by
///   title and year ("The Digital Personal Data Protection Bill, 2023"); only the Lok Sabha and
///   Rajya Sabha numbers are identifiers here.
///
/// One hand-written pass over the scalars: every position is examined once, and what is read
/// from there is bounded, so the cost is linear in the input and no input can crash it.
struct LegislativeIdentifierRecognizer {
    /// The scanned text.
    private let scalars: [Unicode.Scalar]

    /// A recogniser for one text.
    private init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The identifiers in `scalars`, in reading order, without overlaps; offsets are into
    /// `scalars`.
    ///
    /// `identifiers(in: Array("See (H.R. 5120).".unicodeScalars))` is one `usBill` match,
    /// "H.R. 5120", `5..<14`.
    static func identifiers(in scalars: [Unicode.Scalar]) -> [LegislativeIdentifierMatch] {
        LegislativeIdentifierRecognizer(scalars).matches()
    }

    /// The identifiers in `text`, with offsets into its Unicode scalars.
    static func identifiers(in text: String) -> [LegislativeIdentifierMatch] {
        identifiers(in: Array(text.unicodeScalars))
    }

    // MARK: - Scanning

    /// An identifier that ends at `end`, of a scheme and jurisdiction.
    private struct Found {
        /// The offset just past the identifier.
        var end: Int
        /// The identifier's scheme.
        var scheme: DocumentIdentifier.Scheme
        /// The identifier's jurisdiction code.
        var jurisdiction: String
    }

    /// The matches, leftmost-longest.
    private func matches() -> [LegislativeIdentifierMatch] {
        var result: [LegislativeIdentifierMatch] = []
        var i = 0
        while i < scalars.count {
            if let found = longest(at: i), found.end > i, found.end <= scalars.count {
                let value = String(scalars: scalars[i..<found.end])
                result.append(
                    LegislativeIdentifierMatch(
                        identifier: DocumentIdentifier(found.scheme, value, origin: .source),
                        start: i, end: found.end, jurisdiction: found.jurisdiction))
                i = found.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The longest identifier that starts at `i`, if any.
    private func longest(at i: Int) -> Found? {
        guard let first = scalar(i) else { return nil }
        let digit = first.value >= 0x31 && first.value <= 0x39
        switch first {
        case "H", "S", "A", "L", "B", "b", "C", "p", "P": break
        default: guard digit else { return nil }
        }
        guard isWordStart(i, digit: digit) else { return nil }
        var best: Found?
        func consider(_ end: Int?, _ scheme: DocumentIdentifier.Scheme, _ jurisdiction: String) {
            guard let end, end > (best?.end ?? i) else { return }
            best = Found(end: end, scheme: scheme, jurisdiction: jurisdiction)
        }
        switch first {
        case "H":
            consider(usFederalBill(i), .usBill, "us")
            consider(usStateBill(i), .usStateBill, "us")
            consider(ukHouseBill(i), .ukBill, "gb")
        case "S":
            consider(usFederalBill(i), .usBill, "us")
            consider(usStateBill(i), .usStateBill, "us")
        case "A", "L":
            consider(usStateBill(i), .usStateBill, "us")
        case "B", "b":
            consider(canadianBill(i), .caBill, "ca")
            consider(ukSessionBill(i), .ukBill, "gb")
            consider(indianBill(i), .inBill, "in")
        case "p", "P":
            consider(canadianBill(i), .caBill, "ca")
        case "C":
            consider(comNumber(i), .com, "eu")
        default:
            consider(procedureNumber(i), .procedure, "eu")
            consider(celexNumber(i), .celex, "eu")
        }
        return best
    }

    // MARK: - US

    /// `H.R. 5120`, `HR 5120`, `S. 2788`, `H.Res. 12`, `S.J.Res. 3`, `H.Con.Res. 9`, …: the end.
    private func usFederalBill(_ i: Int) -> Int? {
        guard let chamber = scalar(i), chamber == "H" || chamber == "S" else { return nil }
        var prefixEnd: Int?
        var minimumGap = 0
        var bareSenate = false
        var undottedHouse = false
        if isChar(i + 1, ".") {
            let j = optionalSpace(i + 2)
            if chamber == "H", isChar(j, "R"), isChar(j + 1, ".") {
                prefixEnd = j + 2
            } else if let end = dottedResolution(j) {
                prefixEnd = end
            } else if chamber == "S" {
                prefixEnd = i + 2
                bareSenate = true
            }
        } else {
            minimumGap = 1
            if chamber == "H", isChar(i + 1, "R"), !isWordScalar(i + 2) {
                prefixEnd = i + 2
                undottedHouse = true
            } else {
                prefixEnd = undottedResolution(i + 1)
            }
        }
        guard let prefixEnd, let numberStart = gap(prefixEnd, minimumGap, 2),
            let end = number(numberStart, maxDigits: 5, leadingZero: false), isEnd(end)
        else { return nil }
        if bareSenate, followsInitial(i) { return nil }
        if undottedHouse, (1900...2099).contains(value(numberStart..<end)) { return nil }
        return end
    }

    /// `Res.`, `J.Res.`, `J. Res.`, `Con.Res.`, `Con. Res.` from `j`: the end.
    private func dottedResolution(_ j: Int) -> Int? {
        var k = j
        if isChar(k, "J"), isChar(k + 1, ".") {
            k = optionalSpace(k + 2)
        } else if let end = literal(k, "Con") ?? literal(k, "CON"), isChar(end, ".") {
            k = optionalSpace(end + 1)
        }
        guard let end = literal(k, "Res") ?? literal(k, "RES"), isChar(end, ".") else { return nil }
        return end + 1
    }

    /// `Res`, `JRes`, `ConRes` (or in capitals) from `j`, as in `HJRes 7`: the end.
    private func undottedResolution(_ j: Int) -> Int? {
        var k = j
        if isChar(k, "J") {
            k += 1
        } else if let end = literal(k, "Con") ?? literal(k, "CON") {
            k = end
        }
        guard let end = literal(k, "Res") ?? literal(k, "RES"), !isWordScalar(end) else { return nil }
        return end
    }

    /// Whether the `S` at `i` follows a single initial, as in "J. S. 2019".
    private func followsInitial(_ i: Int) -> Bool {
        isSpace(i - 1) && isChar(i - 2, ".") && isUpper(i - 3)
            && (i - 4 < 0 || (!isWordScalar(i - 4) && !isChar(i - 4, ".")))
    }

    /// The state bill prefixes, packed by ``packed(_:)``.
    private static let statePrefixes: Set<UInt32> = Set(
        ["HB", "SB", "AB", "SF", "HF", "LB", "LD", "HJR", "SJR", "HCR", "SCR"].map(packed))

    /// Numbers of the US federal Standard Forms that read like Minnesota Senate Files.
    private static let standardForms: Set<Int> = [15, 50, 52, 85, 86, 95, 171, 180, 182, 424, 1449]

    /// Up to four ASCII letters packed into one integer, one byte each.
    private static func packed(_ letters: String) -> UInt32 {
        letters.unicodeScalars.reduce(0) { $0 << 8 | $1.value }
    }

    /// `HB 6`, `H.B. 6`, `SB 7`, `LD 1000`, `HJR 1`, …: the end.
    private func usStateBill(_ i: Int) -> Int? {
        var key: UInt32 = 0
        var count = 0
        var prefixEnd = i
        var minimumGap = 1
        if isChar(i + 1, ".") {
            var k = i
            while count < 3, isUpper(k), isChar(k + 1, "."), let letter = scalar(k) {
                key = key << 8 | letter.value
                count += 1
                k += 2
                prefixEnd = k
                if isSpace(k), isUpper(k + 1), isChar(k + 2, ".") { k += 1 }
            }
            minimumGap = 0
        } else {
            while count < 4, isUpper(prefixEnd), let letter = scalar(prefixEnd) {
                key = key << 8 | letter.value
                count += 1
                prefixEnd += 1
            }
        }
        guard (2...3).contains(count), Self.statePrefixes.contains(key),
            let numberStart = gap(prefixEnd, minimumGap, 2),
            let end = number(numberStart, maxDigits: 5, leadingZero: true), isEnd(end)
        else { return nil }
        let number = value(numberStart..<end)
        if key == Self.packed("LD"), number == 50 { return nil }
        if key == Self.packed("SF"),
            Self.standardForms.contains(number) || wordBefore(i, is: "Form") || wordAfter(end, is: "form")
        {
            return nil
        }
        return end
    }

    /// Whether the word before a space before `i` is `word` (or with its first letter in
    /// lower case).
    private func wordBefore(_ i: Int, is word: String) -> Bool {
        let start = i - 1 - word.unicodeScalars.count
        guard isSpace(i - 1), start >= 0, !isWordScalar(start - 1) else { return false }
        return literal(start, word, anyFirstCase: true) == i - 1
    }

    /// Whether a space and then the word `word` (or capitalised) follow `end`.
    private func wordAfter(_ end: Int, is word: String) -> Bool {
        guard isSpace(end), let wordEnd = literal(end + 1, word, anyFirstCase: true) else { return false }
        return !isWordScalar(wordEnd)
    }

    // MARK: - Canada, UK, India

    /// `Bill C-51`, `bill S-7`, `projet de loi C-27`: the end.
    private func canadianBill(_ i: Int) -> Int? {
        guard let keyword = billKeyword(i) ?? projetDeLoi(i), let letter = gap(keyword, 1, 2),
            isChar(letter, "C") || isChar(letter, "S"), isHyphen(letter + 1),
            let end = number(letter + 2, maxDigits: 3, leadingZero: false), isEnd(end)
        else { return nil }
        return end
    }

    /// `projet de loi` (or `Projet`, or in capitals) at `i`: the end.
    private func projetDeLoi(_ i: Int) -> Int? {
        guard let projet = literal(i, "projet", anyFirstCase: true) ?? literal(i, "PROJET"),
            let de = gap(projet, 1, 1), let deEnd = literal(de, "de") ?? literal(de, "DE"),
            let loi = gap(deEnd, 1, 1)
        else { return nil }
        return literal(loi, "loi") ?? literal(loi, "LOI")
    }

    /// `HC Bill 7`, `HL Bill 12`, with an optional session: the end.
    private func ukHouseBill(_ i: Int) -> Int? {
        guard isChar(i, "H"), isChar(i + 1, "C") || isChar(i + 1, "L"), let bill = gap(i + 2, 1, 2),
            let keyword = billKeyword(bill), let numberStart = gap(keyword, 1, 2),
            let end = number(numberStart, maxDigits: 4, leadingZero: false)
        else { return nil }
        if let sessionStart = gap(end, 1, 2), let sessionEnd = session(sessionStart), isEnd(sessionEnd) {
            return sessionEnd
        }
        return isEnd(end) ? end : nil
    }

    /// `Bill 123 2023-24`, `Bill 123 (2023-24)`: the end.
    private func ukSessionBill(_ i: Int) -> Int? {
        guard let keyword = billKeyword(i), let numberStart = gap(keyword, 1, 2),
            let end = number(numberStart, maxDigits: 4, leadingZero: false),
            let sessionStart = gap(end, 1, 2), let sessionEnd = session(sessionStart), isEnd(sessionEnd)
        else { return nil }
        return sessionEnd
    }

    /// A parliamentary session, `2023-24`, `2017-19`, `2023-2024`, or in parentheses: the end.
    private func session(_ j: Int) -> Int? {
        if isChar(j, "(") {
            guard let end = sessionYears(j + 1), isChar(end, ")") else { return nil }
            return end + 1
        }
        return sessionYears(j)
    }

    /// `2023-24` or `2023-2024`, the second year one or two after the first: the end.
    private func sessionYears(_ j: Int) -> Int? {
        guard let firstEnd = year(j), isHyphen(firstEnd) else { return nil }
        let first = value(j..<firstEnd)
        if let end = digits(firstEnd + 1, 2, 2) {
            let second = value(firstEnd + 1..<end)
            return second == (first + 1) % 100 || second == (first + 2) % 100 ? end : nil
        }
        if let end = year(firstEnd + 1) {
            let second = value(firstEnd + 1..<end)
            return second == first + 1 || second == first + 2 ? end : nil
        }
        return nil
    }

    /// `Bill No. 373 of 2019`, `Bill No 373 of 2019`, `Bill No. XLV of 2021`, `Bill No. 52-C of 2019`: the end.
    private func indianBill(_ i: Int) -> Int? {
        guard let keyword = billKeyword(i), let no = gap(keyword, 1, 2),
            let noEnd = literal(no, "No") ?? literal(no, "NO")
        else { return nil }
        let numberStart = isChar(noEnd, ".") ? gap(noEnd + 1, 0, 2) : gap(noEnd, 1, 2)
        guard let numberStart,
            var numberEnd = number(numberStart, maxDigits: 4, leadingZero: false) ?? romanNumeral(numberStart)
        else { return nil }
        if isHyphen(numberEnd), isUpper(numberEnd + 1), !isWordScalar(numberEnd + 2) { numberEnd += 2 }
        guard let of = gap(numberEnd, 1, 2), let ofEnd = literal(of, "of") ?? literal(of, "OF"),
            let yearStart = gap(ofEnd, 1, 2), let end = year(yearStart), isEnd(end)
        else { return nil }
        return end
    }

    /// 1–12 capital Roman digits at `j`, as in `XLV`: the end.
    private func romanNumeral(_ j: Int) -> Int? {
        var k = j
        while k - j <= 12, let c = scalar(k), "IVXLCDM".unicodeScalars.contains(c) { k += 1 }
        return (1...12).contains(k - j) ? k : nil
    }

    /// `Bill`, `bill` or `BILL` at `j`: the end.
    private func billKeyword(_ j: Int) -> Int? {
        literal(j, "Bill", anyFirstCase: true) ?? literal(j, "BILL")
    }

    // MARK: - EU

    /// `COM(2022) 209 final`, `COM (2022) 209`, `COM(2022)0209`, `COM/2022/209 final`: the end.
    private func comNumber(_ i: Int) -> Int? {
        guard let com = literal(i, "COM") else { return nil }
        let numberStart: Int?
        if isChar(com, "/") {
            guard let yearEnd = year(com + 1), isChar(yearEnd, "/") else { return nil }
            numberStart = yearEnd + 1
        } else {
            let open = isSpace(com) ? com + 1 : com
            guard isChar(open, "("), let yearEnd = year(open + 1), isChar(yearEnd, ")") else { return nil }
            numberStart = gap(yearEnd + 1, 0, 2)
        }
        guard let numberStart, let end = number(numberStart, maxDigits: 4, leadingZero: true), isEnd(end)
        else { return nil }
        if isSpace(end), let final = literal(end + 1, "final"), isEnd(final) { return final }
        return end
    }

    /// `2022/0155(COD)`, `2005/0127 (COD)`: the end.
    private func procedureNumber(_ i: Int) -> Int? {
        guard let yearEnd = year(i), isChar(yearEnd, "/"), let numberEnd = digits(yearEnd + 1, 4, 4) else {
            return nil
        }
        let open = isSpace(numberEnd) ? numberEnd + 1 : numberEnd
        guard isChar(open, "("), isUpper(open + 1), isUpper(open + 2), isUpper(open + 3), isChar(open + 4, ")"),
            isEnd(open + 5)
        else { return nil }
        return open + 5
    }

    /// `52022PC0209`, `32016R0679`: the end.
    private func celexNumber(_ i: Int) -> Int? {
        guard let yearEnd = digits(i, 5, 5), (1900...2099).contains(value(i + 1..<yearEnd)) else { return nil }
        var lettersEnd = yearEnd
        while lettersEnd - yearEnd <= 2, isUpper(lettersEnd) { lettersEnd += 1 }
        guard (1...2).contains(lettersEnd - yearEnd), let end = digits(lettersEnd, 4, 4), isEnd(end) else {
            return nil
        }
        return end
    }

    // MARK: - Scalars

    /// The scalar at `j`, or nil outside the text.
    private func scalar(_ j: Int) -> Unicode.Scalar? {
        j >= 0 && j < scalars.count ? scalars[j] : nil
    }

    /// Whether the scalar at `j` is `c`.
    private func isChar(_ j: Int, _ c: Unicode.Scalar) -> Bool { scalar(j) == c }

    /// Whether the scalar at `j` is an ASCII digit.
    private func isDigit(_ j: Int) -> Bool {
        guard let c = scalar(j) else { return false }
        return c.value >= 0x30 && c.value <= 0x39
    }

    /// Whether the scalar at `j` is an ASCII capital letter.
    private func isUpper(_ j: Int) -> Bool {
        guard let c = scalar(j) else { return false }
        return c.value >= 0x41 && c.value <= 0x5A
    }

    /// Whether the scalar at `j` separates parts: a space, tab, no-break, figure, thin or narrow
    /// no-break space.
    private func isSpace(_ j: Int) -> Bool {
        switch scalar(j)?.value {
        case 0x20, 0x09, 0xA0, 0x2007, 0x2009, 0x202F: true
        default: false
        }
    }

    /// Whether the scalar at `j` is a hyphen: `-`, `‐`, `‑`, `‒` or `–`.
    private func isHyphen(_ j: Int) -> Bool {
        switch scalar(j)?.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013: true
        default: false
        }
    }

    /// Whether the scalar at `j` belongs to a word: a letter, digit or combining mark of any script.
    private func isWordScalar(_ j: Int) -> Bool {
        guard let c = scalar(j) else { return false }
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = c.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether an identifier may start at `i`: not inside a word, an abbreviation ("U.S.") or an
    /// address; a number not after a hyphen or in a path either ("C9-0174/2022", ".../2022/0155").
    /// A letter may follow a slash or hyphen: "H.R. 5120/S. 2788", "anti-SB 7".
    private func isWordStart(_ i: Int, digit: Bool) -> Bool {
        guard let previous = scalar(i - 1) else { return true }
        if isWordScalar(i - 1) { return false }
        switch previous {
        case ".", "_", "\\", "@", "&": return false
        case "-", "\u{2010}", "\u{2011}", "/": return !digit
        default: return true
        }
    }

    /// Whether a match may end at `j`: no word scalar follows, nor a decimal or thousands
    /// separator and a digit ("6.5", "1,000").
    private func isEnd(_ j: Int) -> Bool {
        if isWordScalar(j) { return false }
        return !((isChar(j, ".") || isChar(j, ",")) && isDigit(j + 1))
    }

    /// After one optional space at `j`: `j + 1` or `j`.
    private func optionalSpace(_ j: Int) -> Int { isSpace(j) ? j + 1 : j }

    /// After `minimum...maximum` spaces at `j`: the end, or nil for fewer or more.
    private func gap(_ j: Int, _ minimum: Int, _ maximum: Int) -> Int? {
        var count = 0
        while count <= maximum, isSpace(j + count) { count += 1 }
        return (minimum...maximum).contains(count) ? j + count : nil
    }

    /// After a whole run of `minimum...maximum` ASCII digits at `j`: the end, or nil when the run
    /// is shorter or longer.
    private func digits(_ j: Int, _ minimum: Int, _ maximum: Int) -> Int? {
        var count = 0
        while count <= maximum, isDigit(j + count) { count += 1 }
        return (minimum...maximum).contains(count) ? j + count : nil
    }

    /// After a number of 1…`maxDigits` digits that is not zero (with a leading zero only when
    /// allowed) at `j`: the end.
    private func number(_ j: Int, maxDigits: Int, leadingZero: Bool) -> Int? {
        guard let end = digits(j, 1, maxDigits), leadingZero || !isChar(j, "0"), value(j..<end) > 0 else {
            return nil
        }
        return end
    }

    /// After a four-digit year 1900–2099 at `j` (a whole run of digits): the end.
    private func year(_ j: Int) -> Int? {
        guard let end = digits(j, 4, 4), (1900...2099).contains(value(j..<end)) else { return nil }
        return end
    }

    /// The value of the ASCII digits at `range` (at most a few, checked by the caller).
    private func value(_ range: Range<Int>) -> Int {
        var result = 0
        for j in range {
            guard let c = scalar(j) else { break }
            result = result * 10 + Int(c.value) - 0x30
        }
        return result
    }

    /// After `text` at `j`, or nil. With `anyFirstCase` the first letter may also be in the
    /// other case ("Form" or "form").
    private func literal(_ j: Int, _ text: String, anyFirstCase: Bool = false) -> Int? {
        var k = j
        for expected in text.unicodeScalars {
            guard let c = scalar(k) else { return nil }
            if c != expected {
                let lower = expected.value | 0x20
                guard anyFirstCase, k == j, lower >= 0x61, lower <= 0x7A, c.value ^ 0x20 == expected.value else {
                    return nil
                }
            }
            k += 1
        }
        return k
    }
}
