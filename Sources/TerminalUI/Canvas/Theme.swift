/// Colours by role (`[theme]` in config.toml): which terminal colours the header, the selection,
/// errors, the footer's keys… are drawn in. Only where the terminal has colours: with `NO_COLOR`,
/// on a monochrome terminal or `TERM=vt100` a theme changes nothing, and every role keeps its
/// attributes (the selection reverse video), so the screen stays readable whatever was set.
public struct Theme: Sendable, Hashable {
    /// A foreground and a background: a palette index (0–255) or nil for the terminal's default.
    public struct Colors: Sendable, Hashable {
        public var foreground: Int16?
        public var background: Int16?
        public init(foreground: Int16?, background: Int16? = nil) {
            self.foreground = foreground
            self.background = background
        }
    }

    /// The role names a theme takes, and the style roles each colours.
    public static let roles: [String: [Style.Role]] = [
        "header": [.header], "selection": [.selected], "error": [.error, .statusError], "footer_keys": [.key],
        "title": [.title], "border": [.border], "status": [.status], "accent": [.accent], "focused": [.focused],
        "marked": [.marked], "dirty": [.dirty],
    ]

    /// The colour names a theme takes (or a number 0–255 for a 256-colour terminal).
    public static let colorNames: [String: Int16] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11, "bright-blue": 12,
        "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    public var colors: [Style.Role: Colors]

    public init(colors: [Style.Role: Colors] = [:]) {
        self.colors = colors
    }

    /// Why a theme entry cannot be read.
    public enum Problem: Error, Equatable, Sendable {
        case unknownRole(String)
        case unknownColor(String)
    }

    /// A theme from `role = "COLOUR"` or `role = "COLOUR on COLOUR"` entries (`default` is the
    /// terminal's own colour); the first entry that cannot be read throws, naming its key.
    public static func parse(_ entries: [(key: String, value: String)]) throws(Problem) -> Theme {
        var theme = Theme()
        for (key, value) in entries {
            guard let roles = roles[key] else { throw .unknownRole(key) }
            let parts = value.lowercased().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let colours: Colors
            switch parts.count {
            case 1: colours = Colors(foreground: try color(parts[0], in: value))
            case 3 where parts[1] == "on": colours = Colors(foreground: try color(parts[0], in: value), background: try color(parts[2], in: value))
            default: throw .unknownColor(value)
            }
            for role in roles { theme.colors[role] = colours }
        }
        return theme
    }

    private static func color(_ word: String, in value: String) throws(Problem) -> Int16? {
        if word == "default" { return nil }
        if let named = colorNames[word] { return named }
        if let number = Int16(word), (0...255).contains(number) { return number }
        throw .unknownColor(value)
    }
}
