/// What a click landed on, above the list: the front end knows where it drew each field and
/// choice, so it names the thing clicked and the view-model decides what that does, exactly as
/// for a key. (On the list the geometry is the view-model's own: `Msg.click`.)
public enum ClickTarget: Sendable, Hashable {
    /// A row of the form, and the line of its value clicked (an attribute's row in the tree).
    case formRow(FormFocus, line: Int)
    /// A line of a pick list or of the column picker, by index.
    case choice(Int)
    /// The yes or the no of a confirmation.
    case answer(Bool)
    /// Inside a dialog's box, on nothing that answers.
    case inside
    /// Outside a dialog's box: as Esc, it closes the dialog without choosing.
    case outside
}
