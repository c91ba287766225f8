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
    /// `[[views]]`, in order.
    var views: [ViewSettings]?

    init(profiles: [String: Profile] = [:], browser: BrowserSettings? = nil, columns: ColumnSettings? = nil, views: [ViewSettings]? = nil) {
        self.profiles = profiles
        self.browser = browser
        self.columns = columns
        self.views = views
    }

    /// Any table may be missing: a file with only `[browser]` settings has no profiles yet.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        profiles = try container.decodeIfPresent([String: Profile].self, forKey: .profiles) ?? [:]
        browser = try container.decodeIfPresent(BrowserSettings.self, forKey: .browser)
        columns = try container.decodeIfPresent(ColumnSettings.self, forKey: .columns)
        keys = try container.decodeIfPresent([String: [String: KeyNames]].self, forKey: .keys)
        theme = try container.decodeIfPresent([String: String].self, forKey: .theme)
        views = try container.decodeIfPresent([ViewSettings].self, forKey: .views)
    }
}

/// `[browser]` in config.toml.
struct BrowserSettings: Codable, Sendable, Hashable {
    /// Edits that change at most this many things are saved without the review screen.
    var skipReviewUpTo: Int?
    /// `mouse = true`: the mouse on at every start, as `--mouse` turns it on for one.
    var mouse: Bool?
    /// False: every start opens on the plain list, and the view in use is not kept.
    var rememberView: Bool?

    enum CodingKeys: String, CodingKey {
        case skipReviewUpTo = "skip_review_up_to"
        case mouse
        case rememberView = "remember_view"
    }
}
