import CNcursesw

/// The curses key codes the decoder understands, read from `<curses.h>` here so that the decoder
/// and its tests need not import the C module. The values are fixed by ncurses' ABI.
public enum CursesKeyCode {
    public static let up = Int32(KEY_UP)
    public static let down = Int32(KEY_DOWN)
    public static let left = Int32(KEY_LEFT)
    public static let right = Int32(KEY_RIGHT)
    public static let home = Int32(KEY_HOME)
    public static let end = Int32(KEY_END)
    public static let pageUp = Int32(KEY_PPAGE)
    public static let pageDown = Int32(KEY_NPAGE)
    public static let backspace = Int32(KEY_BACKSPACE)
    public static let delete = Int32(KEY_DC)
    public static let insert = Int32(KEY_IC)
    public static let enter = Int32(KEY_ENTER)
    public static let backTab = Int32(KEY_BTAB)
    public static let resize = Int32(KEY_RESIZE)
    public static let mouse = Int32(KEY_MOUSE)
    /// `KEY_F(0)`; `KEY_F(n)` is this plus n.
    public static let f0 = Int32(KEY_F0)
    /// Keypad keys some terminals send for Home/End/PgUp/PgDn with keypad transmit on.
    public static let a1 = Int32(KEY_A1), a3 = Int32(KEY_A3), c1 = Int32(KEY_C1), c3 = Int32(KEY_C3)
    /// Shifted keys, decoded as their plain counterparts.
    public static let shiftLeft = Int32(KEY_SLEFT), shiftRight = Int32(KEY_SRIGHT)
    public static let shiftHome = Int32(KEY_SHOME), shiftEnd = Int32(KEY_SEND)
    public static let shiftDelete = Int32(KEY_SDC)

    /// `KEY_F(n)`.
    public static func function(_ n: Int) -> Int32 { f0 + Int32(n) }
}
