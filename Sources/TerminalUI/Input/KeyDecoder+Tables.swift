import LeadBrowser

/// The lookup tables of `KeyDecoder`: curses key codes, control bytes, and the CSI/SS3 sequences
/// xterm-compatible terminals send, all in one place so a new terminal quirk is a one-line change.
extension KeyDecoder {
    /// `ESC [ 2 0 1 ~`, the end of a bracketed paste, as characters (ESC is one scalar).
    static let pasteEnd = "\u{1B}[201~"

    static func event(forKeyCode code: Int32) -> InputEvent? {
        typealias K = CursesKeyCode
        switch code {
        case K.resize: return .resize
        case K.mouse: return .mouse
        case K.up: return .key(.up)
        case K.down: return .key(.down)
        case K.left, K.shiftLeft: return .key(.left)
        case K.right, K.shiftRight: return .key(.right)
        case K.home, K.a1, K.shiftHome: return .key(.home)
        case K.end, K.c1, K.shiftEnd: return .key(.end)
        case K.pageUp, K.a3: return .key(.pageUp)
        case K.pageDown, K.c3: return .key(.pageDown)
        case K.backspace: return .key(.backspace)
        case K.delete, K.shiftDelete: return .key(.delete)
        case K.insert: return .key(.insert)
        case K.enter: return .key(.enter)
        case K.backTab: return .key(.backTab)
        case K.function(1)...K.function(12): return .key(.function(Int(code - K.f0)))
        default: return nil
        }
    }

    /// Control bytes as keys: Enter (CR, LF), Tab, Backspace (DEL and ^H), and ^A…^Z.
    /// Returns nil for printable scalars.
    static func controlKey(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(value + 0x40)!))
        default: return nil
        }
    }

    /// C1 controls (and lone surrogates, which cannot occur) are never typed text: dropped.
    static func isDropped(_ value: UInt32) -> Bool { (0x80...0x9F).contains(value) }

    /// `ESC [ params final`: arrows and Home/End (`A B C D H F`, any modifiers ignored), BackTab
    /// (`Z`), and the `n~` family (Home, Insert, Delete, End, PgUp, PgDn, F1–F12).
    static func csiKey(final: Character, number: Int?) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "~":
            switch number {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11, 12, 13, 14, 15: return .function(number! - 10)
            case 17, 18, 19, 20, 21: return .function(number! - 11)
            case 23, 24: return .function(number! - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// `ESC O x`: application-mode arrows, Home/End, F1–F4, keypad Enter.
    static func ss3Key(_ c: Character) -> Key? {
        switch c {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        case "M": .enter
        default: nil
        }
    }

    /// Pasted line breaks arrive as CR (terminals send what Enter sends); text fields want `\n`.
    static func normalizeNewlines(_ s: String) -> String {
        s.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }
}
