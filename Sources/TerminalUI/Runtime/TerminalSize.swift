/// The size of the terminal in cells, and the smallest size the screens can be drawn in. Below
/// it the app draws a "too small" notice instead of a broken or crashing layout, and redraws
/// normally as soon as a resize makes room.
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The minimum the list, detail and form screens are designed for.
    public static let minimum = TerminalSize(width: 40, height: 10)

    /// True when either dimension is below `minimum`.
    public func isTooSmall(minimum: TerminalSize = .minimum) -> Bool {
        width < minimum.width || height < minimum.height
    }
}
