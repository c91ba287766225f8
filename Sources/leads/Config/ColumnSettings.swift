import LeadBrowser

/// `[columns]` in config.toml: which columns the browser's list shows, in priority order (the
/// first are the last to go on a narrow terminal).
///
/// ```toml
/// [columns]
/// shown = ["fullname", "email", "phone", "attributes.plan", "updatedAt"]
/// ```
struct ColumnSettings: Codable, Sendable, Hashable {
    var shown: [String]?

    /// The columns, checked: an unknown name is one error naming its line in the file.
    func columns(file: ConfigFile) throws -> [LeadColumn]? {
        guard let shown else { return nil }
        guard !shown.isEmpty else {
            throw CLIError(.usage, "\(file.path)\(file.line(of: "shown", in: "columns").map { " line \($0)" } ?? ""): [columns] shown is empty; list at least one column")
        }
        return try shown.map { name in
            guard let column = LeadColumn(name: name) else {
                let line = file.line(of: "\"\(name)\"", in: "columns") ?? file.line(of: "shown", in: "columns")
                throw CLIError(
                    .usage,
                    "\(file.path)\(line.map { " line \($0)" } ?? ""): unknown column \"\(name)\" in [columns] shown; columns are \(LeadColumn.names.joined(separator: ", "))")
            }
            return column
        }
    }
}
