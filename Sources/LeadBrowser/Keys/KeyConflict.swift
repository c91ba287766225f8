/// One key given to two actions of one screen, or a key that is bound alone and also begins a
/// chord of the same screen (`^X` and `^X ^E`): found at start, reported with the config line
/// that caused it.
public struct KeyConflict: Sendable, Hashable {
    public var screen: KeyScreen
    public var key: Key
    /// The first action has `key`; the second has it too, or `chord`, which begins with it.
    public var actions: [KeyAction]
    /// The chord `key` begins, when that is the clash: the chord would wait for its next key, so
    /// the key alone could never act.
    public var chord: Key? = nil
}
