import CNcursesw
import ScreenText

/// The terminal as a `Canvas`: draws into curses' `stdscr` with the wide-character API and lets
/// curses work out the minimal update when the frame is shown. A frame is `beginFrame()`, the
/// screen's drawing, then `present()`, which calls `wnoutrefresh` and `doupdate` once.
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
    /// The style last set on the window, to skip redundant `wattr_set` calls within a frame.
    private var lastStyle: Style?

    init(window: UnsafeMutablePointer<WINDOW>, palette: StylePalette) {
        self.window = window
        self.palette = palette
        (width, height) = Self.size(of: window)
    }

    static func size(of window: UnsafeMutablePointer<WINDOW>) -> (Int, Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        leads_getmaxyx(window, &rows, &cols)
        return (Int(cols), Int(rows))
    }

    /// Whether roles are drawn with colours (false with `NO_COLOR` or a monochrome terminal).
    public var usesColor: Bool { palette.usesColor }

    /// Re-reads the terminal size (after `KEY_RESIZE`).
    public func updateSize() { (width, height) = Self.size(of: window) }

    /// Starts a frame: blanks the window (curses still sends only what changed) and hides the cursor.
    public func beginFrame() {
        updateSize()
        _ = wattr_set(window, leads_a_normal(), 0, nil)
        lastStyle = nil
        _ = werase(window)
        cursor = nil
    }

    public func put(_ character: Character, cellWidth: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, x + cellWidth <= width, y < height else { return }
        if let only = TerminalText.onlyScalar(of: character), leads_wcwidth(wchar_t(bitPattern: only.value)) == Int32(cellWidth) {
            add(wchar_t(bitPattern: only.value), x: x, y: y, style: style)
            return
        }
        setStyle(style)
        var chars = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let cursesWidth = leads_wcwidth(chars[0])
        if cursesWidth != Int32(cellWidth) {
            // The C library disagrees with `TerminalText` about this grapheme (an emoji made wide
            // by U+FE0F, a flag, a symbol newer than the locale tables). Curses lays out by the C
            // library's widths, so draw something both agree on and pad it to the cell width;
            // otherwise every later cell on the row would be off by one.
            chars = Self.fallback(for: chars, cursesWidth: cursesWidth, cellWidth: cellWidth)
        }
        chars.append(0)
        _ = mvwaddnwstr(window, Int32(y), Int32(x), chars, Int32(chars.count - 1))
    }

    public func put(scalar: Unicode.Scalar, cellWidth: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, x + cellWidth <= width, y < height else { return }
        let wide = wchar_t(bitPattern: scalar.value)
        guard leads_wcwidth(wide) == Int32(cellWidth) else {
            put(Character(scalar), cellWidth: cellWidth, x: x, y: y, style: style)  // the C library disagrees: see there
            return
        }
        add(wide, x: x, y: y, style: style)
    }

    /// Adds one character both sides measure alike (nearly every cell), without an array.
    private func add(_ wide: wchar_t, x: Int, y: Int, style: Style) {
        setStyle(style)
        var wide = wide
        _ = mvwaddnwstr(window, Int32(y), Int32(x), &wide, 1)
    }

    public func put(ascii: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, x + ascii.count <= width, y < height, let base = ascii.baseAddress else { return }
        setStyle(style)
        base.withMemoryRebound(to: CChar.self, capacity: ascii.count) { bytes in
            _ = mvwaddnstr(window, Int32(y), Int32(x), bytes, Int32(ascii.count))
        }
    }

    public func put(scalar: Unicode.Scalar, repeated count: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, count > 0, x + count <= width, y < height else { return }
        let wide = wchar_t(bitPattern: scalar.value)
        guard leads_wcwidth(wide) == 1 else {
            for column in x..<(x + count) { put(scalar: scalar, cellWidth: 1, x: column, y: y, style: style) }
            return
        }
        setStyle(style)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: count) { run in
            run.initialize(repeating: wide)
            _ = mvwaddnwstr(window, Int32(y), Int32(x), run.baseAddress, Int32(count))
        }
    }

    /// Sets the window's attributes for `style` unless they are already set.
    private func setStyle(_ style: Style) {
        guard style != lastStyle else { return }
        let (attrs, pair) = palette.attributes(for: style)
        _ = wattr_set(window, attrs, pair, nil)
        lastStyle = style
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

    /// Shows the frame: one `wnoutrefresh` + `doupdate`, with the cursor where the screen asked.
    public func present() {
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
