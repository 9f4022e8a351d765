import Foundation

/// TMX dates (`20180412T093000Z`, always UTC) to `Date`.
///
///     TMXDate.parse("20180412T093000Z")   // 2018-04-12 09:30:00 +0000
///     TMXDate.parse("20190229T000000Z")   // nil: 2019 is no leap year
public enum TMXDate {
    /// Parses the TMX form, in the proleptic Gregorian calendar ISO 8601 uses; `nil` for anything
    /// else: not 16 bytes, a byte other than a digit in a number, a month outside 1–12, a day past
    /// its month's last, or a time past the day's end. Within the day, a minute or second of 60
    /// and up rolls over (`T096000Z` is 10:00), as Foundation's calendar read it before.
    ///
    /// Plain arithmetic, no calendar object: an import parses one date per unit.
    ///
    /// - Complexity: O(1).
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for byte in bytes[range] {
                    guard byte &- UInt8(ascii: "0") < 10 else { return nil }
                    value = value * 10 + Int(byte &- UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
                  let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
                  (1...12).contains(month), (1...daysIn(month: month, of: year)).contains(day) else { return nil }
            let seconds = hour * 3600 + minute * 60 + second
            guard seconds < 86_400 else { return nil }
            return Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch(year: year, month: month, day: day) * 86_400 + seconds))
        }
    }

    private static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a valid date (Howard Hinnant's `days_from_civil`, years from 0).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
