import ScreenText

/// The `?` screen: every binding of the current key map, by section, in a centred box over the
/// screen. It is rendered from the same entries as the footer, so the help cannot drift from
/// what the keys do. Long help scrolls with `offset`; a `↓` marker says there is more.
public struct HelpOverlay: Widget {
    public struct Section: Hashable, Sendable {
        public var title: String
        public var entries: [Footer.Entry]
        public init(title: String, entries: [Footer.Entry]) { self.title = title; self.entries = entries }
        public init(_ title: String, _ pairs: [(String, String)]) {
            self.init(title: title, entries: pairs.map { Footer.Entry(key: $0.0, help: $0.1) })
        }
    }

    public var title: String
    public var sections: [Section]
    /// First content line shown.
    public var offset: Int

    public init(title: String = "Help", sections: [Section], offset: Int = 0) {
        self.title = title
        self.sections = sections
        self.offset = offset
    }

    /// The content lines before boxing: section headings, then `keys  help` entries.
    func contentLines() -> [(key: String, help: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { lines.append(("", "", false)) }
            lines.append((section.title, "", true))
            for entry in section.entries { lines.append((entry.key, entry.help, false)) }
        }
        return lines
    }

    /// Lines of content, for the caller to bound `offset`.
    public var lineCount: Int { contentLines().count }

    public func render(in canvas: Canvas, area: Rect) {
        let keyWidth = min(16, sections.flatMap(\.entries).map { TerminalText.width(of: TerminalText.sanitized($0.key)) }.max() ?? 0)
        let helpWidth = sections.flatMap(\.entries).map { TerminalText.width(of: TerminalText.sanitized($0.help)) }.max() ?? 0
        let lines = contentLines()
        let box = area.centered(width: max(keyWidth + helpWidth + 6, TerminalText.width(of: title) + 8),
                                height: lines.count + 2)
        guard box.width >= 4, box.height >= 3 else { return }
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(by: 1)
        let start = max(0, min(offset, lines.count - inner.height))
        for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.heading {
                canvas.draw(line.key, x: inner.x + 1, y: y, maxWidth: inner.width - 1, style: .title)
            } else if !line.key.isEmpty {
                canvas.drawFitted(line.key, x: inner.x + 1, y: y, width: min(keyWidth, inner.width - 1), style: .key)
                let hx = inner.x + 1 + keyWidth + 2
                if hx < inner.maxX { canvas.draw(line.help, x: hx, y: y, maxWidth: inner.maxX - hx) }
            }
        }
        if start + inner.height < lines.count {
            canvas.draw("↓", x: box.maxX - 2, y: box.maxY - 1, maxWidth: 1, style: .border)
        }
        if start > 0 {
            canvas.draw("↑", x: box.maxX - 2, y: box.y, maxWidth: 1, style: .border)
        }
    }
}
