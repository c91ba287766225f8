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
                throw Self.error(file, file.line(ofPath: ["keys", screenName]),
                    "unknown screen \"\(screenName)\" in [\(table)]; screens are \(KeyScreen.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for (actionName, value) in actions.sorted(by: { $0.key < $1.key }) {
                let line = file.line(ofPath: ["keys", screenName, actionName])
                guard let action = KeyAction(rawValue: actionName), screen.actions.contains(action) else {
                    throw Self.error(file, line,
                        "unknown action \"\(actionName)\" in [\(table)]; its actions are \(screen.actions.map(\.rawValue).joined(separator: ", "))")
                }
                result[screen, default: [:]][action] = try value.names.map { name in
                    guard let key = Key(name: name) else {
                        throw Self.error(file, line, "unknown key \"\(name)\" for \(actionName) in [\(table)]; a key is \(Key.nameHelp)")
                    }
                    if case .chord = key, !screen.takesChords {
                        let inputs = KeyScreen.allCases.filter { !$0.takesChords }.map(\.rawValue).joined(separator: ", ")
                        throw Self.error(file, line,
                            "\"\(name)\" for \(actionName) in [\(table)] is a chord, and a text input takes each key as it comes; chords work on screens, not in \(inputs)")
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
            let line = file.line(ofPath: ["keys", conflict.screen.rawValue, remapped.rawValue])
            let (first, second) = (conflict.actions[0].rawValue, conflict.actions[1].rawValue)
            let clash = conflict.chord.map { chord in
                "\(conflict.key.displayName) is bound to \(first) and begins \(chord.displayName) of \(second) in [\(table)], so it would only wait for the chord's next key"
            } ?? "\(conflict.key.displayName) is bound to both \(first) and \(second) in [\(table)]"
            throw Self.error(file, line, clash + "; give one of them other keys (or \"\" to unbind it)")
        }
        return overrides
    }

    static func error(_ file: ConfigFile, _ line: Int?, _ text: String) -> CLIError {
        CLIError(.usage, "\(file.path)\(line.map { " line \($0)" } ?? ""): \(text)")
    }
}
