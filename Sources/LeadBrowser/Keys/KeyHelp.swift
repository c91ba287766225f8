/// A help note for keys that are no binding of their own (`^E` in an empty new lead): help
/// must still list them, next to the bindings they lean on.
public struct KeyHelp: Sendable, Hashable {
    public var keys: String
    public var help: String
    /// An entry with keys written as people read them.
    public init(_ keys: String, _ help: String) {
        self.keys = keys
        self.help = help
    }
}
