import CSV
import Foundation
import TiledeskLeads

/// Reads an import file into records: a JSON array, NDJSON (one object per line), or CSV with a
/// header of API field names (as `leads export --csv` writes it), `,` or `;` separated —
/// detected from the header. In CSV, tags are a JSON array or a comma-separated list, and
/// attributes and properties are JSON objects.
enum ImportReader {
    static func records(_ text: String, format: OutputFormat) throws -> [ImportRecord] {
        switch format {
        case .json: return try json(text)
        case .ndjson: return ndjson(text)
        case .csv: return try csv(text)
        }
    }

    private static func json(_ text: String) throws -> [ImportRecord] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw CLIError(.failure, "the file is not valid JSON: \(error)")
        }
        guard case .array(let items) = value else { throw CLIError(.failure, "a JSON import file is an array of leads") }
        return items.enumerated().map { index, item in
            ImportRecord(place: "item \(index + 1)", result: lead(item))
        }
    }

    private static func ndjson(_ text: String) -> [ImportRecord] {
        var records: [ImportRecord] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let result: Result<Lead, ImportProblem>
            do {
                result = lead(try JSONParser.parse(Array(trimmed.utf8)))
            } catch {
                result = .failure(ImportProblem("not valid JSON: \(error)"))
            }
            records.append(ImportRecord(place: "line \(index + 1)", result: result))
        }
        return records
    }

    private static func lead(_ value: JSONValue) -> Result<Lead, ImportProblem> {
        guard case .object(let members) = value else { return .failure(ImportProblem("a lead is a JSON object, not \(value.typeName)")) }
        do {
            return .success(try ImportFields.lead(from: members))
        } catch {
            return .failure(error)
        }
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func delimiter(of text: String) -> UnicodeScalar {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    private static func csv(_ text: String) throws -> [ImportRecord] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter(of: text))
        } catch {
            throw CLIError(.failure, "the file is not valid CSV: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(LeadField.allCases.map(\.rawValue) + ["lead_id", "tags", "attributes", "properties"])
        guard header.contains(where: known.contains) else {
            throw CLIError(
                .failure, "the CSV header names no lead field; use API names: \(LeadField.apiNames), tags, attributes")
        }
        var records: [ImportRecord] = []
        var number = 1
        while let row = reader.next() {
            number += 1
            if row.allSatisfy({ $0.isEmpty }) { continue }
            var members: [String: JSONValue] = [:]
            var problem: ImportProblem?
            for (index, name) in header.enumerated() where index < row.count && known.contains(name) {
                let cell = row[index]
                guard !cell.isEmpty else { continue }
                switch name {
                case "tags":
                    if cell.hasPrefix("["), let value = try? JSONValue.parse(cell) {
                        members[name] = value
                    } else {
                        members[name] = .array(cell.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) })
                    }
                case "attributes", "properties":
                    if let value = try? JSONValue.parse(cell) {
                        members[name] = value
                    } else {
                        problem = ImportProblem("\(name) is not JSON: \(cell.prefix(40))")
                    }
                default:
                    members[name] = .string(cell)
                }
            }
            let result: Result<Lead, ImportProblem>
            if let problem {
                result = .failure(problem)
            } else {
                do { result = .success(try ImportFields.lead(from: members)) } catch { result = .failure(error) }
            }
            records.append(ImportRecord(place: "row \(number)", result: result))
        }
        if let error = reader.error { throw CLIError(.failure, "the CSV cannot be read after row \(number): \(error)") }
        return records
    }
}
