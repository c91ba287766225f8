/// The whole file: `[profiles.NAME]` tables, the `[browser]` settings, the list's `[columns]`
/// and the `[keys.SCREEN]` remapping.
struct ConfigDocument: Codable, Sendable, Hashable {
    var profiles: [String: Profile] = [:]
    var browser: BrowserSettings?
    var columns: ColumnSettings?
    /// `[keys.SCREEN]` tables as written; checked by `KeySettings` when the browser starts.
    var keys: [String: [String: KeyNames]]?
    /// `[theme]`: colour names by role, read by `ThemeSettings`.
    var theme: [String: String]?

    init(profiles: [String: Profile] = [:], browser: BrowserSettings? = nil, columns: ColumnSettings? = nil) {
        self.profiles = profiles
        self.browser = browser
        self.columns = columns
    }

    /// Any table may be missing: a file with only `[browser]` settings has no profiles yet.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        profiles = try container.decodeIfPresent([String: Profile].self, forKey: .profiles) ?? [:]
        browser = try container.decodeIfPresent(BrowserSettings.self, forKey: .browser)
        columns = try container.decodeIfPresent(ColumnSettings.self, forKey: .columns)
        keys = try container.decodeIfPresent([String: [String: KeyNames]].self, forKey: .keys)
        theme = try container.decodeIfPresent([String: String].self, forKey: .theme)
    }
}

/// `[browser]` in config.toml.
struct BrowserSettings: Codable, Sendable, Hashable {
    /// Edits that change at most this many things are saved without the review screen.
    var skipReviewUpTo: Int?
    /// `mouse = true`: the mouse on at every start, as `--mouse` turns it on for one.
    var mouse: Bool?

    enum CodingKeys: String, CodingKey {
        case skipReviewUpTo = "skip_review_up_to"
        case mouse
    }
}
