import CSV
import Foundation
import TiledeskLeads

/// `GET /leads/csv` in the real server's layout: `;` separated, CRLF after every row (the last
/// one too: csv-express writes `row + "\r\n"`), a header row, strings quoted with `"` doubled,
/// `attributes` and `__v` left out (`find(query, '-attributes -__v')`), `properties` kept (as JSON
/// text). Unlike the real server it keeps strings as strings (a phone keeps its `+`, a zip code
/// its leading zeros) and times in ISO form.
enum CSVExport {
    /// Rows per page of the export, as on the real server.
    static let pageSize = 100_000

    static let columns = [
        "_id", "lead_id", "fullname", "email", "phone", "company", "note", "streetAddress", "city", "region",
        "zipcode", "country", "tags", "status", "id_project", "createdBy", "properties", "createdAt", "updatedAt",
    ]

    static func csv(_ leads: [Lead]) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try writer.write(row: columns, quotedAtIndex: { _ in true })
        for lead in leads {
            let object = lead.jsonObject.objectValue ?? [:]
            var values: [String] = []
            var quoted: [Bool] = []
            for column in columns {
                switch object[column] {
                case .string(let text)?: values.append(text); quoted.append(true)
                case .int(let n)?: values.append(String(n)); quoted.append(false)
                case let value?: values.append(value.jsonText); quoted.append(true)
                case nil: values.append(""); quoted.append(false)
                }
            }
            try writer.write(row: values, quotedAtIndex: { quoted[$0] })
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        // The writer separates rows; the real server ends each one.
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
