/// A mouse action, read after the decoder reported `.mouse` (only when the session was started
/// with mouse reporting, which is opt-in). Only what a list needs: click a row, scroll.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case leftClick, wheelUp, wheelDown, other
    }

    public var action: Action
    /// Cell position of the pointer.
    public var x: Int
    public var y: Int

    public init(action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
