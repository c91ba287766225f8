/// A key press as the view-model layer sees it: already decoded from whatever the terminal sent.
/// The one translator from curses codes lives in TerminalUI; everything above works with this.
public enum Key: Hashable, Sendable {
    /// A printable character (a whole grapheme cluster).
    case char(Character)
    /// Control plus a letter: `.ctrl("a")` is ^A. Stored lowercase.
    case ctrl(Character)
    /// Alt (Meta) plus a character, sent by terminals as an ESC prefix: `.alt("b")` is M-b.
    case alt(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// Text pasted with bracketed paste: inserted as typed text, never interpreted as keys.
    case paste(String)
    /// Two or more keys pressed one after the other (`^X ^E`), as a binding names them: the
    /// terminal never sends one, the app collects its keys (`AppState.pendingChord`).
    case chord([Key])

    /// The name used in the footer, the `?` screen and KEYBINDINGS.md (`^S`, `M-b`, `PgDn`, `S-Tab`).
    public var displayName: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .alt(let c): "M-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .paste: "paste"
        case .chord(let keys): keys.map(\.displayName).joined(separator: " ")
        }
    }
}
