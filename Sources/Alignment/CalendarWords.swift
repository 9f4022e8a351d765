/// Month and weekday names, which translators always carry over: `Maret` ↔ `March`,
/// `Senin` ↔ `Monday`. Keys are the capitalised forms as written in running text.
enum CalendarWords {
    /// A language-neutral key (`"month3"`, `"day1"`) for a capitalised month or weekday name.
    static func key(for word: Substring, indonesian: Bool) -> String? {
        (indonesian ? indonesianNames : englishNames)[String(word)]
    }

    private static let indonesianNames: [String: String] = names(
        months: [["Januari", "Jan"], ["Februari", "Feb", "Pebruari"], ["Maret", "Mar"], ["April", "Apr"],
                 ["Mei"], ["Juni", "Jun"], ["Juli", "Jul"], ["Agustus", "Agu", "Agt"], ["September", "Sep", "Sept"],
                 ["Oktober", "Okt"], ["November", "Nov", "Nopember"], ["Desember", "Des"]],
        days: [["Senin"], ["Selasa"], ["Rabu"], ["Kamis"], ["Jumat"], ["Sabtu"], ["Minggu", "Ahad"]])

    private static let englishNames: [String: String] = names(
        months: [["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"],
                 ["May"], ["June", "Jun"], ["July", "Jul"], ["August", "Aug"], ["September", "Sep", "Sept"],
                 ["October", "Oct"], ["November", "Nov"], ["December", "Dec"]],
        days: [["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"], ["Sunday"]])

    private static func names(months: [[String]], days: [[String]]) -> [String: String] {
        var table: [String: String] = [:]
        for (number, spellings) in months.enumerated() {
            for spelling in spellings { table[spelling] = "month\(number + 1)" }
        }
        for (number, spellings) in days.enumerated() {
            for spelling in spellings { table[spelling] = "day\(number + 1)" }
        }
        return table
    }
}
