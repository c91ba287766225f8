/// A surface screens and widgets draw cells into. The ncurses backend is one implementation and an
/// in-memory grid used by tests is another, so every screen can be rendered and compared as text.
public protocol Canvas {
    var width: Int { get }
    var height: Int { get }
}
