import LeadBrowser

/// One result of `wget_wch`, before any meaning is given to it: either a curses key code
/// (`KEY_UP`, `KEY_RESIZE`… when `wget_wch` returned `KEY_CODE_YES`) or a Unicode scalar value the
/// terminal sent. Keeping this a plain value is what lets `KeyDecoder` be tested without a terminal.
public enum RawInput: Hashable, Sendable {
    case keyCode(Int32)
    case character(UInt32)

    /// Builds the input from the pair `wget_wch` gives: whether it was a key code, and the value.
    public init(isKeyCode: Bool, value: UInt32) {
        self = isKeyCode ? .keyCode(Int32(bitPattern: value)) : .character(value)
    }

    /// The characters of a string, one scalar each, as a terminal would send them.
    public static func text(_ s: String) -> [RawInput] {
        s.unicodeScalars.map { .character($0.value) }
    }
}

/// What the decoder makes of the input: a key for the view-model layer, or a terminal event
/// the runtime handles itself.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size (`KEY_RESIZE`): re-read the size and redraw.
    case resize
    /// A mouse event is waiting (`KEY_MOUSE`); only produced when mouse reporting was opted in.
    case mouse
}
