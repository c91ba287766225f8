/// Reading keys back from the names people write in config.toml. The names `displayName` prints
/// (`Enter`, `^S`, `M-b`, `PgDn`, `S-Tab`, `↑`) all read back, so what `leads keys` and `?` show
/// can be copied into the config; a few spelled-out aliases (`Up`, `Escape`, `C-s`) read too.
/// Names separated by spaces are a chord (`C-x C-e`, `^X ^E`): its keys one after the other.
extension Key {
    /// The key a name stands for; nil for a name that is no key. Single characters are taken as
    /// they are (`o` and `O` differ); longer names ignore case.
    public init?(name: String) {
        let parts = name.split(separator: " ")
        if name.count > 1, parts.count > 1 {
            let keys = parts.compactMap { Key(single: String($0)) }
            guard keys.count == parts.count else { return nil }
            self = .chord(keys)
            return
        }
        self.init(single: name)
    }

    /// One key (no chord) from its name.
    init?(single name: String) {
        let lower = name.lowercased()
        if let named = Self.named[lower] {
            self = named
            return
        }
        if name.count == 1, let c = name.first, !c.isWhitespace || c == " " {
            self = .char(c)
            return
        }
        for prefix in ["^", "c-", "ctrl-", "ctrl+"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isLetter, c.isASCII else { return nil }
            self = .ctrl(c)
            return
        }
        for prefix in ["M-", "m-", "Alt-", "alt-", "Alt+", "alt+"] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, !c.isWhitespace else { return nil }
            self = .alt(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// Named keys by lowercased name: the display names and their spelled-out forms.
    static let named: [String: Key] = [
        "space": .char(" "), "enter": .enter, "return": .enter, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "esc": .escape, "escape": .escape, "bksp": .backspace, "backspace": .backspace, "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert, "↑": .up, "up": .up, "↓": .down, "down": .down, "←": .left, "left": .left,
        "→": .right, "right": .right, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
        "pagedown": .pageDown,
    ]

    /// How names are written, for the error that rejects one.
    public static let nameHelp = "a character (o, O, /), Space, Enter, Tab, S-Tab, Esc, Bksp, Del, Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F12, ^X (control) or M-x (alt), or keys pressed one after the other, separated by spaces (a chord: C-x C-e)"
}
