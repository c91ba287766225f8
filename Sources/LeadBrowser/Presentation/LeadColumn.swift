import ScreenText
import TiledeskLeads

/// What a column of the lead table shows: any text field, the times, the widget's `lead_id`, the
/// tags, or one attribute by its dotted path. An enum with a `switch`, not a closure per column:
/// every frame asks every visible lead for every column, and calling a stored closure made a copy
/// of the whole lead each time (B3 in `Benchmarks/`).
public enum LeadColumn: Sendable, Hashable {
    case field(LeadField)
    case createdAt, updatedAt, leadID, tags
    case attribute(String)

    /// The columns shown when `[columns]` in config.toml says nothing.
    public static let defaults: [LeadColumn] = [.field(.fullname), .field(.email), .field(.phone), .field(.company), .field(.city), .tags]

    /// A column by its config name: a field's API name (`fullname`, `email`, …, also `name`),
    /// `createdAt`, `updatedAt`, `lead_id`, `tags`, or `attributes.<path>`; nil when unknown.
    public init?(name: String) {
        if let field = LeadField(rawValue: name) {
            self = .field(field)
            return
        }
        switch name {
        case "name": self = .field(.fullname)
        case "createdAt": self = .createdAt
        case "updatedAt": self = .updatedAt
        case "lead_id": self = .leadID
        case "tags": self = .tags
        default:
            let prefix = "attributes."
            guard name.hasPrefix(prefix), name.count > prefix.count,
                !name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
            else { return nil }
            self = .attribute(String(name.dropFirst(prefix.count)))
        }
    }

    /// The config name (`init(name:)` reads it back).
    public var name: String {
        switch self {
        case .field(let field): field.rawValue
        case .createdAt: "createdAt"
        case .updatedAt: "updatedAt"
        case .leadID: "lead_id"
        case .tags: "tags"
        case .attribute(let path): "attributes." + path
        }
    }

    /// Every name `init(name:)` takes, for error messages.
    public static let names = LeadField.allCases.map(\.rawValue) + ["createdAt", "updatedAt", "lead_id", "tags", "attributes.<path>"]

    /// The header.
    public var title: String {
        switch self {
        case .field(let field): field.label
        case .createdAt: "Created"
        case .updatedAt: "Updated"
        case .leadID: "Lead id"
        case .tags: "Tags"
        case .attribute(let path): path
        }
    }

    /// The server sort this column stands for, so `s` on it sorts by it and the header marks it.
    public var sortField: LeadSortField? {
        switch self {
        case .field(let field): LeadSortField(rawValue: field.rawValue)
        case .createdAt: .createdAt
        case .updatedAt: .updatedAt
        case .leadID: .leadID
        case .tags, .attribute: nil
        }
    }

    /// The column that shows a sort field, so the sort column can always be on screen.
    public init?(sortField: LeadSortField) {
        switch sortField {
        case .createdAt: self = .createdAt
        case .updatedAt: self = .updatedAt
        case .leadID: self = .leadID
        case .status, .id: return nil
        default:
            guard let field = LeadField(rawValue: sortField.rawValue) else { return nil }
            self = .field(field)
        }
    }

    /// The cell text for `lead`, neither sanitized nor fitted yet.
    public func text(of lead: Lead) -> String {
        switch self {
        case .field(let field): lead[field] ?? ""
        case .createdAt: lead.createdAt.map { String(ISOTime.format($0).prefix(10)) } ?? ""
        case .updatedAt: lead.updatedAt.map { String(ISOTime.format($0).prefix(10)) } ?? ""
        case .leadID: lead.leadID ?? ""
        case .tags: lead.tags.joined(separator: ",")
        case .attribute(let path): Self.attributeText(lead.attributes, path: path)
        }
    }

    /// A string attribute as it is; a number, boolean, object or array as its JSON text.
    private static func attributeText(_ attributes: [String: JSONValue]?, path: String) -> String {
        guard let attributes else { return "" }
        let components = path.split(separator: ".").map { JSONPathComponent.key(String($0)) }
        guard let value = JSONValue.object(attributes).value(at: components) else { return "" }
        return value.stringValue ?? value.jsonText
    }

    /// How much room the column wants for these cells: its natural width (the widest cell or the
    /// title) capped so one long value cannot take the row, and the width below which it stops
    /// being readable, so that a narrow terminal drops whole columns rather than squeezing every
    /// one to nothing. An email keeps its local part and the start of its domain; a phone, a date
    /// and a lead id keep every character.
    func demand(title: String, cells: [String], keep: Bool) -> ColumnDemand {
        var natural = TerminalText.width(of: title)
        var minimum = min(natural, readableWidth)
        for cell in cells {
            let width = TerminalText.width(of: cell)
            natural = max(natural, width)
            switch self {
            case .field(.email):
                let local = cell.firstIndex(of: "@").map { TerminalText.width(of: String(cell[..<$0])) } ?? width
                minimum = max(minimum, min(width, local + 5))  // "@", three of the domain, "…"
            case .field(.phone), .createdAt, .updatedAt, .leadID:
                minimum = max(minimum, width)
            default:
                minimum = max(minimum, min(width, readableWidth))
            }
        }
        let cap = 40
        return ColumnDemand(natural: min(natural, cap), minimum: min(minimum, cap), keep: keep)
    }

    /// Below this a name, company or city is too cut to recognise.
    private var readableWidth: Int {
        switch self {
        case .field(.fullname): 16
        case .field(.company), .field(.streetAddress): 12
        case .field(.email): 12
        default: 8
        }
    }
}
