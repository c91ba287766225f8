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

    /// Writes `json(group)`'s text straight from the group (its keys in the same sorted order),
    /// without building the dictionaries first: a project of 100,000 leads has some 40,000 groups,
    /// and building, sorting and dropping their dictionaries was a fifth of a second look.
    static func writeJSON(_ group: DuplicateGroup, to out: inout String) {
        out += #"{"confidence":"#
        JSONValue.double(group.confidence).write(to: &out)
        out += #","leads":["#
        for (index, entry) in group.entries.enumerated() {
            out += index == 0 ? "{" : ",{"
            out += #""_id":"#
            JSONValue.writeString(entry.id, to: &out)
            func field(_ key: String, _ value: String?) {
                guard let value else { return }
                out += key
                JSONValue.writeString(value, to: &out)
            }
            field(#","city":"#, entry.city)
            field(#","company":"#, entry.company)
            field(#","createdAt":"#, entry.createdAt.map(ISOTime.format))
            field(#","email":"#, entry.email)
            field(#","fullname":"#, entry.fullname)
            field(#","phone":"#, entry.phone)
            field(#","updatedAt":"#, entry.updatedAt.map(ISOTime.format))
            out += "}"
        }
        out += #"],"reasons":["#
        for (index, reason) in group.reasons.enumerated() {
            if index > 0 { out += "," }
            JSONValue.writeString(reason.rawValue, to: &out)
        }
        out += "]}"
    }

    static func confidence(_ group: DuplicateGroup) -> String { String(format: "%.2f", group.confidence) }
}
