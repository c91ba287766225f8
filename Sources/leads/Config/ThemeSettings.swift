import TerminalUI

/// `[theme]` in config.toml: colours by role, checked at start; an unknown role or colour is one
/// error naming its line, the roles and the colours there are.
///
/// ```toml
/// [theme]
/// header = "magenta"
/// selection = "black on yellow"
/// footer_keys = "bright-cyan"
/// ```
enum ThemeSettings {
    static func theme(_ entries: [String: String]?, file: ConfigFile) throws -> Theme {
        guard let entries else { return Theme() }
        // In the file's order, so the error is about the first wrong line.
        let ordered = entries.map { (key: $0.key, value: $0.value) }
            .sorted { (line(of: $0.key, file) ?? Int.max, $0.key) < (line(of: $1.key, file) ?? Int.max, $1.key) }
        do throws(Theme.Problem) {
            return try Theme.parse(ordered)
        } catch {
            let (key, what) = switch error {
            case .unknownRole(let role): (role, "unknown role \"\(role)\" in [theme]; roles are \(Theme.roles.keys.sorted().joined(separator: ", "))")
            case .unknownColor(let value):
                (ordered.first { $0.value == value }?.key ?? "",
                 "unknown colour \"\(value)\" in [theme]; colours are default, \(Theme.colorNames.sorted { $0.value < $1.value }.map(\.key).joined(separator: ", ")) or 0–255, as \"FOREGROUND\" or \"FOREGROUND on BACKGROUND\"")
            }
            throw CLIError(.usage, "\(file.path)\(line(of: key, file).map { " line \($0)" } ?? ""): \(what)")
        }
    }

    /// The line where `key` is set in `[theme]`.
    private static func line(of key: String, _ file: ConfigFile) -> Int? {
        file.line(of: key + " ", in: "theme") ?? file.line(of: key + "=", in: "theme") ?? file.line(of: key, in: "theme")
    }
}
