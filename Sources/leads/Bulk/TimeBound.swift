import Foundation
import TiledeskLeads

/// A point in time given on the command line: a date (`2026-01-31`, midnight UTC), an ISO time
/// (`2026-01-31T12:00:00Z`), or an age counted back from now (`30d`, `12h`, `2w`, `90m`), so
/// "older than 30 days" is `--created-before 30d` whatever day the script runs.
enum TimeBound {
    static let help = "a date (2026-01-31), an ISO time, or an age: 30d, 12h, 2w, 90m"

    static func parse(_ text: String, now: Date = Date()) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = ISOTime.parse(trimmed) { return date }
        if let date = ISOTime.parse(trimmed + "T00:00:00.000Z") { return date }
        guard let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount >= 0 else { return nil }
        let seconds: Double
        switch unit {
        case "m": seconds = 60
        case "h": seconds = 3600
        case "d": seconds = 86_400
        case "w": seconds = 7 * 86_400
        default: return nil
        }
        return now.addingTimeInterval(-amount * seconds)
    }
}
