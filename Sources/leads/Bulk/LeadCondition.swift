import Foundation
import TiledeskLeads

/// One `--where` clause, `FIELD OP VALUE`, checked against each lead the server returns.
/// FIELD is a field's API name (`city`), `tags`, `status`, `lead_id`, `createdAt`, `updatedAt`,
/// or `attributes.KEY` / `properties.KEY` (dots go deeper). OP is `=`, `!=`, `~` (contains, any
/// case), `<`, `<=`, `>`, `>=`. An empty value means "empty or missing" (`email=`); `tags=vip`
/// means the lead has that tag. Dates compare as times and take ages (`createdAt<30d`); numbers
/// compare as numbers when both sides are numbers, otherwise as text.
struct LeadCondition: Sendable, Hashable {
    enum Operator: String, Sendable, CaseIterable {
        case notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">=", equal = "=", less = "<", greater = ">", contains = "~"
    }

    static let help = "FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, FIELD<VALUE, FIELD>VALUE (<=, >= too); FIELD is a field, tags, status, createdAt, updatedAt, attributes.KEY or properties.KEY"

    let field: String
    let op: Operator
    let value: String
    /// The value as a time, for `createdAt` and `updatedAt`.
    let time: Date?

    init(parsing text: String, now: Date = Date()) throws {
        guard let start = text.firstIndex(where: { "!=<>~".contains($0) }), start != text.startIndex else {
            throw CLIError(.usage, "--where \(text): expected \(Self.help)")
        }
        let rest = text[start...]
        guard let op = Operator.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else {
            throw CLIError(.usage, "--where \(text): unknown operator; use =, !=, ~, <, <=, >, >=")
        }
        field = text[..<start].trimmingCharacters(in: .whitespaces)
        self.op = op
        value = String(rest.dropFirst(op.rawValue.count)).trimmingCharacters(in: .whitespaces)
        let known = Set(LeadField.allCases.map(\.rawValue)).union(["tags", "status", "lead_id", "createdAt", "updatedAt", "_id"])
        guard known.contains(field) || field.hasPrefix("attributes.") || field.hasPrefix("properties.") else {
            throw CLIError(.usage, "--where \(text): \(field) is not a lead field; use \(LeadField.apiNames), tags, status, lead_id, createdAt, updatedAt, attributes.KEY or properties.KEY")
        }
        if field == "createdAt" || field == "updatedAt", !value.isEmpty {
            guard let time = TimeBound.parse(value, now: now) else {
                throw CLIError(.usage, "--where \(text): \(value) is not \(TimeBound.help)")
            }
            self.time = time
        } else {
            time = nil
        }
    }

    func matches(_ lead: Lead) -> Bool {
        if field == "tags" { return tagsMatch(lead.tags) }
        if let time {
            guard let date = field == "createdAt" ? lead.createdAt : lead.updatedAt else { return op == .notEqual }
            return compare(date.timeIntervalSince1970, time.timeIntervalSince1970)
        }
        let text = Self.text(of: field, in: lead)
        if value.isEmpty {
            switch op {
            case .equal: return text?.isEmpty ?? true
            case .notEqual: return !(text?.isEmpty ?? true)
            default: return false
            }
        }
        guard let text else { return op == .notEqual }
        if op == .contains { return text.range(of: value, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        if let left = Double(text), let right = Double(value) { return compare(left, right) }
        return compare(text, value)
    }

    /// The server's own filter this clause stands for, when it has one (`tags=X`, `email=X`).
    var serverTag: String? { field == "tags" && op == .equal && !value.isEmpty ? value : nil }
    var serverEmail: String? { field == "email" && op == .equal && !value.isEmpty ? value : nil }

    private func tagsMatch(_ tags: [String]) -> Bool {
        switch op {
        case .equal: value.isEmpty ? tags.isEmpty : tags.contains(value)
        case .notEqual: value.isEmpty ? !tags.isEmpty : !tags.contains(value)
        case .contains: tags.contains { $0.range(of: value, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        default: false
        }
    }

    private func compare<T: Comparable>(_ left: T, _ right: T) -> Bool {
        switch op {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        case .contains: false
        }
    }

    /// A field's value as text: strings as they are, other JSON as its text; nil when missing or null.
    static func text(of field: String, in lead: Lead) -> String? {
        if let known = LeadField(rawValue: field) { return lead[known] }
        switch field {
        case "_id": return lead.id
        case "lead_id": return lead.leadID
        case "status": return lead.status.map(String.init)
        default: break
        }
        var path = field.split(separator: ".").map(String.init)
        let root = path.removeFirst() == "attributes" ? lead.attributes : lead.properties
        var value: JSONValue? = root.map(JSONValue.object)
        for key in path { value = value?.objectValue?[key] }
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: return other.jsonText
        }
    }
}
