/// What is known about one server page: asked for (with the request id whose answer counts),
/// arrived, or failed with a message the row area shows. Explicit so the screen never guesses.
public enum PageState<Item: Sendable & Hashable>: Sendable, Hashable {
    case loading(requestID: Int)
    case loaded([Item])
    case failed(String)

    /// The rows, when the page has arrived.
    public var items: [Item]? {
        if case .loaded(let items) = self { return items }
        return nil
    }
}
