/// Finds English calendar dates in running text and reads them as ``PartialDate``s.
///
/// The scanner reads Unicode scalars by hand (no regular expressions), so it is cheap enough
/// to run over every sentence of every document. It recognises:
///
/// - day-month-year: `7 March 2023`, `7th March, 2023`, `1st of September 2021`, `7 Mar. 2023`;
/// - month-day-year: `March 7, 2023`, `Mar 7 2023`, `March 7th, 2023`;
/// - either of them after a weekday: `Tuesday, 7 March 2023`, `Tue. March 7, 2023`;
/// - month-year, at month precision: `May 2022`;
/// - ISO dates: `2023-03-07` (also followed by a time, `2023-03-07T10:00:00Z`) and `2023/03/07`;
/// - a bare year, at year precision, only after `in`, `since` or `of` (`in 2022`), only from
///   1900 to 2099, and not when a lowercase word other than a small set of function words
///   follows (`in 2022 schools` is a count, `in 2022 the Commission` a year);
/// - day-month and month-day without a year (`12 May`, `Tuesday, March 12`) only when the
///   caller passes a `defaultYear`.
///
/// It never guesses: numeric forms such as `12.05.2006` or `12/05/2006` (day-first or
/// month-first?), two-digit years, a month name alone (`May`) and a bare year without one of
/// the prepositions give no date. Month and weekday names must start with a capital letter
/// (`may` and `march` are verbs), in full or abbreviated (`Sept`, `Tues`, optionally with a
/// full stop). Impossible dates (`30 February 2023`) give no date.
///
/// Ranges are offsets in Unicode scalars within the text passed in, the way ``SourceSpan``
/// counts; a match covers the date phrase only (`May 2022` in `in May 2022`, the weekday
/// included when there is one).
enum DateText {
    /// A date found in text and the scalar offsets of the phrase that states it.
    typealias Match = (date: PartialDate, range: Range<Int>)

    /// The first date in `text`, or `nil` when it states none (see the type's rules).
    ///
    /// - Parameter defaultYear: The year to use for a day and month stated without a year;
    ///   without it such phrases give no date.
    static func parse(_ text: some StringProtocol, defaultYear: Int? = nil) -> Match? {
        let tokens = tokenize(text.unicodeScalars)
        let scanner = Scanner(tokens: tokens, defaultYear: defaultYear)
        for index in tokens.indices {
            if let match = scanner.match(at: index) { return match }
        }
        return nil
    }

    /// Every date in `text`, in reading order, without overlaps.
    static func dates(in text: some StringProtocol, defaultYear: Int? = nil) -> [Match] {
        let tokens = tokenize(text.unicodeScalars)
        let scanner = Scanner(tokens: tokens, defaultYear: defaultYear)
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = scanner.match(at: index) {
                result.append(match)
                while index < tokens.count, tokens[index].start < match.range.upperBound { index += 1 }
            } else {
                index += 1
            }
        }
        return result
    }

    /// The date of a paragraph that is only a publication line, such as `Posted on Mar 7, 2023`,
    /// `Published: 12 May 2023`, `Tuesday, 7 March 2023`, `BRUSSELS, 7 March 2023` or
    /// `2023-03-07 | News`, with the scalar range of the date within `paragraph`.
    ///
    /// Returns `nil` when the paragraph says anything more than a date with a short lead-in
    /// (posted, published, updated, released, a place name of up to three capitalised words
    /// followed by a comma or dash), a time, a time zone, a short `by …` credit or a category
    /// word; or when the date is only a year.
    static func parsePublicationLine(_ paragraph: String) -> (PartialDate, Range<Int>)? {
        let tokens = tokenize(paragraph.unicodeScalars)
        guard !tokens.isEmpty, tokens.count <= 32 else { return nil }
        let scanner = Scanner(tokens: tokens, defaultYear: nil)
        var first: Int?
        var match: Match?
        for index in tokens.indices {
            if let found = scanner.match(at: index) {
                first = index
                match = found
                break
            }
        }
        guard let first, let match, match.date.precision != .year else { return nil }
        var after = first
        while after < tokens.count, tokens[after].start < match.range.upperBound { after += 1 }
        guard isPublicationLead(tokens[..<first]), isPublicationTail(tokens[after...]) else { return nil }
        return (match.date, match.range)
    }

    /// A date stated as a metadata value: an ISO date or date-time (`2023-03-07`,
    /// `2023-03-07T10:00:00+01:00`, `2023-03-07 10:00`), `YYYY-MM`, `YYYY`, or an English date
    /// phrase (`March 7, 2023`, `7 March 2023`, `May 2023`) that is the whole value, possibly
    /// with a weekday and a time after it; `nil` for anything else.
    static func parseStated(_ value: some StringProtocol) -> PartialDate? {
        let text = PlainTextReader.trimmed(value)
        let utf8 = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= utf8.count && utf8[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        if digits(0..<4), utf8.count == 4 || utf8.count == 7 || utf8.count >= 10 {
            if utf8.count == 4 || utf8.count == 7 { return PartialDate(text) }
            if utf8[4] == 0x2D, digits(5..<7), utf8[7] == 0x2D, digits(8..<10),
                utf8.count == 10 || [0x54, 0x74, 0x20].contains(utf8[10])
            {
                return PartialDate(String(decoding: utf8[0..<10], as: UTF8.self))
            }
        }
        let tokens = tokenize(text.unicodeScalars)
        let scanner = Scanner(tokens: tokens, defaultYear: nil)
        guard let first = tokens.first, let match = scanner.match(at: 0), match.range.lowerBound == first.start else {
            return nil
        }
        // Only a time may follow: digits, punctuation and zone words.
        for token in tokens where token.start >= match.range.upperBound {
            if token.kind == .word, tailWords.contains(token.word) { continue }
            if token.kind != .word { continue }
            return nil
        }
        return match.date
    }


    /// Words that may introduce a publication date.
    private static let leadWords: Set<WordCode> = codes([
        "posted", "published", "publication", "date", "dated", "updated", "released", "release",
        "issued", "press", "news", "on", "first", "last", "created", "written", "statement", "joint",
        "media", "for", "immediate", "embargoed", "until", "the",
    ])

    /// Words that may follow a publication date.
    private static let tailWords: Set<WordCode> = codes([
        "at", "am", "pm", "a", "p", "m", "h", "hrs", "cet", "cest", "gmt", "utc", "bst", "est", "edt",
        "pst", "pdt", "eet", "eest", "local", "time", "news", "press", "release", "releases",
        "statement", "statements", "updated", "minute", "minutes", "min", "read",
    ])

    /// Whether the tokens before the date are a permitted lead-in.
    private static func isPublicationLead(_ tokens: ArraySlice<Token>) -> Bool {
        var foreignWords = 0
        for token in tokens {
            switch token.kind {
            case .punct:
                continue
            case .number:
                return false
            case .word:
                if leadWords.contains(token.word) { continue }
                guard token.capitalised else { return false }
                foreignWords += 1
            }
        }
        guard foreignWords > 0 else { return true }
        // A place name must be set off from the date: "BRUSSELS, 7 March 2023".
        guard foreignWords <= 3, let last = tokens.last, last.kind == .punct else { return false }
        return [",", "—", "–", "-", "|", ":", "·", "•"].contains(Unicode.Scalar(UInt32(last.value)) ?? " ")
    }

    /// Whether the tokens after the date are a permitted tail (time, zone, credit, category).
    private static func isPublicationTail(_ tokens: ArraySlice<Token>) -> Bool {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            switch token.kind {
            case .punct, .number:
                break
            case .word:
                if token.word == Words.by {
                    // A short credit: "by Jane Doe", up to six more words.
                    let rest = tokens[(index + 1)...]
                    let words = rest.filter { $0.kind == .word }.count
                    return words >= 1 && words <= 6 && !rest.contains { $0.kind == .number }
                }
                guard tailWords.contains(token.word) || leadWords.contains(token.word) else {
                    return false
                }
            }
            index += 1
        }
        return true
    }

    // MARK: - Tokens

    /// One token of the text: a run of digits, a word or a single other scalar. The date
    /// grammar reads finer tokens than ``AnalyzedParagraph`` ("7th" is a number with an ordinal
    /// suffix, "12.05.2006" three numbers), classified by the same ``TextCharacters``.
    struct Token {
        enum Kind { case number, word, punct }
        /// What the token is.
        var kind: Kind
        /// The scalar offset where the token starts.
        var start: Int
        /// The scalar offset just past the token.
        var end: Int
        /// Whether whitespace (or the start of the text) comes right before the token.
        var spaceBefore: Bool
        /// A number's value (-1 when it has more than nine digits), or a punctuation scalar's value.
        var value: Int = 0
        /// How many digits a number has.
        var digits: Int = 0
        /// Whether a number carries an ordinal suffix (`7th`).
        var ordinal: Bool = false
        /// A word's ``WordCode`` (0 for long or non-ASCII words).
        var word: WordCode = 0
        /// Whether a word starts with a capital letter.
        var capitalised: Bool = false
    }

    /// Splits scalars into tokens, skipping whitespace.
    static func tokenize(_ scalars: some Collection<Unicode.Scalar>) -> [Token] {
        // Read once into an array: a string's scalar view would check and decode the scalar at
        // every index the tokeniser reads, several times for most scalars.
        tokenize(scalars: Array(scalars))
    }

    /// Splits an array of scalars into tokens, skipping whitespace.
    private static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = scalars.startIndex
        var offset = 0
        var spaceBefore = true
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            if isSpace(scalar) {
                spaceBefore = true
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            let start = offset
            if value >= 0x30 && value <= 0x39 {
                var number = 0
                var digits = 0
                while index < scalars.endIndex, case let digit = scalars[index].value, digit >= 0x30 && digit <= 0x39 {
                    if digits < 9 { number = number * 10 + Int(digit - 0x30) }
                    digits += 1
                    index = scalars.index(after: index)
                    offset += 1
                }
                var token = Token(kind: .number, start: start, end: offset, spaceBefore: spaceBefore)
                token.value = digits > 9 ? -1 : number
                token.digits = digits
                // An ordinal suffix: exactly two letters st/nd/rd/th, then no letter.
                if index < scalars.endIndex {
                    let second = scalars.index(after: index)
                    if second < scalars.endIndex {
                        let a = lowerASCII(scalars[index]), b = lowerASCII(scalars[second])
                        let third = scalars.index(after: second)
                        let ends = third == scalars.endIndex || !isLetter(scalars[third])
                        if ends, (a == "s" && b == "t") || (a == "n" && b == "d") || (a == "r" && b == "d") || (a == "t" && b == "h") {
                            token.ordinal = true
                            index = third
                            offset += 2
                            token.end = offset
                        }
                    }
                }
                tokens.append(token)
            } else if isLetter(scalar) {
                var ascii = true
                var length = 0
                var code: WordCode = 0
                let capitalised = isUppercase(scalar)
                while index < scalars.endIndex, isLetter(scalars[index]) {
                    let letter = scalars[index]
                    if letter.isASCII {
                        if length < 12 { code = code << 5 | WordCode((letter.value | 0x20) - 0x60) }
                    } else {
                        ascii = false
                    }
                    length += 1
                    index = scalars.index(after: index)
                    offset += 1
                }
                var token = Token(kind: .word, start: start, end: offset, spaceBefore: spaceBefore)
                token.word = ascii && length <= 12 ? code : 0
                token.capitalised = capitalised
                tokens.append(token)
            } else {
                var token = Token(kind: .punct, start: start, end: offset + 1, spaceBefore: spaceBefore)
                token.value = Int(value)
                tokens.append(token)
                index = scalars.index(after: index)
                offset += 1
            }
            spaceBefore = false
        }
        return tokens
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { TextCharacters.isSpace(scalar) }

    /// A letter of ``TextCharacters``, but not a letter that is a number ("Ⅻ"), which the
    /// date grammar reads as neither word nor number.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        TextCharacters.isLetter(scalar) && (scalar.isASCII || scalar.properties.numericType == nil)
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { TextCharacters.isUpper(scalar) }

    private static func lowerASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar
    }

    // MARK: - Vocabulary

    /// A short ASCII word packed into an integer, five bits per lowercase letter (up to twelve
    /// letters), so that looking words up needs no string; 0 stands for any other word.
    typealias WordCode = UInt64

    /// The code of a lowercase ASCII word of at most twelve letters.
    static func code(_ word: String) -> WordCode {
        var result: WordCode = 0
        for byte in word.utf8.prefix(12) { result = result << 5 | WordCode((byte | 0x20) - 0x60) }
        return result
    }

    private static func codes(_ words: [String]) -> Set<WordCode> {
        Set(words.map(code))
    }

    /// Codes of words the patterns refer to.
    private enum Words {
        static let of = code("of")
        static let by = code("by")
    }

    /// Month numbers by lowercased full name or abbreviation, and whether it is an abbreviation.
    private static let months: [WordCode: (number: Int, abbreviated: Bool)] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var table: [WordCode: (number: Int, abbreviated: Bool)] = [:]
        for (offset, name) in names.enumerated() {
            table[code(name)] = (offset + 1, false)
            let short = code(String(name.prefix(3)))
            if table[short] == nil { table[short] = (offset + 1, true) }
        }
        table[code("sept")] = (9, true)
        return table
    }()

    /// Lowercased weekday names and abbreviations, and whether each is an abbreviation.
    private static let weekdays: [WordCode: Bool] = Dictionary(uniqueKeysWithValues: [
        "monday": false, "tuesday": false, "wednesday": false, "thursday": false, "friday": false,
        "saturday": false, "sunday": false, "mon": true, "tue": true, "tues": true, "wed": true,
        "weds": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
    ].map { (code($0.key), $0.value) })

    /// Words after which a bare year counts as a date.
    private static let yearPrepositions: Set<WordCode> = codes(["in", "since", "of"])

    /// Lowercase words that may follow a bare year without making it a count ("in 2022 alone").
    private static let wordsAfterYear: Set<WordCode> = codes([
        "and", "or", "to", "the", "a", "an", "when", "after", "before", "as", "with", "by", "for", "in",
        "on", "at", "was", "were", "is", "will", "had", "has", "have", "it", "we", "they", "this", "that",
        "which", "but", "alone", "until", "through", "onwards", "onward", "compared", "while", "there",
        "its", "their", "our", "his", "her", "he", "she", "i", "so", "then", "too", "also", "already",
        "only", "more", "than", "where", "following", "from", "versus", "vs",
    ])

    // MARK: - Matching

    /// Matches date patterns at token positions.
    private struct Scanner {
        let tokens: [Token]
        let defaultYear: Int?

        init(tokens: [Token], defaultYear: Int?) {
            self.tokens = tokens
            self.defaultYear = defaultYear
        }

        /// The token at `index`, or `nil` past the end.
        private func token(_ index: Int) -> Token? {
            index >= 0 && index < tokens.count ? tokens[index] : nil
        }

        /// Whether the token at `index` is the punctuation `scalar`.
        private func isPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
            guard let token = token(index), token.kind == .punct else { return false }
            return token.value == Int(scalar.value)
        }

        /// Whether a punctuation value joins the parts of a number or numeric date (`-`, `/`,
        /// `.`, `,`, `:`, `–`).
        private static func joinsNumbers(_ value: Int) -> Bool {
            switch value {
            case 0x2D, 0x2F, 0x2E, 0x2C, 0x3A, 0x2013: true
            default: false
            }
        }

        private func month(_ index: Int) -> (number: Int, abbreviated: Bool)? {
            guard let token = token(index), token.kind == .word, token.capitalised else { return nil }
            return DateText.months[token.word]
        }

        /// Whether the token at `index` is followed, without space, by more of a number
        /// (`2022-23`, `1,000`, `7.5`, `12:30`) or by letters (`1990s`).
        private func continuesNumber(_ index: Int) -> Bool {
            guard let next = token(index + 1), !next.spaceBefore else { return false }
            switch next.kind {
            case .number, .word:
                return true
            case .punct:
                guard let after = token(index + 2), !after.spaceBefore, after.kind == .number else { return false }
                return Self.joinsNumbers(next.value)
            }
        }

        /// Whether the number at `index` is glued to a number before it (`12.05`, `3/7`).
        private func continuesPreviousNumber(_ index: Int) -> Bool {
            guard let current = token(index), !current.spaceBefore, let previous = token(index - 1) else { return false }
            switch previous.kind {
            case .number, .word: return true
            case .punct: return Self.joinsNumbers(previous.value)
            }
        }

        /// Whether the token at `index` is a four-digit year that can end a date.
        private func isYear(_ index: Int, afterComma: Bool) -> Bool {
            guard let token = token(index), token.kind == .number, token.digits == 4, !token.ordinal,
                token.spaceBefore || afterComma
            else { return false }
            return !continuesNumber(index)
        }

        /// Whether the token at `index` can be a day of the month.
        private func isDay(_ index: Int) -> Bool {
            guard let token = token(index), token.kind == .number, (1...2).contains(token.digits) else { return false }
            return (1...31).contains(token.value)
        }

        /// The date starting at token `index`, if one does.
        func match(at index: Int) -> Match? {
            let first = tokens[index]
            switch first.kind {
            case .punct:
                return nil
            case .word:
                guard first.capitalised, first.word != 0 else { return nil }
                if let abbreviated = DateText.weekdays[first.word] {
                    var next = index + 1
                    if abbreviated, let stop = token(next), !stop.spaceBefore, isPunct(next, ".") { next += 1 }
                    if isPunct(next, ",") { next += 1 }
                    if isDay(next) { return dayFirst(at: next, start: first.start) }
                    if month(next) != nil { return monthFirst(at: next, start: first.start, afterWeekday: true) }
                    return nil
                }
                if month(index) != nil {
                    // After a day ("30 February 2023"), the day-first reading was already tried.
                    var before = index - 1
                    if let of = token(before), of.kind == .word, of.word == Words.of { before -= 1 }
                    if first.spaceBefore, isDay(before) { return nil }
                    return monthFirst(at: index, start: first.start, afterWeekday: false)
                }
                return nil
            case .number:
                if first.digits == 4, !first.ordinal {
                    return isoDate(at: index) ?? bareYear(at: index)
                }
                if isDay(index), !continuesPreviousNumber(index) {
                    return dayFirst(at: index, start: first.start)
                }
                return nil
            }
        }

        /// `7 March 2023`, `7th of March, 2023`, `12 May` (with a default year).
        private func dayFirst(at index: Int, start: Int) -> Match? {
            guard isDay(index) else { return nil }
            let day = tokens[index].value
            var next = index + 1
            if let of = token(next), of.kind == .word, of.word == Words.of, of.spaceBefore { next += 1 }
            guard let month = month(next), tokens[next].spaceBefore else { return nil }
            let monthEnd = tokens[next].end
            next += 1
            if month.abbreviated, isPunct(next, "."), !tokens[next].spaceBefore { next += 1 }
            var afterComma = false
            if isPunct(next, ",") {
                next += 1
                afterComma = true
            }
            if isYear(next, afterComma: afterComma) {
                guard let date = PartialDate(year: tokens[next].value, month: month.number, day: day) else { return nil }
                return (date, start..<tokens[next].end)
            }
            guard let defaultYear, let date = PartialDate(year: defaultYear, month: month.number, day: day) else {
                return nil
            }
            return (date, start..<monthEnd)
        }

        /// `March 7, 2023`, `Mar. 7th 2023`, `May 2022`, `March 12` (with a default year).
        private func monthFirst(at index: Int, start: Int, afterWeekday: Bool) -> Match? {
            guard let month = month(index) else { return nil }
            var next = index + 1
            if month.abbreviated, isPunct(next, "."), !tokens[next].spaceBefore { next += 1 }
            guard let number = token(next), number.kind == .number, number.spaceBefore else { return nil }
            if number.digits == 4, !number.ordinal {
                guard !afterWeekday, !continuesNumber(next),
                    let date = PartialDate(year: number.value, month: month.number)
                else { return nil }
                return (date, start..<number.end)
            }
            guard isDay(next) else { return nil }
            // "May 1,000 people", "March 7.5", "May 12:30", "March 7-8" are not (single) days.
            if continuesNumber(next) { return nil }
            let day = number.value
            var yearIndex = next + 1
            var afterComma = false
            if isPunct(yearIndex, ",") {
                yearIndex += 1
                afterComma = true
            }
            if isYear(yearIndex, afterComma: afterComma) {
                guard let date = PartialDate(year: tokens[yearIndex].value, month: month.number, day: day) else {
                    return nil
                }
                return (date, start..<tokens[yearIndex].end)
            }
            guard let defaultYear, let date = PartialDate(year: defaultYear, month: month.number, day: day) else {
                return nil
            }
            return (date, start..<number.end)
        }

        /// `2023-03-07`, `2023-03-07T10:00:00Z`, `2023/03/07`.
        private func isoDate(at index: Int) -> Match? {
            guard !continuesPreviousNumber(index), let separator = token(index + 1), !separator.spaceBefore,
                isPunct(index + 1, "-") || isPunct(index + 1, "/"),
                let monthToken = token(index + 2), !monthToken.spaceBefore, monthToken.kind == .number,
                (1...2).contains(monthToken.digits), !monthToken.ordinal,
                let second = token(index + 3), !second.spaceBefore, second.kind == .punct, second.value == separator.value,
                let dayToken = token(index + 4), !dayToken.spaceBefore, dayToken.kind == .number,
                (1...2).contains(dayToken.digits), !dayToken.ordinal
            else { return nil }
            // A time may follow ("T10:00"), but not more date parts ("2023-03-07-01", "2023/03/07/2").
            if let next = token(index + 5), !next.spaceBefore {
                if next.kind == .number { return nil }
                if next.kind == .punct, next.value == separator.value, token(index + 6)?.kind == .number { return nil }
                if next.kind == .punct, next.value == 0x2E, let after = token(index + 6), !after.spaceBefore, after.kind == .number {
                    return nil
                }
            }
            guard let date = PartialDate(year: tokens[index].value, month: monthToken.value, day: dayToken.value) else {
                return nil
            }
            return (date, tokens[index].start..<dayToken.end)
        }

        /// `in 2022`, `since 2019`, `of 2021`.
        private func bareYear(at index: Int) -> Match? {
            let year = tokens[index]
            guard year.spaceBefore, (1900...2099).contains(year.value), let previous = token(index - 1),
                previous.kind == .word, DateText.yearPrepositions.contains(previous.word),
                !continuesNumber(index)
            else { return nil }
            if let next = token(index + 1), next.kind == .word, !next.capitalised {
                guard DateText.wordsAfterYear.contains(next.word) else { return nil }
            }
            guard let date = PartialDate(year: year.value) else { return nil }
            return (date, year.start..<year.end)
        }
    }
}
