import Foundation
import LeadBrowser
import TiledeskLeads

/// The browser's `x` on marked leads: the file written by the same writers as `leads export`, so
/// a file from either reads the same (and `leads import` takes it back). Mode 0600: exports hold
/// personal data.
enum LeadFileExport {
    /// Writes `leads` to the export's path (`~/` is the home directory; a relative path is from the
    /// directory `leads` was started in).
    static func write(_ leads: [Lead], _ export: LeadExport, home: String = NSHomeDirectory()) throws {
        let path = export.path.hasPrefix("~/") ? home + export.path.dropFirst(1) : export.path
        let sink = try OutputSink.file(path)
        let writer = ListCommand.writer(format(export.format), sink)
        try writer.begin()
        try writer.write(leads)
        try writer.finish()
        try sink.close()
    }

    static func format(_ format: LeadExport.Format) -> OutputFormat {
        switch format {
        case .csv: .csv
        case .json: .json
        case .ndjson: .ndjson
        }
    }
}
