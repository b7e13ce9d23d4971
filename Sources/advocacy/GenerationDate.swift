import AdvocacyKit
import Foundation

/// The date that stands in for a missing publication date in FRBR: `--generation-date`, or
/// today (UTC) when it is not given.
enum GenerationDate {
    /// The option's date, or today's.
    static func resolve(_ option: String?) -> PartialDate {
        if let option, let date = PartialDate(option) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        return PartialDate(year: today.year ?? 2000, month: today.month, day: today.day) ?? "2000-01-01"
    }
}
