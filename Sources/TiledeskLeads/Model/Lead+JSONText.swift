import Foundation

/// A lead's JSON text written straight from its fields: the same text as `jsonObject.write(to:)`
/// (keys sorted, nil fields left out, `extra` merged in), without building and sorting a
/// dictionary per lead first. `leads export --ndjson` writes 100,000 leads this way; through the
/// dictionary, building, hashing and sorting it took over a third of the export's own time.
extension Lead {
    public func writeJSON(to out: inout String) {
        // A lead made in code may carry a known key in `extra` too; `jsonObject` settles which wins.
        guard extra.isEmpty || !extra.keys.contains(where: Lead.knownKeys.contains) else {
            jsonObject.write(to: &out)
            return
        }
        let extraKeys = extra.isEmpty ? [] : extra.keys.sorted()
        var nextExtra = 0
        var first = true
        func key(_ name: String) {
            out += first ? "" : ","
            first = false
            JSONValue.writeString(name, to: &out)
            out += ":"
        }
        func extras(before name: String?) {
            while nextExtra < extraKeys.count, name.map({ extraKeys[nextExtra] < $0 }) ?? true {
                key(extraKeys[nextExtra])
                extra[extraKeys[nextExtra]]!.write(to: &out)
                nextExtra += 1
            }
        }
        /// One key of the lead and its value, after the extra keys sorted before it.
        func field(_ name: String, _ value: () -> Void) {
            extras(before: name)
            key(name)
            value()
        }
        out += "{"
        for (name, slot) in Self.jsonSlots {
            switch slot {
            case .id: field(name) { JSONValue.writeString(id, to: &out) }
            case .version: if let version { field(name) { out += String(version) } }
            case .text(let path): if let value = self[keyPath: path] { field(name) { JSONValue.writeString(value, to: &out) } }
            case .tags: field(name) { JSONValue.array(tags.map(JSONValue.string)).write(to: &out) }
            case .object(let path): if let value = self[keyPath: path] { field(name) { JSONValue.object(value).write(to: &out) } }
            case .status: if let status { field(name) { out += String(status) } }
            case .time(let path): if let value = self[keyPath: path] { field(name) { JSONValue.writeString(ISOTime.format(value), to: &out) } }
            }
        }
        extras(before: nil)
        out += "}"
    }

    /// Where each key `jsonObject` writes comes from.
    enum JSONSlot: Sendable {
        case id, version, tags, status
        case text(KeyPath<Lead, String?> & Sendable)
        case object(KeyPath<Lead, [String: JSONValue]?> & Sendable)
        case time(KeyPath<Lead, Date?> & Sendable)
    }

    /// The keys of `jsonObject`, in the order `JSONValue.write` puts them (sorted).
    static let jsonSlots: [(String, JSONSlot)] = {
        var slots: [(String, JSONSlot)] = [
            ("_id", .id), ("__v", .version), ("lead_id", .text(\.leadID)), ("tags", .tags), ("attributes", .object(\.attributes)),
            ("properties", .object(\.properties)), ("id_project", .text(\.projectID)), ("createdBy", .text(\.createdBy)),
            ("status", .status), ("createdAt", .time(\.createdAt)), ("updatedAt", .time(\.updatedAt)),
        ]
        let fields: [(LeadField, KeyPath<Lead, String?> & Sendable)] = [
            (.fullname, \.fullname), (.email, \.email), (.phone, \.phone), (.company, \.company), (.note, \.note),
            (.streetAddress, \.streetAddress), (.city, \.city), (.region, \.region), (.zipcode, \.zipcode), (.country, \.country),
        ]
        slots += fields.map { ($0.0.rawValue, .text($0.1)) }
        return slots.sorted { $0.0 < $1.0 }
    }()
}
