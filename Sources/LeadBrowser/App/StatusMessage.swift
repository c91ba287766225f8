/// The one line of feedback under the list (“Saved”, “Moved to trash — u to undo”, “Not saved: …”).
/// A value, so a message and whether it is an error are always set together.
public struct StatusMessage: Sendable, Hashable {
    public var text: String
    /// Drawn in the error style: a failed save, a refused action.
    public var isError: Bool
    /// Only there to fill the line (the greeting naming the server): news such as "3 new leads"
    /// takes its place, where it would never replace feedback on something the user did.
    public var isBackground: Bool

    public init(_ text: String, isError: Bool = false, isBackground: Bool = false) {
        self.text = text
        self.isError = isError
        self.isBackground = isBackground
    }

    /// Feedback on something that went as asked.
    public static func info(_ text: String) -> StatusMessage { StatusMessage(text) }
    /// Something went wrong or was refused; drawn in the error style.
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, isError: true) }
}
