import Foundation
import TiledeskLeads

/// Lead ids from standard input, in any of the forms a pipeline hands on: one id a line, the JSON
/// array `leads list --json` prints, or the NDJSON of `leads list --ndjson` (any object with an
/// `_id` or `id`). Blank lines are ignored; an id given twice is acted on once.
enum BulkInput {
    static func readStandardInput() throws -> [String] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try ids(in: String(decoding: data, as: UTF8.self))
    }

    static func ids(in text: String) throws -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var ids: [String] = []
        if trimmed.hasPrefix("[") {
            guard case .array(let items) = try parse(trimmed, line: nil) else { return [] }
            ids = try items.map { try id(of: $0, line: nil) }
        } else {
            for (number, line) in trimmed.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if text.hasPrefix("{") {
                    ids.append(try id(of: try parse(text, line: number + 1), line: number + 1))
                } else {
                    guard !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "/" }) else {
                        throw CLIError(.usage, "standard input line \(number + 1): expected a lead id, JSON or NDJSON, got \(text.prefix(40))")
                    }
                    ids.append(text)
                }
            }
        }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    private static func parse(_ text: String, line: Int?) throws -> JSONValue {
        do {
            return try JSONValue.parse(text)
        } catch {
            throw CLIError(.usage, "standard input\(line.map { " line \($0)" } ?? ""): not valid JSON (\(error))")
        }
    }

    private static func id(of value: JSONValue, line: Int?) throws -> String {
        if case .string(let id) = value { return id }
        guard let id = value.objectValue?["_id"]?.stringValue ?? value.objectValue?["id"]?.stringValue, !id.isEmpty else {
            throw CLIError(.usage, "standard input\(line.map { " line \($0)" } ?? ""): a lead without an _id")
        }
        return id
    }
}
