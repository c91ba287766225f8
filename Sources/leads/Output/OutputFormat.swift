import ArgumentParser

/// The machine-readable formats; without one, a table on a terminal and tab-separated lines
/// otherwise.
enum OutputFormat: String, EnumerableFlag, CustomStringConvertible, Sendable {
    case json, ndjson, csv

    /// The flag's name. Said outright: ArgumentParser names each flag with `String(describing:)`,
    /// which otherwise reflects on the enum, a measurable share of a `leads list --json` (B1).
    var description: String { rawValue }

    static func help(for value: OutputFormat) -> ArgumentHelp? {
        switch value {
        case .json: "JSON: the leads as the server gives them."
        case .ndjson: "One JSON lead per line."
        case .csv: "CSV with every field (tags, attributes and properties as JSON)."
        }
    }
}
