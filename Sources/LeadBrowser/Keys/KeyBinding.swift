import Foundation

/// A key binding as data (keys, help text, enabled, visible): the same value drives dispatch,
/// the footer and the `?` screen, so help can never disagree with what a key does.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    /// Short text for the footer and the help screen.
    public var help: String
    public var action: KeyAction
    /// A disabled binding does nothing and drops out of the footer and help.
    public var enabled: Bool
    /// Shown in the footer (help always lists enabled bindings).
    public var inFooter: Bool

    /// A binding; most appear only in help, the few with `inFooter` also in the footer.
    public init(_ keys: [Key], _ help: String, _ action: KeyAction, enabled: Bool = true, inFooter: Bool = false) {
        self.keys = keys
        self.help = help
        self.action = action
        self.enabled = enabled
        self.inFooter = inFooter
    }

    /// The keys as people read them: `j/↓`.
    /// A run of three or more consecutive digit keys reads as a range (`1–9`), not nine names.
    public var keyText: String {
        let digits = keys.compactMap { key -> Int? in if case .char(let c) = key { c.wholeNumberValue } else { nil } }
        if keys.count >= 3, digits.count == keys.count, zip(digits, digits.dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
            return "\(digits[0])–\(digits[digits.count - 1])"
        }
        return keys.map(\.displayName).joined(separator: "/")
    }
}

/// A help entry for keys a focused editor handles itself (text fields, tags, attributes): they
/// are not dispatched through the map, but help must still list them.
public struct KeyHelp: Sendable, Hashable {
    public var keys: String
    public var help: String
    /// An entry with keys written as people read them.
    public init(_ keys: String, _ help: String) {
        self.keys = keys
        self.help = help
    }
}

/// The bindings of one screen, in the order help lists them.
public struct KeyMap: Sendable, Hashable {
    public var title: String
    public var bindings: [KeyBinding]
    /// Keys of the focused editor, listed in help after the bindings.
    public var editorKeys: [KeyHelp]

    /// A map with a title for the help screen.
    public init(title: String, bindings: [KeyBinding], editorKeys: [KeyHelp] = []) {
        self.title = title
        self.bindings = bindings
        self.editorKeys = editorKeys
    }

    /// The action an enabled binding gives this key, if any.
    public func action(for key: Key) -> KeyAction? {
        bindings.first { $0.enabled && $0.keys.contains(key) }?.action
    }

    /// Where `key` stands among the keys of the enabled binding for `action` (0 for the first).
    public func position(of key: Key, in action: KeyAction) -> Int? {
        bindings.first { $0.enabled && $0.action == action && $0.keys.contains(key) }?.keys.firstIndex(of: key)
    }

    /// Entries for the footer line: `(keys, help)` of enabled footer bindings.
    public var footer: [(keys: String, help: String)] {
        bindings.filter { $0.enabled && $0.inFooter }.map { ($0.keyText, $0.help) }
    }

    /// Lines for the `?` screen: every enabled binding, then the editor keys.
    public var helpLines: [(keys: String, help: String)] {
        bindings.filter(\.enabled).map { ($0.keyText, $0.help) } + editorKeys.map { ($0.keys, $0.help) }
    }

    /// This map as a Markdown table, for the generated KEYBINDINGS.md.
    public var markdown: String {
        var out = "## \(title)\n\n| keys | action |\n|---|---|\n"
        for line in helpLines {
            out += "| `\(line.keys.replacingOccurrences(of: "|", with: "\\|"))` | \(line.help) |\n"
        }
        return out
    }
}
