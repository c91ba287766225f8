import LeadBrowser

/// The one place that turns what the terminal sends into `Key`s. Curses already decodes the
/// sequences its terminfo entry knows (arrows, function keys) into key codes; everything else
/// arrives as characters and is decoded here: ESC-prefixed Alt, CSI and SS3 sequences terminfo
/// did not cover, bracketed paste (`ESC[200~ … ESC[201~`), control bytes, and grapheme clusters
/// that arrive as several scalars (an emoji with a modifier, a letter with a combining mark).
///
/// The decoder is a pure state machine over `RawInput`: the loop feeds it everything that is
/// readable, then calls `endOfInput()` when the terminal has nothing more right now, which settles
/// a lone ESC into the Escape key and releases the last typed grapheme. Unknown escape sequences
/// are dropped rather than typed into a field as text.
public struct KeyDecoder: Sendable {
    enum State: Sendable, Equatable {
        case ground
        case escape
        case csi(String)
        case ss3
        case paste(String)
    }

    private(set) var state: State = .ground
    /// Scalars of typed text whose grapheme may not be complete yet.
    private var pendingText = ""

    public init() {}

    /// True while inside a bracketed paste: the loop keeps reading until it ends.
    public var isInPaste: Bool { if case .paste = state { true } else { false } }

    /// True when input is held back waiting for more (a lone ESC, a partial sequence, text).
    public var hasPending: Bool { state != .ground || !pendingText.isEmpty }

    /// Feeds one input; returns the events it completes.
    public mutating func feed(_ input: RawInput) -> [InputEvent] {
        var out: [InputEvent] = []
        switch state {
        case .paste(let buffer):
            feedPaste(input, buffer: buffer, into: &out)
        case .ground:
            ground(input, into: &out)
        case .escape:
            escape(input, into: &out)
        case .csi(let params):
            csi(input, params: params, into: &out)
        case .ss3:
            ss3(input, into: &out)
        }
        return out
    }

    /// Feeds several inputs, then settles: the whole decode of one burst. Handy in tests.
    public mutating func decode(_ inputs: [RawInput]) -> [InputEvent] {
        var out: [InputEvent] = []
        for input in inputs { out += feed(input) }
        return out + endOfInput()
    }

    /// Says nothing more is readable now: a lone ESC becomes `.escape`, an unfinished `ESC O`
    /// becomes `M-O` and a bare `ESC [` `M-[`, held text is released. A paste in progress is kept
    /// (it is still arriving); a half-read CSI sequence is dropped.
    public mutating func endOfInput() -> [InputEvent] {
        var out = flushText()
        switch state {
        case .escape: out.append(.key(.escape)); state = .ground
        case .ss3: out.append(.key(.alt("O"))); state = .ground
        case .csi(let params):
            if params.isEmpty { out.append(.key(.alt("["))) }  // a bare ESC [ is M-[
            state = .ground
        case .ground, .paste: break
        }
        return out
    }

    /// Gives up waiting: a paste whose end marker never came is delivered with what arrived
    /// (a terminal that dropped the marker must not swallow all later typing), then settles.
    public mutating func timeOut() -> [InputEvent] {
        var out: [InputEvent] = []
        if case .paste(let buffer) = state {
            state = .ground
            out.append(.key(.paste(Self.normalizeNewlines(buffer))))
        }
        return out + endOfInput()
    }

    // MARK: - States

    private mutating func ground(_ input: RawInput, into out: inout [InputEvent]) {
        switch input {
        case .keyCode(let code):
            out += flushText()
            if let event = Self.event(forKeyCode: code) { out.append(event) }
        case .character(let value):
            if value == 0x1B {
                out += flushText()
                state = .escape
            } else if let key = Self.controlKey(value) {
                out += flushText()
                out.append(.key(key))
            } else if !Self.isDropped(value), let scalar = Unicode.Scalar(value) {
                pendingText.unicodeScalars.append(scalar)
                // Release every grapheme but the last, which a following scalar may still extend.
                if pendingText.count > 1 {
                    let last = pendingText.removeLast()
                    out += pendingText.map { .key(.char($0)) }
                    pendingText = String(last)
                }
            }
        }
    }

    private mutating func escape(_ input: RawInput, into out: inout [InputEvent]) {
        switch input {
        case .character(0x5B): state = .csi("")        // ESC [
        case .character(0x4F): state = .ss3            // ESC O
        case .character(0x1B): out.append(.key(.escape))  // ESC ESC: the first is a plain Escape
        case .character(let value):
            state = .ground
            if let key = Self.controlKey(value) {
                out.append(.key(.escape))
                out.append(.key(key))
            } else if let scalar = Unicode.Scalar(value) {
                out.append(.key(.alt(Character(scalar))))
            }
        case .keyCode:
            state = .ground
            out.append(.key(.escape))
            ground(input, into: &out)
        }
    }

    private mutating func csi(_ input: RawInput, params: String, into out: inout [InputEvent]) {
        guard case .character(let value) = input, (0x20...0x7E).contains(value), let scalar = Unicode.Scalar(value) else {
            state = .ground  // an interrupted sequence is dropped
            ground(input, into: &out)
            return
        }
        if (0x20...0x3F).contains(value), params.count < 16 {
            state = .csi(params + String(scalar))
            return
        }
        state = .ground
        let final = Character(scalar)
        let number = Int(params.split(separator: ";").first ?? "")
        if final == "~", number == 200 {
            state = .paste("")
            return
        }
        if let key = Self.csiKey(final: final, number: number) { out.append(.key(key)) }
    }

    private mutating func ss3(_ input: RawInput, into out: inout [InputEvent]) {
        state = .ground
        if case .character(let value) = input, let scalar = Unicode.Scalar(value),
           let key = Self.ss3Key(Character(scalar)) {
            out.append(.key(key))
            return
        }
        out.append(.key(.alt("O")))
        ground(input, into: &out)
    }

    private mutating func feedPaste(_ input: RawInput, buffer: String, into out: inout [InputEvent]) {
        var buffer = buffer
        switch input {
        case .character(let value):
            if let scalar = Unicode.Scalar(value) { buffer.unicodeScalars.append(scalar) }
        case .keyCode(let code):
            if code == CursesKeyCode.enter { buffer.append("\n") }
        }
        if buffer.hasSuffix(Self.pasteEnd) {
            buffer.removeLast(Self.pasteEnd.count)
            state = .ground
            out.append(.key(.paste(Self.normalizeNewlines(buffer))))
        } else {
            state = .paste(buffer)
        }
    }

    private mutating func flushText() -> [InputEvent] {
        defer { pendingText = "" }
        return pendingText.map { .key(.char($0)) }
    }
}
