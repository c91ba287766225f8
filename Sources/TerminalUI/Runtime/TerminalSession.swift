import CNcursesw
import Foundation

/// Owns the terminal from setup to guaranteed restore. Creating a session puts the terminal in
/// the modes a keyboard-driven full-screen program needs (raw keys, no echo, keypad decoding,
/// a short ESC delay, bracketed paste, optional mouse); `restore()` undoes all of it and is
/// idempotent, and `TerminalSession.run` calls it on every way out of the body: return, throw,
/// or a termination signal handled by the loop. An `atexit` hook and `TerminalRescue` cover
/// exits that bypass both.
///
/// Single-thread rule: curses is not thread-safe. The session, its canvas and its input reading
/// belong to the thread that created them (the event loop's); the type is not `Sendable`.
public final class TerminalSession {
    /// What the session switches on.
    public struct Options: Sendable {
        /// Mouse reporting is opt-in: it takes the terminal's own selection away from the user.
        public var mouse: Bool
        /// How long a lone ESC waits for the rest of a sequence. Short, so Escape feels instant.
        public var escapeDelayMilliseconds: Int
        public var bracketedPaste: Bool
        /// Read for `NO_COLOR` and `TERM`.
        public var environment: [String: String]
        /// Colours by role (`[theme]`), where the terminal has colours.
        public var theme: Theme

        public init(mouse: Bool = false, escapeDelayMilliseconds: Int = 25, bracketedPaste: Bool = true,
                    environment: [String: String] = ProcessInfo.processInfo.environment, theme: Theme = Theme()) {
            self.theme = theme
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.bracketedPaste = bracketedPaste
            self.environment = environment
        }
    }

    public let options: Options
    /// Where screens draw.
    public let canvas: NcursesCanvas
    /// The saved terminal modes, for a restore from outside the loop's thread.
    public let rescue: TerminalRescue
    private let screen: OpaquePointer
    private let outputFD: Int32
    private let files: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, owned: Bool)
    public private(set) var isActive = true

    /// Fails with `.notATerminal` unless both stdin and stdout are terminals. Call before anything
    /// else so the message is printed on a normal terminal state.
    public static func checkTerminal(inputFD: Int32 = STDIN_FILENO, outputFD: Int32 = STDOUT_FILENO) throws(TerminalError) {
        let input = isatty(inputFD) == 1, output = isatty(outputFD) == 1
        if !input || !output { throw .notATerminal(stdin: input, stdout: output) }
    }

    /// Takes over the terminal. Throws instead of exiting when curses cannot start (unlike `initscr`).
    /// `inputFD`/`outputFD` default to stdin/stdout; tests pass the two ends of a pseudo-terminal.
    public init(options: Options = Options(), inputFD: Int32 = STDIN_FILENO, outputFD: Int32 = STDOUT_FILENO) throws(TerminalError) {
        try Self.checkTerminal(inputFD: inputFD, outputFD: outputFD)
        self.options = options
        self.outputFD = outputFD
        setlocale(LC_ALL, "")
        rescue = TerminalRescue(fd: inputFD, outputFD: outputFD)
        let term = options.environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { throw .cannotInitialize(term: term) }
        if inputFD == STDIN_FILENO, outputFD == STDOUT_FILENO {
            files = (leads_stdin_file(), leads_stdout_file(), false)
        } else {
            guard let input = fdopen(dup(inputFD), "r"), let output = fdopen(dup(outputFD), "w") else {
                throw .cannotInitialize(term: term)
            }
            files = (input, output, true)
        }
        guard let screen = newterm(term, files.output, files.input) else {
            if files.owned { fclose(files.input); fclose(files.output) }
            throw .cannotInitialize(term: term)
        }
        self.screen = screen
        _ = set_term(screen)
        _ = Self.registerAtExitRestore
        let window = leads_stdscr()!
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = nodelay(window, true)  // the loop waits in poll(); reads never block
        _ = intrflush(window, false)
        leads_set_escdelay(Int32(options.escapeDelayMilliseconds))
        _ = curs_set(0)
        canvas = NcursesCanvas(window: window, palette: StylePalette(environment: options.environment, theme: options.theme))
        _ = wnoutrefresh(window)
        _ = doupdate()
        enableTerminalModes()
    }

    /// Registers the `atexit` restore once per process, however many sessions are created.
    private static let registerAtExitRestore: Void = { leads_register_atexit() }()

    deinit {
        restore()
        delscreen(screen)
        if files.owned { fclose(files.input); fclose(files.output) }
    }

    private func enableTerminalModes() {
        if options.bracketedPaste { leads_write_fd(outputFD, "\u{1B}[?2004h") }
        if options.mouse {
            _ = mousemask(leads_all_mouse_events(), nil)
            _ = mouseinterval(0)
        }
    }

    private func disableTerminalModes() {
        if options.mouse { _ = mousemask(0, nil) }
        if options.bracketedPaste { leads_write_fd(outputFD, "\u{1B}[?2004l") }
    }

    /// Tells curses the terminal's new size (after SIGWINCH), so the next frame is laid out for
    /// it; true when the size changed.
    @discardableResult
    public func adoptTerminalSize() -> Bool {
        var rows: Int32 = 0, columns: Int32 = 0
        guard leads_window_size(outputFD, &rows, &columns) == 0 else { return false }
        guard Int(rows) != canvas.height || Int(columns) != canvas.width else { return false }
        _ = resizeterm(rows, columns)
        canvas.updateSize()
        return true
    }

    /// Everything the terminal has sent so far, without waiting: feed it to a `KeyDecoder`.
    public func readInput(limit: Int = 65_536) -> [RawInput] {
        var inputs: [RawInput] = []
        var wc: wint_t = 0
        let window = leads_stdscr()
        while inputs.count < limit {
            let result = wget_wch(window, &wc)
            if result == leads_err() { break }
            inputs.append(RawInput(isKeyCode: result == leads_key_code_yes(), value: UInt32(wc)))
        }
        return inputs
    }

    /// The mouse event curses has queued, after the decoder reported `.mouse`.
    public func readMouse() -> MouseEvent? {
        var x: Int32 = 0, y: Int32 = 0
        var state: UInt = 0
        guard leads_getmouse(&x, &y, &state) != leads_err() else { return nil }
        let action: MouseEvent.Action =
            state & leads_mouse_left() != 0 ? .leftClick
            : state & leads_mouse_wheel_up() != 0 ? .wheelUp
            : state & leads_mouse_wheel_down() != 0 ? .wheelDown
            : .other
        return MouseEvent(action: action, x: Int(x), y: Int(y))
    }

    /// The current size in cells.
    public var size: TerminalSize {
        canvas.updateSize()
        return TerminalSize(width: canvas.width, height: canvas.height)
    }

    /// Gives the terminal back: modes off, cursor shown, curses ended. Safe to call twice.
    public func restore() {
        guard isActive else { return }
        isActive = false
        disableTerminalModes()
        // Without an alternate screen (`TERM=vt100`, the Linux console) the last frame would stay
        // on the terminal under the shell's prompt: clear it and put the cursor home instead.
        let cleanUp = !hasAlternateScreen
        if cleanUp {
            _ = wclear(leads_stdscr())
            _ = wrefresh(leads_stdscr())
        }
        _ = curs_set(1)
        _ = endwin()
        if cleanUp, let home = leads_string_capability("home") { leads_write_fd(outputFD, home) }
    }

    /// True when the terminal switches to an alternate screen (terminfo `smcup`), which gives the
    /// screen from before back on quitting.
    public var hasAlternateScreen: Bool { leads_string_capability("smcup") != nil }

    /// Hands the terminal to another program (`$EDITOR`) and takes it back afterwards, repainting
    /// the whole screen because the other program drew over it.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        disableTerminalModes()
        _ = curs_set(1)
        _ = endwin()
        defer {
            _ = wnoutrefresh(leads_stdscr())
            _ = doupdate()
            canvas.invalidate()
            enableTerminalModes()
        }
        return try body()
    }
}
