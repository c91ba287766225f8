import ScreenText

/// A surface screens and widgets draw cells into. The ncurses backend is one implementation and
/// the in-memory `GridCanvas` used by tests is another, so every screen can be rendered and
/// compared as text.
///
/// Implementations provide a few primitives: put one grapheme into a cell (a lone scalar, the
/// common case, has a call of its own), put a run of plain ASCII or of one repeated character
/// (the bulk of every frame, worth a call per run instead of one per cell), and place the cursor.
/// All the width arithmetic (wide characters, zero-width marks, clipping, sanitising)
/// lives once, in the extension below, so both implementations lay text out identically.
public protocol Canvas: AnyObject {
    /// Columns available.
    var width: Int { get }
    /// Rows available.
    var height: Int { get }

    /// Puts one grapheme cluster that takes `cellWidth` (1 or 2) columns at `x`, `y`. The caller
    /// guarantees the character is sanitized and that it fits inside the canvas.
    func put(_ character: Character, cellWidth: Int, x: Int, y: Int, style: Style)

    /// Puts one scalar that is a grapheme cluster on its own (`TerminalText.standsAlone`), taking
    /// `cellWidth` (1 or 2) columns. The same guarantees as for a character.
    func put(scalar: Unicode.Scalar, cellWidth: Int, x: Int, y: Int, style: Style)

    /// Puts printable ASCII bytes, one column each, from `x`, `y`. The caller guarantees every
    /// byte is in 0x20...0x7E and that the run fits inside the canvas.
    func put(ascii: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style)

    /// Puts `count` copies of a one-column scalar that stands alone from `x`, `y`: what `fill`
    /// draws. The caller guarantees the run fits inside the canvas.
    func put(scalar: Unicode.Scalar, repeated count: Int, x: Int, y: Int, style: Style)

    /// Where the terminal cursor shows after the frame, or `nil` to hide it. Forms set it on the
    /// focused field; every other screen leaves it hidden.
    var cursor: Point? { get set }
}

extension Canvas {
    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Draws `text` from column `x` of row `y`, clipped to `maxWidth` columns (and to the canvas).
    /// The text is sanitized first, so control characters from data show as placeholders. A wide
    /// character that would straddle the limit is not drawn half: its one remaining column is
    /// filled with a space in the same style, so the rest of the row stays aligned.
    /// Returns the number of columns drawn.
    @discardableResult
    public func draw(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limitX = min(width, x + (maxWidth ?? width))
        var column = x
        if TerminalText.isPrintableASCII(text) {
            // One column per byte: most data, and worth skipping grapheme segmentation for.
            let start = max(x, 0)
            let count = min(x + text.utf8.count, limitX) - start
            guard count > 0 else { return 0 }
            var text = text
            text.withUTF8 { bytes in
                put(ascii: UnsafeBufferPointer(rebasing: bytes[(start - x)..<(start - x + count)]), x: start, y: y, style: style)
            }
            return count
        }
        // Scalars that are graphemes of their own (most names in most scripts) are drawn one by
        // one; from the first that may join a neighbour, the rest is sanitized and segmented.
        var scalars = text.unicodeScalars.makeIterator()
        var drawnBytes = 0
        var current = scalars.next()
        var currentCell = current.map(TerminalText.cell(of:))
        while let scalar = current, let cell = currentCell {
            let next = scalars.next()
            let nextCell = next.map(TerminalText.cell(of:))
            guard cell.standsAlone, nextCell?.standsAlone ?? true else {
                let rest = String(decoding: text.utf8.dropFirst(drawnBytes), as: UTF8.self)
                column = drawGraphemes(rest, from: column, y: y, limitX: limitX, style: style)
                break
            }
            guard place(width: cell.width, at: &column, y: y, limitX: limitX, style: style, {
                put(scalar: scalar, cellWidth: cell.width, x: $0, y: y, style: style)
            })
            else { break }
            drawnBytes += UTF8.width(scalar)
            (current, currentCell) = (next, nextCell)
        }
        return max(0, column - max(x, 0))
    }

    /// Draws `text` sanitized, grapheme by grapheme, from `start` up to `limitX`; returns the
    /// column after the last cell drawn.
    private func drawGraphemes(_ text: String, from start: Int, y: Int, limitX: Int, style: Style) -> Int {
        var column = start
        func place(_ cell: Character, _ w: Int) -> Bool {
            w == 0  // a lone mark or joiner has no cell of its own
                || self.place(width: w, at: &column, y: y, limitX: limitX, style: style, { put(cell, cellWidth: w, x: $0, y: y, style: style) })
        }
        drawing: for character in TerminalText.sanitized(text) {
            if let only = TerminalText.onlyScalar(of: character) {
                if !place(character, TerminalText.width(of: only)) { break drawing }
                continue
            }
            for (cell, w) in TerminalText.cells(of: character) {
                if !place(cell, w) { break drawing }
            }
        }
        return column
    }

    /// Puts one cell `w` columns wide at `column` (through `putCell`, given the column) and moves
    /// past it; false once the limit is reached. A wide cell that would straddle the limit is not
    /// drawn half: its one remaining column gets a space, so the rest of the row stays aligned.
    private func place(width w: Int, at column: inout Int, y: Int, limitX: Int, style: Style, _ putCell: (Int) -> Void) -> Bool {
        if column + w > limitX {
            if column < limitX, column >= 0 { put(" ", cellWidth: 1, x: column, y: y, style: style) ; column += 1 }
            return false
        }
        if column >= 0 { putCell(column) }
        column += w
        return true
    }

    /// Draws `text` cut (with `…`) or padded with spaces to exactly `width` columns: a table
    /// cell or a status bar segment. `alignment` places the text when it is narrower.
    public func drawFitted(_ text: String, x: Int, y: Int, width columns: Int, style: Style = .normal,
                           alignment: Alignment = .left) {
        guard columns > 0 else { return }
        if alignment == .left {
            // Nearly every cell: draw first (`draw` sanitizes) and measure only text that reached
            // the edge, so text that fits (most of it) is walked once.
            var drawn = draw(text, x: x, y: y, maxWidth: columns, style: style)
            if drawn == columns {
                let clean = TerminalText.sanitized(text)
                if TerminalText.width(of: clean) > columns {
                    drawn = draw(TerminalText.truncated(clean, toWidth: columns), x: x, y: y, maxWidth: columns, style: style)
                }
            }
            fill(Rect(x: x + drawn, y: y, width: columns - drawn, height: 1), style: style)
            return
        }
        let clean = TerminalText.truncated(TerminalText.sanitized(text), toWidth: columns)
        let lead = alignment == .right ? columns - TerminalText.width(of: clean) : (columns - TerminalText.width(of: clean)) / 2
        // Each cell is written once: padding, text, padding.
        fill(Rect(x: x, y: y, width: lead, height: 1), style: style)
        let drawn = draw(clean, x: x + lead, y: y, maxWidth: columns - lead, style: style)
        fill(Rect(x: x + lead + drawn, y: y, width: columns - lead - drawn, height: 1), style: style)
    }

    /// Fills a rectangle with one character (a space by default), clipped to the canvas.
    public func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = max(1, TerminalText.width(of: character))
        // A one-column scalar (a space, a rule) goes to the canvas as one run per row.
        let run = w == 1 ? TerminalText.onlyScalar(of: character).flatMap { TerminalText.standsAlone($0) ? $0 : nil } : nil
        for row in area.y..<area.maxY {
            if let run {
                put(scalar: run, repeated: area.width, x: area.x, y: row, style: style)
                continue
            }
            var column = area.x
            while column + w <= area.maxX {
                put(character, cellWidth: w, x: column, y: row, style: style)
                column += w
            }
            while column < area.maxX { put(" ", cellWidth: 1, x: column, y: row, style: style); column += 1 }
        }
    }

    /// Draws a single-line box around `rect` with an optional title in the top edge.
    public func box(_ rect: Rect, title: String? = nil, style: Style = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        fill(Rect(x: left + 1, y: top, width: rect.width - 2, height: 1), with: "─", style: style)
        fill(Rect(x: left + 1, y: bottom, width: rect.width - 2, height: 1), with: "─", style: style)
        fill(Rect(x: left, y: top + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        fill(Rect(x: right, y: top + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        for (c, px, py) in [("┌", left, top), ("┐", right, top), ("└", left, bottom), ("┘", right, bottom)]
        where px >= 0 && px < width && py >= 0 && py < height {
            put(Character(c), cellWidth: 1, x: px, y: py, style: style)
        }
        if let title, rect.width > 4 {
            draw(" " + title + " ", x: left + 2, y: top, maxWidth: rect.width - 4, style: style.bolded)
        }
    }
}

/// Where text sits in a cell wider than itself.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}
