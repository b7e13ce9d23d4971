import Foundation
import Testing

@testable import AdvocacyKit

/// Parses text with the failable initialiser.
///
/// `PartialDate("2022-05")` with a literal argument does not call it: Swift treats
/// `T("literal")` as the literal coercion `"literal" as T` when `T` is
/// `ExpressibleByStringLiteral`, so the result is non-optional and a bad literal traps.
private func parse(_ text: String) -> PartialDate? {
    PartialDate(text)
}

/// Parsing, validation, periods, ordering and the JSON form of ``PartialDate``.
@Suite("PartialDate")
struct PartialDateTests {
    // MARK: - Parsing

    @Test func parsesAYear() throws {
        let date = try #require(parse("2022"))
        #expect(date.year == 2022)
        #expect(date.month == nil)
        #expect(date.day == nil)
        #expect(date.precision == .year)
    }

    @Test func parsesAMonth() throws {
        let date = try #require(parse("2022-05"))
        #expect(date.year == 2022)
        #expect(date.month == 5)
        #expect(date.day == nil)
        #expect(date.precision == .month)
    }

    @Test func parsesADay() throws {
        let date = try #require(parse("2022-05-17"))
        #expect(date.year == 2022)
        #expect(date.month == 5)
        #expect(date.day == 17)
        #expect(date.precision == .day)
    }

    @Test(arguments: [
        "2022-13",  // month 13
        "2022-00",  // month 0
        "2022-05-00",  // day 0
        "2022-04-31",  // April has 30 days
        "2023-02-29",  // not a leap year
        "1900-02-29",  // divisible by 100, not by 400
        "2024-02-30",  // February never has 30 days
        "0000",  // year 0
        "22-05",  // two-digit year
        "2022-5",  // one-digit month
        "2022-05-7",  // one-digit day
        "20222",  // five-digit year
        "May 2022",
        "",
        "2022-05-17T00:00",
        "2022-05-17-01",  // four parts
        "2022-",  // empty month
        "-2022",
        "2022/05",
        " 2022",
        "2022 ",
        "+202",
        "２０２２",  // full-width digits
        "٢٠٢٢",  // Arabic-Indic digits
    ])
    func rejects(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "0001", "9999-12-31", "2022-12", "2022-01-31", "2022-04-30"])
    func accepts(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test func memberwiseInitValidates() {
        #expect(PartialDate(year: 2022, month: 5, day: 17)?.description == "2022-05-17")
        #expect(PartialDate(year: 2022, day: 17) == nil, "a day without a month")
        #expect(PartialDate(year: 0) == nil)
        #expect(PartialDate(year: 10000) == nil)
        #expect(PartialDate(year: 2022, month: 0) == nil)
        #expect(PartialDate(year: 2022, month: 13) == nil)
        #expect(PartialDate(year: 2022, month: 2, day: 29) == nil)
        #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
        #expect(PartialDate(year: 2022, month: 6, day: 31) == nil)
    }

    @Test func literalArgumentIsACoercionNotAParse() {
        // Compiles only because `PartialDate("2022-05")` is a non-optional literal coercion.
        let coerced: PartialDate = PartialDate("2022-05")
        #expect(coerced == parse("2022-05"))
    }

    @Test func literalMatchesParsing() {
        let literal: PartialDate = "2022-05"
        #expect(literal == parse("2022-05"))
        #expect(literal == PartialDate(year: 2022, month: 5))
    }

    @Test func precisionIsOrderedFromCoarseToFine() {
        #expect(PartialDate.Precision.year < .month)
        #expect(PartialDate.Precision.month < .day)
        #expect(PartialDate.Precision.allCases.sorted() == [.year, .month, .day])
        #expect(PartialDate.Precision.allCases.map(\.rawValue) == ["year", "month", "day"])
    }

    // MARK: - Description

    @Test func descriptionPadsWithZeros() throws {
        #expect(try #require(PartialDate(year: 987)).description == "0987")
        #expect(try #require(PartialDate(year: 987, month: 3, day: 4)).description == "0987-03-04")
        #expect(try #require(PartialDate(year: 1)).description == "0001")
        #expect(try #require(PartialDate(year: 2022, month: 5)).description == "2022-05")
        #expect(parse("0987")?.year == 987)
        #expect("\(parse("0987-03")!)" == "0987-03")
    }

    /// Every day and month of ten years (a leap year, common years, the edges 1 and 9999), at
    /// each precision: the description is the zero-padded ISO form and parses back.
    @Test func descriptionOfEveryDayIsISOAndParsesBack() throws {
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        var checked = 0
        for year in [1, 9, 10, 99, 100, 999, 1000, 2024, 2023, 9999] {
            let plain = try #require(PartialDate(year: year))
            #expect(plain.description == padded(year, 4))
            for month in 1...12 {
                let monthDate = try #require(PartialDate(year: year, month: month))
                #expect(monthDate.description == "\(padded(year, 4))-\(padded(month, 2))")
                for day in 1...31 {
                    guard let date = PartialDate(year: year, month: month, day: day) else { continue }
                    let text = "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
                    #expect(date.description == text)
                    #expect(parse(text) == date)
                    checked += 1
                }
            }
        }
        #expect(checked == 9 * 365 + 366)  // 2024 is the one leap year (100 and 1000 are not)
    }

    // MARK: - Periods

    @Test(arguments: [
        ("2022-05", "2022-05-01", "2022-05-31"),
        ("2022-04", "2022-04-01", "2022-04-30"),
        ("2022-02", "2022-02-01", "2022-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2000-02", "2000-02-01", "2000-02-29"),
        ("1900-02", "1900-02-01", "1900-02-28"),
        ("2022-12", "2022-12-01", "2022-12-31"),
        ("2022", "2022-01-01", "2022-12-31"),
        ("2022-05-17", "2022-05-17", "2022-05-17"),
    ])
    func firstAndLastDay(_ text: String, _ first: String, _ last: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.firstDay.description == first)
        #expect(date.lastDay.description == last)
        #expect(date.firstDay.precision == .day)
        #expect(date.lastDay.precision == .day)
    }

    @Test(arguments: [
        // Disjoint periods, the first ending before the second starts.
        ("2022-05", "2022-06-01", true),
        ("2022-05-31", "2022-06", true),
        ("2021", "2022-01", true),
        ("2021-12-31", "2022", true),
        ("2022-05-16", "2022-05-17", true),
        ("2022-04", "2022-05", true),
        // Overlapping or containing periods: the order is unknown.
        ("2022-05", "2022-05-20", false),
        ("2022-05-20", "2022-05", false),
        ("2022", "2022-12-31", false),
        ("2022", "2022-01", false),
        ("2022-05", "2022-05", false),
        ("2022-05-17", "2022-05-17", false),
        // The other way round.
        ("2022-06-01", "2022-05", false),
        ("2023", "2022", false),
    ])
    func isCertainlyBefore(_ lhs: String, _ rhs: String, _ expected: Bool) throws {
        let a = try #require(PartialDate(lhs))
        let b = try #require(PartialDate(rhs))
        #expect(a.isCertainlyBefore(b) == expected)
    }

    // MARK: - Ordering

    @Test func sortsByYearThenMonthThenDayWithCoarserFirst() {
        let sorted: [PartialDate] = ["2022", "2022-01", "2022-01-01", "2022-01-02", "2022-02", "2022-12-31", "2023"]
        #expect(sorted.shuffled().sorted() == sorted)
        #expect(parse("2022")! < parse("2022-01")!)
        #expect(parse("2021-12-31")! < parse("2022")!)
        #expect(!(parse("2022-05")! < parse("2022-05")!))
        #expect(parse("2022-05-17")! > parse("2022-05")!)
    }

    // MARK: - JSON

    @Test(arguments: ["2022", "2022-05", "2022-05-17", "0987"])
    func json_encode(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(String(decoding: try encodeJSON(date), as: UTF8.self) == "\"\(text)\"")
        assertJSONEquivalent(try encodeJSON(["date": date]), #"{"date": "\#(text)"}"#)
    }

    @Test(arguments: ["2022", "2022-05", "2022-05-17", "0987"])
    func json_decode(_ text: String) throws {
        #expect(try decodeJSON(PartialDate.self, "\"\(text)\"") == PartialDate(text))
        #expect(try decodeJSON([String: PartialDate].self, #"{"d": "\#(text)"}"#)["d"] == PartialDate(text))
    }

    @Test(arguments: [#""May 2022""#, #""2023-02-29""#, "2022", "null", #"{"year": 2022}"#])
    func json_decodeRejects(_ json: String) {
        #expect(throws: DecodingError.self) { try decodeJSON(PartialDate.self, json) }
    }

    @Test func json_decodeErrorNamesTheFormat() {
        do {
            _ = try decodeJSON(PartialDate.self, #""May 2022""#)
            Issue.record("decoded an invalid date")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'May 2022'")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
