import ScreenText

/// The one-row bar at the bottom of a screen: what is going on at the left (mode, query, a
/// message), where the user is at the right (`1,204 of 98,311`). The right part is kept whole and
/// the left is cut, because the position is the thing a user glances at.
public struct StatusLine: Widget {
    public var left: String
    public var right: String
    /// Shows the bar in the error style (a failed save, a lost connection).
    public var isError: Bool

    public init(left: String, right: String = "", isError: Bool = false) {
        self.left = left
        self.right = right
        self.isError = isError
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let style: Style = isError ? .statusError : .status
        let y = area.y
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
        let rightText = TerminalText.truncated(TerminalText.sanitized(right), toWidth: max(0, area.width - 2))
        let rightWidth = TerminalText.width(of: rightText)
        let leftRoom = area.width - 1 - (rightWidth > 0 ? rightWidth + 2 : 0)
        if leftRoom > 0 {
            canvas.drawFitted(left, x: area.x + 1, y: y, width: leftRoom, style: style)
        }
        if rightWidth > 0 {
            canvas.draw(rightText, x: area.maxX - 1 - rightWidth, y: y, maxWidth: rightWidth, style: style)
        }
    }
}
