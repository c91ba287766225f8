/// One key given to two actions of one screen: found at start, reported with the config line
/// that caused it.
public struct KeyConflict: Sendable, Hashable {
    public var screen: KeyScreen
    public var key: Key
    public var actions: [KeyAction]
}
