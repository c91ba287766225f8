import LeadBrowser
import TiledeskLeads

/// The `[[views]]` of config.toml, checked: a view without a name, two views of one name, an
/// unknown key, sort field, direction or column is one error naming the file, the line and what
/// is wrong, so a typo (`tags = "vip"`) never silently shows every lead.
enum ViewCatalog {
    static func views(_ settings: [ViewSettings], file: ConfigFile) throws -> [SavedView] {
        let blocks = file.arrayTableBlocks("views")
        var seen: Set<String> = []
        return try settings.enumerated().map { index, setting in
            let block = blocks.indices.contains(index) ? blocks[index] : nil
            func fail(_ needle: String?, _ message: String) -> CLIError {
                let line = needle.flatMap { needle in block?.lines.first { $0.text.contains(needle) }?.number } ?? block?.start
                return CLIError(.usage, "\(file.path)\(line.map { " line \($0)" } ?? ""): \(message)")
            }
            for (_, text) in block?.lines ?? [] {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
                let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !key.isEmpty else { continue }
                if !ViewSettings.keys.contains(key) {
                    throw fail(text, "unknown key \(key) in [[views]]; a view has \(ViewSettings.keys.joined(separator: ", "))")
                }
            }
            guard let name = setting.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw fail(nil, "a [[views]] table has no name; give it name = \"…\"")
            }
            guard seen.insert(name).inserted else { throw fail("\"\(name)\"", "two views are named \(name); names pick views, so each must be unique") }
            var sort: LeadSortField?
            if let text = setting.sort {
                guard let field = LeadSortField(rawValue: text) else {
                    throw fail("sort", "view \(name): cannot sort by \(text); sort by one of \(LeadSortField.apiNames)")
                }
                sort = field
            }
            var direction: SortDirection?
            switch setting.direction {
            case nil: break
            case "asc"?: direction = .ascending
            case "desc"?: direction = .descending
            case let other?: throw fail("direction", "view \(name): direction is \"asc\" or \"desc\", not \"\(other)\"")
            }
            var columns: [LeadColumn]?
            if let names = setting.columns {
                guard !names.isEmpty else { throw fail("columns", "view \(name): columns is empty; list at least one column or leave it out") }
                columns = try names.map { column in
                    guard let parsed = LeadColumn(name: column) else {
                        throw fail("\"\(column)\"", "view \(name): unknown column \"\(column)\"; columns are \(LeadColumn.names.joined(separator: ", "))")
                    }
                    return parsed
                }
            }
            return SavedView(
                name: name, search: setting.search, email: setting.email, tag: setting.tag, trash: setting.trash ?? false, sort: sort,
                direction: direction, columns: columns)
        }
    }
}
