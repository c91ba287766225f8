import ArgumentParser

/// The machine-readable formats; without one, a table on a terminal and tab-separated lines
/// otherwise.
enum OutputFormat: String, EnumerableFlag, Sendable {
    case json, ndjson, csv

    static func help(for value: OutputFormat) -> ArgumentHelp? {
        switch value {
        case .json: "JSON: the leads as the server gives them."
        case .ndjson: "One JSON lead per line."
        case .csv: "CSV with every field (tags, attributes and properties as JSON)."
        }
    }
}
