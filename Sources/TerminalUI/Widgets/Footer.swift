import ScreenText

/// The key hint row: `j/k move  Enter open  / search  ? help`. Entries come from the key map in
/// priority order; as many as fit are shown whole, and when some are left out the row ends with
/// `? more` (if that entry exists) rather than a cut-off word, so the hint never lies.
public struct Footer: Widget {
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var help: String
        public init(key: String, help: String) { self.key = key; self.help = help }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Convenience for `(key, help)` pairs.
    public init(_ pairs: [(String, String)]) {
        self.entries = pairs.map { Entry(key: $0.0, help: $0.1) }
    }

    /// The entries that fit in `width` columns (two spaces between entries).
    public func fitting(width: Int) -> [Entry] {
        var shown: [Entry] = []
        var used = 0
        for (i, entry) in entries.enumerated() {
            let w = Self.width(of: entry) + (shown.isEmpty ? 0 : 2)
            let isLast = i == entries.count - 1
            // Keep room for the final "more" hint unless this is the last entry.
            let reserve = isLast ? 0 : Self.moreWidth
            if used + w + reserve > width {
                if !isLast || used + w > width { break }
            }
            shown.append(entry)
            used += w
        }
        return shown
    }

    static var moreWidth: Int { 3 }

    static func width(of entry: Entry) -> Int {
        TerminalText.width(of: TerminalText.sanitized(entry.key))
            + (entry.help.isEmpty ? 0 : 1 + TerminalText.width(of: TerminalText.sanitized(entry.help)))
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let y = area.y
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
        let shown = fitting(width: area.width)
        var x = area.x
        for (i, entry) in shown.enumerated() {
            if i > 0 { x += 2 }
            x += canvas.draw(entry.key, x: x, y: y, maxWidth: area.maxX - x, style: .key)
            if !entry.help.isEmpty, x < area.maxX {
                x += 1
                x += canvas.draw(entry.help, x: x, y: y, maxWidth: area.maxX - x, style: .dim)
            }
        }
        if shown.count < entries.count, x + Self.moreWidth <= area.maxX {
            canvas.draw("  …", x: x, y: y, maxWidth: area.maxX - x, style: .dim)
        }
    }
}
