/// Where the browser writes the marked leads (`x`): a file whose extension names the format, the
/// same three formats as `leads export`. The writing itself is an effect (`Effect.exportLeads`).
public struct LeadExport: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case csv, json, ndjson
    }

    /// As typed: `~/` is expanded by whoever writes the file.
    public var path: String
    public var format: Format

    public init(path: String, format: Format) {
        self.path = path
        self.format = format
    }

    /// The export a typed path asks for; nil when its extension is none of the formats.
    public init?(typed path: String) {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/"),
            let format = Format(rawValue: path[path.index(after: dot)...].lowercased())
        else { return nil }
        self.init(path: path, format: format)
    }
}
