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
    /// libc's `timegm` and `gmtime_r` (as a match's day is written, see `MatchDescription`), no
    /// calendar object: an import parses one date per unit.
    ///
    /// - Complexity: O(1).
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
            func number(_ range: Range<Int>) -> Int32? {
                var value: Int32 = 0
                for byte in bytes[range] {
                    guard byte &- UInt8(ascii: "0") < 10 else { return nil }
                    value = value * 10 + Int32(byte &- UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
                  let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15) else { return nil }
            var fields = tm()
            fields.tm_year = year - 1900
            fields.tm_mon = month - 1
            fields.tm_mday = day
            fields.tm_hour = hour
            fields.tm_min = minute
            fields.tm_sec = second
            var time = timegm(&fields)
            // timegm carries a day or month out of range into the next; the date is valid only
            // when the day read back is the one written.
            var back = tm()
            guard gmtime_r(&time, &back) != nil, back.tm_year == year - 1900, back.tm_mon == month - 1, back.tm_mday == day
            else { return nil }
            return Date(timeIntervalSince1970: TimeInterval(time))
        }
    }
}
