import Foundation
import GRDB
import TiledeskLeads

/// Converts between `leads` rows and `Lead` values. Columns are read by position in the order of
/// `selectColumns`, which is faster than by name on the hot list path.
enum LeadRowMapping {
    static let textFields: [LeadField] = LeadField.allCases

    static let selectColumns =
        "leads.id, leads.v, leads.lead_id, "
        + textFields.map { "leads.\($0.rawValue)" }.joined(separator: ", ")
        + ", leads.tags, leads.attributes, leads.properties, leads.createdBy, leads.status, leads.createdAt, leads.updatedAt, projects.id"

    /// Reads a lead from a row selected with `selectColumns` (joined with `projects`).
    static func lead(from row: Row) -> Lead {
        var lead = Lead(id: row[0])
        lead.version = row[1]
        lead.leadID = row[2]
        var index = 3
        for field in textFields {
            lead[field] = row[index]
            index += 1
        }
        lead.tags = decodeStrings(row[index]) ?? []
        lead.attributes = decodeObject(row[index + 1])
        lead.properties = decodeObject(row[index + 2])
        lead.createdBy = row[index + 3]
        lead.status = row[index + 4]
        let created: Int64 = row[index + 5]
        let updated: Int64 = row[index + 6]
        lead.createdAt = Date(timeIntervalSince1970: Double(created) / 1000)
        lead.updatedAt = Date(timeIntervalSince1970: Double(updated) / 1000)
        lead.projectID = row[index + 7]
        return lead
    }

    /// The statement arguments for every stored column but rowid and project, in `insertColumns` order.
    static let insertColumns =
        "id, project, v, lead_id, " + textFields.map(\.rawValue).joined(separator: ", ")
        + ", tags, attributes, properties, createdBy, status, createdAt, updatedAt"

    static var insertPlaceholders: String {
        Array(repeating: "?", count: 4 + textFields.count + 7).joined(separator: ", ")
    }

    static func insertArguments(_ lead: Lead, project: Int64) -> StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = [lead.id, project, lead.version ?? 0, lead.leadID]
        for field in textFields { values.append(lead[field]) }
        values.append(JSONValue.array(lead.tags.map(JSONValue.string)).jsonText)
        values.append(lead.attributes.map { JSONValue.object($0).jsonText })
        values.append(lead.properties.map { JSONValue.object($0).jsonText })
        values.append(lead.createdBy)
        values.append(lead.status ?? LeadStatus.normal)
        values.append(milliseconds(lead.createdAt))
        values.append(milliseconds(lead.updatedAt ?? lead.createdAt))
        return StatementArguments(values)
    }

    static func milliseconds(_ date: Date?) -> Int64 {
        Int64(((date ?? Date()).timeIntervalSince1970 * 1000).rounded(.down))
    }

    static func decodeStrings(_ text: String?) -> [String]? {
        guard let text, case .array(let items)? = try? JSONValue.parse(text) else { return nil }
        return items.compactMap(\.stringValue)
    }

    static func decodeObject(_ text: String?) -> [String: JSONValue]? {
        guard let text else { return nil }
        return (try? JSONValue.parse(text))?.objectValue
    }
}
