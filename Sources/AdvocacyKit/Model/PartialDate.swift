/// A calendar date known to the year, the month or the day.
///
/// Advocacy texts date things loosely: "in May 2022" has month precision and must stay so.
/// A `PartialDate` never invents the parts the text does not give. Its JSON form is the
/// ISO 8601 reduced-precision string: `"2022"`, `"2022-05"` or `"2022-05-17"`.
///
/// ```swift
/// let may: PartialDate = "2022-05"
/// may.precision          // .month
/// may.firstDay.description // "2022-05-01"
/// ```
public struct PartialDate: Hashable, Comparable, Sendable, Codable, LosslessStringConvertible,
    ExpressibleByStringLiteral
{
    /// How much of the date is known.
    public enum Precision: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        /// Only the year is known.
        case year
        /// The year and the month are known.
        case month
        /// The full date is known.
        case day

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        /// Orders precisions from coarse (`year`) to fine (`day`).
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// The year (1...9999).
    public let year: Int
    /// The month (1...12), if known.
    public let month: Int?
    /// The day of the month, if known; only set when `month` is.
    public let day: Int?

    /// Creates a date of the given precision, or `nil` when the parts are not a real date
    /// (month 13, 30 February, a day without a month, a year outside 1...9999).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `nil` for anything else.
    public init?(_ description: String) {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// Creates a date from a literal such as `"2022-05"`.
    ///
    /// A malformed literal is a programming error and stops the program; use
    /// ``init(_:)`` for text that comes from input.
    public init(stringLiteral value: String) {
        guard let date = PartialDate(value) else {
            preconditionFailure("'\(value)' is not a YYYY, YYYY-MM or YYYY-MM-DD date")
        }
        self = date
    }

    /// Decodes a date from its ISO 8601 reduced-precision string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '\(text)'")
        }
        self = date
    }

    /// Encodes the date as its ISO 8601 reduced-precision string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day of the period this date covers (the date itself at day precision).
    public var firstDay: PartialDate {
        PartialDate(uncheckedYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day of the period this date covers (the date itself at day precision).
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(
            uncheckedYear: year, month: lastMonth,
            day: day ?? Self.daysIn(month: lastMonth, year: year))
    }

    /// Whether the whole period of this date ends before the period of `other` starts.
    ///
    /// `"2022-05"` is certainly before `"2022-06-01"`, but not before `"2022-05-20"`:
    /// the order of overlapping periods is unknown.
    public func isCertainlyBefore(_ other: PartialDate) -> Bool {
        lastDay < other.firstDay
    }

    /// The ISO 8601 form at the date's own precision, e.g. `2022-05`.
    public var description: String {
        // Written in one small buffer (a dossier's JSON and Akoma Ntoso write dates dozens of
        // times): the parts are in range (1...9999, 1...12, 1...31), so their widths are fixed.
        String(unsafeUninitializedCapacity: 4 + (month == nil ? 0 : 3) + (day == nil ? 0 : 3)) { text in
            func digits(_ value: Int, _ count: Int, at offset: Int) {
                var value = value
                for position in (offset..<offset + count).reversed() {
                    text[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
                    value /= 10
                }
            }
            digits(year, 4, at: 0)
            var offset = 4
            if let month {
                text[offset] = UInt8(ascii: "-")
                digits(month, 2, at: offset + 1)
                offset += 3
            }
            if let day {
                text[offset] = UInt8(ascii: "-")
                digits(day, 2, at: offset + 1)
                offset += 3
            }
            return offset
        }
    }

    /// A total order for sorting: by year, then month, then day, a coarser date first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
