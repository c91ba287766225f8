import LeadBrowser

/// `[keys.SCREEN]` tables in config.toml: actions of a screen given other keys.
///
/// ```toml
/// [keys.list]
/// open = ["Enter", "o"]
/// trash = ""
/// ```
///
/// Checked as a whole at start: the first mistake (an unknown screen, action or key name, or a
/// key two actions of one screen would share) is one error naming its line, since a remapping
/// that half applies would leave keys doing what the user did not ask for.
struct KeySettings: Sendable, Hashable {
    /// Screen name → action name → key names, as written (`ConfigDocument.keys`).
    var screens: [String: [String: KeyNames]]

    init(_ screens: [String: [String: KeyNames]]) {
        self.screens = screens
    }

    /// The overrides, checked; the error names the file, the line and what is wrong.
    func overrides(file: ConfigFile) throws -> KeyOverrides {
        var result: [KeyScreen: [KeyAction: [Key]]] = [:]
        // Sorted, so with several mistakes the same one is reported every run.
        for (screenName, actions) in screens.sorted(by: { $0.key < $1.key }) {
            let table = "keys.\(screenName)"
            guard let screen = KeyScreen(rawValue: screenName) else {
                throw Self.error(file, file.lineOfTable(table), "unknown screen \"\(screenName)\" in [\(table)]; screens are \(KeyScreen.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for (actionName, value) in actions.sorted(by: { $0.key < $1.key }) {
                guard let action = KeyAction(rawValue: actionName), screen.actions.contains(action) else {
                    throw Self.error(file, file.line(ofSetting: actionName, in: table),
                        "unknown action \"\(actionName)\" in [\(table)]; its actions are \(screen.actions.map(\.rawValue).joined(separator: ", "))")
                }
                result[screen, default: [:]][action] = try value.names.map { name in
                    guard let key = Key(name: name) else {
                        throw Self.error(file, file.line(ofSetting: actionName, in: table),
                            "unknown key \"\(name)\" for \(actionName) in [\(table)]; a key is \(Key.nameHelp)")
                    }
                    return key
                }
            }
        }
        let overrides = KeyOverrides(result)
        if let conflict = overrides.firstConflict() {
            let table = "keys.\(conflict.screen.rawValue)"
            // The line to fix is a remapped one; point at the first of the two that is.
            let remapped = conflict.actions.first { result[conflict.screen]?[$0] != nil } ?? conflict.actions[0]
            throw Self.error(file, file.line(ofSetting: remapped.rawValue, in: table),
                "\(conflict.key.displayName) is bound to both \(conflict.actions[0].rawValue) and \(conflict.actions[1].rawValue) in [\(table)]; give one of them other keys (or \"\" to unbind it)")
        }
        return overrides
    }

    static func error(_ file: ConfigFile, _ line: Int?, _ text: String) -> CLIError {
        CLIError(.usage, "\(file.path)\(line.map { " line \($0)" } ?? ""): \(text)")
    }
}
