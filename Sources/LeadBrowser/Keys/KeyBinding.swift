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

    /// Enabled and bound to at least one key: an action unbound in config.toml (`""`) is listed
    /// nowhere on screen, as a key that does nothing should not be advertised.
    public var isLive: Bool { enabled && !keys.isEmpty }
}
