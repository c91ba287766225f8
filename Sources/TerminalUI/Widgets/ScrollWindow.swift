/// Scrolling arithmetic shared by every list-like widget: the first visible row that keeps the
/// selected row on screen, moving the window as little as possible.
public enum ScrollWindow {
    public static func offset(keeping selected: Int?, visible rows: Int, current: Int, total: Int) -> Int {
        guard rows > 0, total > 0 else { return 0 }
        var offset = min(max(0, current), max(0, total - rows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + rows { offset = selected - rows + 1 }
        }
        return max(0, min(offset, max(0, total - rows)))
    }
}
