import Foundation

/// A lead's `country`, as people type it, to the ISO 3166 region libphonenumber reads national
/// numbers with: a code (`IT`, `it`) or a name in any of the languages the demo data is written in
/// (`Italia`, `Italy`, `Italie`, `Италия`, `イタリア`…), with accents, case and dots ignored.
public enum CountryRegion {
    /// The alpha-2 code for `country`, or nil when it names no country this table knows.
    public static func code(for country: String?) -> String? {
        guard let country else { return nil }
        let key = fold(country)
        return key.isEmpty ? nil : table[key]
    }

    /// The languages whose country names are read: those of the seeded demo data, and a few more.
    public static let languages = [
        "en", "it", "fr", "de", "es", "pt", "pl", "tr", "ru", "el", "ar", "he", "hi", "zh", "ja", "ko", "vi",
        "nl", "sv", "cs", "uk",
    ]

    /// Names ICU does not give but people write (ICU names China "China mainland", "中国大陆"…).
    static let aliases: [String: String] = [
        "usa": "US", "u s": "US", "america": "US", "united states of america": "US", "stati uniti d america": "US",
        "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "northern ireland": "GB", "turkey": "TR", "turkiye": "TR", "russian federation": "RU", "россия": "RU",
        "korea": "KR", "republic of korea": "KR", "viet nam": "VN", "vietnam": "VN", "holland": "NL",
        "czech republic": "CZ", "uae": "AE", "prc": "CN", "中华人民共和国": "CN", "deutschland": "DE", "brasil": "BR",
        "china": "CN", "中国": "CN", "中國": "CN", "chine": "CN", "cina": "CN", "chiny": "CN", "cin": "CN", "китаи": "CN",
        "κινα": "CN", "الصين": "CN", "סין": "CN", "चीन": "CN", "중국": "CN", "trung quoc": "CN", "hellas": "GR", "ελλας": "GR", "bharat": "IN", "nippon": "JP", "nihon": "JP", "한국": "KR", "южная корея": "KR",
    ]

    static let table: [String: String] = {
        var table: [String: String] = [:]
        for (name, code) in aliases { table[fold(name)] = code }
        let regions = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        for code in regions where table[code.lowercased()] == nil { table[code.lowercased()] = code }
        for language in languages {
            let locale = Locale(identifier: language)
            for code in regions {
                guard let name = locale.localizedString(forRegionCode: code) else { continue }
                let key = fold(name)
                if !key.isEmpty, table[key] == nil { table[key] = code }
            }
        }
        return table
    }()

    /// Case, accents and punctuation folded: `U.S.A.` is `usa`, `Türkiye` is `turkiye`.
    static func fold(_ text: String) -> String {
        TextKey.words(text.replacingOccurrences(of: ".", with: "")).joined(separator: " ")
    }
}
