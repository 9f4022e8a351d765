import Foundation
import Testing
import Memory

@Suite struct TMXDateTests {
    /// Seconds since 1970 as Python's `calendar.timegm` gives them for the same fields.
    @Test(arguments: [
        ("20180412T093000Z", 1_523_525_400),
        ("19700101T000000Z", 0),
        ("19691231T235959Z", -1),
        ("20000229T120000Z", 951_825_600),   // 2000 is a leap year (divisible by 400)
        ("20240229T000000Z", 1_709_164_800),
        ("20181231T235959Z", 1_546_300_799),
        ("16000101T000000Z", -11_676_096_000),   // before 1582: still Gregorian, as ISO 8601 has it
        ("00010101T000000Z", -62_135_596_800),
        ("99991231T235959Z", 253_402_300_799),
        ("20180412T096000Z", 1_523_527_200),   // minute 60 rolls into 10:00 of the same day
    ])
    func readsValidDates(text: String, seconds: Int) {
        #expect(TMXDate.parse(text) == Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test(arguments: [
        "21000229T000000Z",   // 2100 is no leap year
        "20230229T000000Z",
        "20180431T000000Z",
        "20181301T000000Z",
        "20180001T000000Z",
        "20180100T000000Z",
        "20181231T240000Z",   // past the day's end
        "20181231T235960Z",
        "2018+412T093000Z",
        "2018-4-12T09300Z",
        "20180412 093000Z",
        "20180412t093000z",
        "20180412T093000",
        "20180412T0930000Z",
        "",
        "２０１８0412T093000Z",
    ])
    func rejectsOthers(text: String) {
        #expect(TMXDate.parse(text) == nil)
    }
}
