import CNcursesw
import ScreenText

/// The terminal as a `Canvas`. A frame is drawn into an in-memory `GridCanvas` first; `present()`
/// then hands curses only the rows that differ from the frame before, each row in one
/// `mvwadd_wchnstr` call with its cells made up here, and calls `wnoutrefresh` + `doupdate` once.
/// Handing curses a frame cell by cell (`wadd_wch`, with its per-character checks and `wcwidth`)
/// was three quarters of a keystroke's cost (B3 in `Benchmarks/`); the rows that did not change
/// (title, header, footer, most rows when the selection moves) are not handed over at all.
///
/// Everything reaching curses has gone through `TerminalText.sanitized` (the `Canvas` extension
/// does it), so no control character from lead data reaches the terminal raw.
///
/// Single-thread rule: curses is not thread-safe. This class is created by `TerminalSession` and
/// used only on the event loop's thread; it is deliberately not `Sendable`.
public final class NcursesCanvas: Canvas {
    public private(set) var width: Int
    public private(set) var height: Int
    public var cursor: Point?
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: StylePalette
    /// The frame being drawn, and the one curses' window holds (nil when unknown: at the start
    /// and after a resize, every row is handed over).
    private var frame: GridCanvas
    private var shown: GridCanvas?
    /// One row's characters for `mvwadd_wchnstr`: at most one per cell.
    private var line: UnsafeMutableBufferPointer<cchar_t>
    /// A blank cell of each style met, made by `setcchar` once; a cell is its style's blank with
    /// the characters put in.
    private var blanks: [Style: cchar_t] = [:]

    init(window: UnsafeMutablePointer<WINDOW>, palette: StylePalette) {
        self.window = window
        self.palette = palette
        (width, height) = Self.size(of: window)
        frame = GridCanvas(width: width, height: height)
        line = .allocate(capacity: max(1, width))
    }

    deinit { line.deallocate() }

    static func size(of window: UnsafeMutablePointer<WINDOW>) -> (Int, Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        leads_getmaxyx(window, &rows, &cols)
        return (Int(cols), Int(rows))
    }

    /// Whether roles are drawn with colours (false with `NO_COLOR` or a monochrome terminal).
    public var usesColor: Bool { palette.usesColor }

    /// Re-reads the terminal size (after `KEY_RESIZE`); a new size starts a new frame buffer.
    public func updateSize() {
        (width, height) = Self.size(of: window)
        guard width != frame.width || height != frame.height else { return }
        frame = GridCanvas(width: width, height: height)
        shown = nil
        line.deallocate()
        line = .allocate(capacity: max(1, width))
    }

    /// Starts a frame: the last one becomes what curses holds, the other buffer is blanked.
    public func beginFrame() {
        updateSize()
        if let last = shown {
            shown = frame
            frame = last
        } else {
            shown = nil
        }
        frame.clear()
        cursor = nil
    }

    public func put(_ character: Character, cellWidth: Int, x: Int, y: Int, style: Style) {
        frame.put(character, cellWidth: cellWidth, x: x, y: y, style: style)
    }

    public func put(scalar: Unicode.Scalar, cellWidth: Int, x: Int, y: Int, style: Style) {
        frame.put(scalar: scalar, cellWidth: cellWidth, x: x, y: y, style: style)
    }

    public func put(ascii: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style) {
        frame.put(ascii: ascii, x: x, y: y, style: style)
    }

    public func put(scalar: Unicode.Scalar, repeated count: Int, x: Int, y: Int, style: Style) {
        frame.put(scalar: scalar, repeated: count, x: x, y: y, style: style)
    }

    /// Hands curses row `y` of the frame in one call.
    private func write(row y: Int) {
        guard width > 0 else { return }
        let (codes, styles) = frame.row(y)
        var count = 0
        var style = styles[0]
        var plain = blank(for: style)
        func append(_ characters: some Collection<wchar_t>) {
            var cell = plain
            withUnsafeMutableBytes(of: &cell.chars) { raw in
                let slots = raw.bindMemory(to: wchar_t.self)
                for (slot, character) in zip(slots.indices, characters) { slots[slot] = character }
            }
            line[count] = cell
            count += 1
        }
        var x = 0
        while x < width {
            if styles[x] != style {
                style = styles[x]
                plain = blank(for: style)
            }
            let code = codes[x]
            let cellWidth = x + 1 < width && codes[x + 1] == CellCode.continuation ? 2 : 1
            defer { x += cellWidth }
            if code < 0x7F, code >= 0x20 {
                line[count] = plain
                line[count].chars.0 = wchar_t(code)
                count += 1
                continue
            }
            var characters: [wchar_t]
            if let cluster = frame.cluster(code) {
                characters = cluster.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            } else if code == CellCode.continuation {
                characters = [0x20]  // half of a wide character with no first half: never drawn, but blank
            } else {
                characters = [wchar_t(bitPattern: code)]
            }
            let cursesWidth = leads_wcwidth(characters[0])
            if cursesWidth == Int32(cellWidth), characters.count <= Int(CCHARW_MAX) {
                append(characters)
            } else {
                // The C library disagrees with `TerminalText` about this grapheme (an emoji made
                // wide by U+FE0F, a flag, a symbol newer than the locale tables), or it has more
                // marks than a curses cell holds. Curses lays out by the C library's widths, so
                // draw something both agree on, one column a character; otherwise every later
                // cell on the row would be off by one.
                for character in Self.fallback(for: characters, cursesWidth: cursesWidth, cellWidth: cellWidth) {
                    append(CollectionOfOne(character))
                }
            }
        }
        _ = mvwadd_wchnstr(window, Int32(y), 0, line.baseAddress, Int32(count))
    }

    /// A blank cell in `style`'s attributes and colours.
    private func blank(for style: Style) -> cchar_t {
        if let known = blanks[style] { return known }
        let (attrs, pair) = palette.attributes(for: style)
        var cell = cchar_t()
        var space: [wchar_t] = [0x20, 0]
        _ = setcchar(&cell, &space, attrs, pair, nil)
        blanks[style] = cell
        return cell
    }

    /// What to draw for a grapheme curses would measure differently: a flag as its two-letter
    /// country code (`🇮🇹` → `IT`), otherwise the base character (or `�` if curses cannot print
    /// it) padded with spaces to the cell width.
    static func fallback(for chars: [wchar_t], cursesWidth: Int32, cellWidth: Int) -> [wchar_t] {
        let regional: ClosedRange<wchar_t> = 0x1F1E6...0x1F1FF
        if cellWidth == 2, chars.count == 2, regional.contains(chars[0]), regional.contains(chars[1]) {
            return chars.map { 0x41 + ($0 - 0x1F1E6) }
        }
        let base: wchar_t = cursesWidth == 1 ? chars[0] : 0xFFFD
        return [base] + Array(repeating: 0x20, count: max(0, cellWidth - 1))
    }

    /// Shows the frame: the rows that changed handed to curses, then one `wnoutrefresh` +
    /// `doupdate`, with the cursor where the screen asked.
    public func present() {
        for y in 0..<height where shown.map({ !frame.rowMatches(y, in: $0) }) ?? true {
            write(row: y)
        }
        if shown == nil { shown = GridCanvas(width: width, height: height) }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
            _ = curs_set(1)
        } else {
            _ = curs_set(0)
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// Forgets what is on the screen so the next `present` repaints everything (Ctrl-L, or
    /// after another program used the terminal).
    public func invalidate() {
        _ = clearok(window, true)
    }
}
