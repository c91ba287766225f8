import ScreenText
import TiledeskLeads

/// One place both I and someone else changed, differently, since the form opened: a text field
/// or an attribute at a path (nested objects merge key by key, so the path can be deep). Values
/// are JSON so an attribute keeps its type; `nil` means absent (removed on that side).
public struct MergeConflict: Sendable, Hashable {
    public enum Place: Sendable, Hashable {
        case field(LeadField)
        case attribute([String])
    }

    /// Which side the user keeps.
    public enum Choice: Sendable, Hashable {
        case mine, theirs
    }

    public var place: Place
    public var base: JSONValue?
    public var mine: JSONValue?
    public var theirs: JSONValue?

    public init(place: Place, base: JSONValue?, mine: JSONValue?, theirs: JSONValue?) {
        self.place = place
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    /// `Company` or `Attributes.plan.seats`.
    public var label: String {
        switch place {
        case .field(let field): field.label
        case .attribute(let path): (["Attributes"] + path.map { TerminalText.sanitized($0) }).joined(separator: ".")
        }
    }

    /// A side's value as one line for people: text as typed, other JSON as JSON, `∅` when absent.
    public static func shown(_ value: JSONValue?, width: Int = 60) -> String {
        guard let value else { return "∅" }
        let text = value.stringValue ?? value.jsonText
        return text.isEmpty ? "∅" : TerminalText.sanitized(TerminalText.truncated(text, toWidth: width))
    }
}
