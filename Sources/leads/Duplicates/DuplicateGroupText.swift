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

    /// Writes `json(group)`'s bytes straight from the group (its keys in the same sorted order),
    /// without building the dictionaries first, and as bytes rather than a `String`: a project of
    /// 100,000 leads has some 40,000 groups, and building their dictionaries, then growing strings
    /// piece by piece, were each a fifth of a second look.
    static func writeJSON(_ group: DuplicateGroup, to out: inout [UInt8]) {
        func add(_ text: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        add(#"{"confidence":"#)
        var confidence = ""
        JSONValue.double(group.confidence).write(to: &confidence)
        out.append(contentsOf: confidence.utf8)
        add(#","leads":["#)
        for (index, entry) in group.entries.enumerated() {
            add(index == 0 ? "{" : ",{")
            add(#""_id":"#)
            JSONValue.writeString(entry.id, to: &out)
            func field(_ key: StaticString, _ value: String?) {
                guard let value else { return }
                add(key)
                JSONValue.writeString(value, to: &out)
            }
            func time(_ key: StaticString, _ value: Date?) {
                guard let value else { return }
                add(key)
                out.append(34)
                ISOTime.write(value, to: &out)
                out.append(34)
            }
            field(#","city":"#, entry.city)
            field(#","company":"#, entry.company)
            time(#","createdAt":"#, entry.createdAt)
            field(#","email":"#, entry.email)
            field(#","fullname":"#, entry.fullname)
            field(#","phone":"#, entry.phone)
            time(#","updatedAt":"#, entry.updatedAt)
            add("}")
        }
        add(#"],"reasons":["#)
        for (index, reason) in group.reasons.enumerated() {
            if index > 0 { out.append(44) }
            JSONValue.writeString(reason.rawValue, to: &out)
        }
        add("]}")
    }

    static func confidence(_ group: DuplicateGroup) -> String { String(format: "%.2f", group.confidence) }
}
