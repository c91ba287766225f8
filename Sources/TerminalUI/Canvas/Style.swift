/// How a cell should look, said by meaning rather than by colour. Widgets pick a role ("this is
/// the selected row", "this is an error"); the backend decides what that looks like on the
/// terminal at hand: palette colours over the default background where colours exist, attributes
/// only (reverse, bold, underline, dim) with `NO_COLOR` or on a monochrome terminal. Because the
/// meaning survives to the backend, tests can assert "row 3 is selected" without knowing colours.
public struct Style: Hashable, Sendable {
    /// The semantic part of a style.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case normal, selected, header, title, status, statusError, dim, accent
        case error, border, focused, placeholder, key
        /// A lead marked for a bulk action (its row also carries a `✓`, readable without colour).
        case marked
        /// A form field changed and not yet saved (its label also carries a `*`).
        case dirty
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style(.normal)
    public static let selected = Style(.selected)
    public static let header = Style(.header)
    public static let title = Style(.title)
    public static let status = Style(.status)
    public static let statusError = Style(.statusError)
    public static let dim = Style(.dim)
    public static let accent = Style(.accent)
    public static let error = Style(.error)
    public static let border = Style(.border)
    public static let focused = Style(.focused)
    public static let placeholder = Style(.placeholder)
    public static let key = Style(.key)
    public static let marked = Style(.marked)
    public static let dirty = Style(.dirty)

    /// The same style, bold.
    public var bolded: Style { var s = self; s.bold = true; return s }
    /// The same style, underlined.
    public var underlined: Style { var s = self; s.underline = true; return s }
    /// The same style in reverse video.
    public var reversed: Style { var s = self; s.reverse = true; return s }

    /// True when the cell reads as highlighted on any terminal, colour or not: the selected role
    /// is drawn in reverse video by every backend, so tests of selection can use this.
    public var isHighlighted: Bool { reverse || role == .selected || role == .status || role == .statusError }
}
