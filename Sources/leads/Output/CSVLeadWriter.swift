import CSV
import Foundation
import TiledeskLeads

/// CSV through CSV.swift: every field, text as text (phones and zip codes keep their `+` and
/// leading zeros), tags, attributes, properties and unknown fields as JSON so nothing is lost.
struct CSVLeadWriter: LeadWriter {
    let sink: OutputSink

    static let columns = [
        "_id", "lead_id", "fullname", "email", "phone", "company", "note", "streetAddress", "city", "region", "zipcode",
        "country", "tags", "attributes", "properties", "status", "id_project", "createdBy", "createdAt", "updatedAt", "__v",
        "extra",
    ]

    func begin() throws {
        try writeRows([Self.columns])
    }

    func write(_ leads: [Lead]) throws {
        try writeRows(leads.map(Self.row))
    }

    func finish() throws {}

    static func row(_ lead: Lead) -> [String] {
        var row = [lead.id, lead.leadID ?? ""]
        for field in LeadField.allCases { row.append(lead[field] ?? "") }
        row.append(JSONValue.array(lead.tags.map(JSONValue.string)).jsonText)
        row.append(lead.attributes.map { JSONValue.object($0).jsonText } ?? "")
        row.append(lead.properties.map { JSONValue.object($0).jsonText } ?? "")
        row.append(lead.status.map(String.init) ?? "")
        row.append(lead.projectID ?? "")
        row.append(lead.createdBy ?? "")
        row.append(lead.createdAt.map(ISOTime.format) ?? "")
        row.append(lead.updatedAt.map(ISOTime.format) ?? "")
        row.append(lead.version.map(String.init) ?? "")
        row.append(lead.extra.isEmpty ? "" : JSONValue.object(lead.extra).jsonText)
        return row
    }

    /// Rows are rendered into memory by the CSV library, then handed to the sink in one piece.
    private func writeRows(_ rows: [[String]]) throws {
        guard !rows.isEmpty else { return }
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .lf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return }
        try sink.write(data)
        try sink.write("\n")
    }
}
