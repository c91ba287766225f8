import Foundation
import LeadDuplicates
import ScreenText
import TiledeskLeads

/// How `leads duplicates` prints groups: for people, a heading per group and one line per lead;
/// as JSON, each group with its reasons, confidence and leads.
enum DuplicateGroupText {
    /// `3 leads · email, phone · confidence 0.98` then the leads, oldest first, each on a line.
    static func text(_ group: DuplicateGroup) -> String {
        var out = "\(group.entries.count) leads · \(group.reasons.map(\.rawValue).joined(separator: ", ")) · confidence \(confidence(group))\n"
        for entry in group.entries {
            let created = entry.createdAt.map { String(ISOTime.format($0).prefix(10)) } ?? "-"
            let columns = [entry.id, created, entry.fullname, entry.email, entry.phone, entry.company, entry.city]
            out += "  " + columns.map { TerminalText.sanitized($0 ?? "") }.filter { !$0.isEmpty }.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// The group as one JSON object (compact, keys sorted).
    static func json(_ group: DuplicateGroup) -> JSONValue {
        .object([
            "reasons": .array(group.reasons.map { .string($0.rawValue) }),
            "confidence": .double(group.confidence),
            "leads": .array(group.entries.map(json)),
        ])
    }

    static func json(_ entry: DuplicateEntry) -> JSONValue {
        var object: [String: JSONValue] = ["_id": .string(entry.id)]
        let fields: [(String, String?)] = [
            ("fullname", entry.fullname), ("email", entry.email), ("phone", entry.phone), ("company", entry.company), ("city", entry.city),
        ]
        for (name, value) in fields { if let value { object[name] = .string(value) } }
        if let created = entry.createdAt { object["createdAt"] = .string(ISOTime.format(created)) }
        if let updated = entry.updatedAt { object["updatedAt"] = .string(ISOTime.format(updated)) }
        return .object(object)
    }

    static func confidence(_ group: DuplicateGroup) -> String { String(format: "%.2f", group.confidence) }
}
