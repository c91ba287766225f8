/// The bindings of one screen, in the order help lists them.
public struct KeyMap: Sendable, Hashable {
    public var title: String
    /// Which `[keys.SCREEN]` table of config.toml remaps this map.
    public var screen: KeyScreen
    public var bindings: [KeyBinding]
    /// Notes for keys that are no single binding, listed in help after the bindings.
    public var editorKeys: [KeyHelp]
    /// The maps of the editors inside this screen (the form's text fields, tags and
    /// attributes): they take keys first, so help lists them too, each in a section of its own.
    public var editors: [KeyMap]

    /// A map with a title for the help screen.
    public init(title: String, screen: KeyScreen, bindings: [KeyBinding], editorKeys: [KeyHelp] = [], editors: [KeyMap] = []) {
        self.title = title
        self.screen = screen
        self.bindings = bindings
        self.editorKeys = editorKeys
        self.editors = editors
    }

    /// Where `key` stands among the keys of the enabled binding for `action` (0 for the first):
    /// `3` is the third view.
    public func position(of key: Key, in action: KeyAction) -> Int? {
        bindings.first { $0.enabled && $0.action == action && $0.keys.contains(key) }?.keys.firstIndex(of: key)
    }

    /// The action an enabled binding gives this key, if any.
    public func action(for key: Key) -> KeyAction? {
        bindings.first { $0.enabled && $0.keys.contains(key) }?.action
    }

    /// Whether `keys`, typed one after the other, begin a chord of an enabled binding without
    /// being all of it: then the next key is awaited.
    public func startsChord(_ keys: [Key]) -> Bool {
        bindings.contains { binding in
            binding.enabled && binding.keys.contains { key in
                guard case .chord(let chord) = key else { return false }
                return chord.count > keys.count && chord.starts(with: keys)
            }
        }
    }

    /// The keys that run `action` here (none when it is unbound or disabled).
    public func keys(for action: KeyAction) -> [Key] {
        bindings.first { $0.enabled && $0.action == action }?.keys ?? []
    }

    /// Entries for the footer line: `(keys, help)` of enabled footer bindings.
    public var footer: [(keys: String, help: String)] {
        bindings.filter { $0.isLive && $0.inFooter }.map { ($0.keyText, $0.help) }
    }

    /// This screen's own lines for the `?` screen: every live binding, then the notes.
    public var ownHelpLines: [(keys: String, help: String)] {
        bindings.filter(\.isLive).map { ($0.keyText, $0.help) } + editorKeys.map { ($0.keys, $0.help) }
    }

    /// Every line the `?` screen shows: this screen's, then each editor's with the editor named
    /// after its keys (`^R (Attributes)`), so one flat list still says where a key works.
    public var helpLines: [(keys: String, help: String)] {
        ownHelpLines + editors.flatMap { editor in editor.ownHelpLines.map { ("\($0.keys) (\(editor.title))", $0.help) } }
    }

    /// The `?` screen's sections: this screen, then one per editor.
    public var helpSections: [(title: String, lines: [(keys: String, help: String)])] {
        [(title, ownHelpLines)] + editors.map { ($0.title, $0.ownHelpLines) }
    }

    /// This map as a Markdown table, for `leads keys` and the generated KEYBINDINGS.md: every
    /// binding (those that depend on the state too: undo, restore) with the action name config.toml
    /// uses, an unbound one as `(none)`.
    public var markdown: String {
        var out = "## \(title)\n\nRemapped under `[keys.\(screen.rawValue)]`.\n\n| keys | action | name |\n|---|---|---|\n"
        for binding in bindings {
            let keys = binding.keys.isEmpty ? "(none)" : "`\(Self.escaped(binding.keyText))`"
            out += "| \(keys) | \(binding.help) | `\(binding.action.rawValue)` |\n"
        }
        for note in editorKeys {
            out += "| `\(Self.escaped(note.keys))` | \(note.help) | |\n"
        }
        return out
    }

    static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
