import Foundation
import ScreenText
import TiledeskLeads
import Yams

/// Reads a lead document with Yams (libyaml): any YAML a person writes — plain or quoted, flow
/// or block, comments, CRLF, a byte order mark — and JSON, which is YAML too. The ten text
/// fields are read from the scalar's own text, never from a type YAML would give it, so
/// `zipcode: 00184` is `"00184"` and `phone: +39 0123` a phone; attribute values keep their
/// YAML type (`YAMLScalar.plainValue`). Every problem names its line, and all are reported at once.
struct YAMLReader {
    typealias Problem = LeadYAML.ParseError.Problem

    private var problems: [Problem] = []
    /// The source, line by line, to read back what Yams loses (see `string(of:)`).
    private let lines: [[Unicode.Scalar]]

    private init(source: String) {
        lines = YAMLSyntax.scalarLines(source)
    }

    /// Keys of the server's lead JSON that a document may carry but that are not edited here
    /// (`leads get --json` prints them); `_id`/`id` is kept to check it names the right lead.
    static let readOnlyKeys: Set<String> = [
        "_id", "id", "__v", "lead_id", "properties", "id_project", "createdBy", "status", "createdAt", "updatedAt",
    ]

    static func read(_ text: String) throws(LeadYAML.ParseError) -> LeadEdit {
        let (root, source) = try YAMLSyntax.compose(text)
        var reader = YAMLReader(source: source)
        let edit = reader.edit(root)
        if !reader.problems.isEmpty { throw LeadYAML.ParseError(problems: reader.problems) }
        return edit
    }

    /// An attributes document (`^O` on the attributes row): a map of attributes at the top.
    static func readAttributes(_ text: String) throws(LeadYAML.ParseError) -> [String: JSONValue] {
        let (root, source) = try YAMLSyntax.compose(text)
        var reader = YAMLReader(source: source)
        var members: [String: JSONValue] = [:]
        if let root, !reader.isNull(root) {
            if case .mapping = root, case .object(let object)? = reader.json(root) {
                members = object
            } else if reader.problems.isEmpty {
                reader.problem(root, "attributes are `key: value` lines (plan: pro), not \(reader.kind(root))")
            }
        }
        if !reader.problems.isEmpty { throw LeadYAML.ParseError(problems: reader.problems) }
        return members
    }

    private mutating func edit(_ root: Node?) -> LeadEdit {
        var edit = LeadEdit()
        var unknown: [Node] = []
        guard let root, !isNull(root) else { return edit }
        guard case .mapping(let mapping) = root else {
            problem(root, "a lead is written as `key: value` lines (fullname: Ada), not as \(kind(root))")
            return edit
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                problem(keyNode, "a key is a name such as fullname, not \(kind(keyNode))")
                continue
            }
            let name = string(of: key)
            if let field = LeadField(rawValue: name) {
                if let text = text(value, key: name) { edit.fields[field] = text }
            } else if name == "tags" {
                edit.tags = tags(value)
            } else if name == "attributes" {
                if isNull(value) {
                    edit.attributes = [:]
                } else if case .mapping = value {
                    if case .object(let members)? = json(value) { edit.attributes = members }
                } else {
                    problem(value, "attributes are `key: value` lines indented below `attributes:`, not \(kind(value))")
                }
            } else if Self.readOnlyKeys.contains(name) {
                if name == "_id" || name == "id" { edit.id = text(value, key: name) }
            } else {
                unknown.append(keyNode)
            }
        }
        // A lead as the server gives it (it names its `_id`) may carry fields a newer server
        // added; they are not edited here. In a document a person wrote, an unknown key is a typo.
        if edit.id == nil {
            let known = (LeadField.allCases.map(\.rawValue) + ["tags", "attributes"]).joined(separator: ", ")
            for key in unknown {
                problem(key, "unknown key \(YAMLScalar.written(key.scalar.map(string(of:)) ?? "")); the keys are \(known)")
            }
            problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        }
        return edit
    }

    /// A text field's value as written; nothing, `~` or `null` clears it.
    private mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            problem(node, "\(key) is text, not \(kind(node)); put it in quotes if it holds `: ` or starts with [ or {")
            return nil
        }
        return isNull(node) ? "" : string(of: scalar)
    }

    private mutating func tags(_ node: Node) -> [String]? {
        if isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            problem(node, "tags are a list: `tags: [vip, lead]`, or one `- vip` line each, not \(kind(node))")
            return nil
        }
        var tags: [String] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                problem(item, "a tag is text, not \(kind(item))")
                continue
            }
            let tag = string(of: scalar)
            if !isNull(item), !tag.isEmpty { tags.append(tag) }
        }
        return tags
    }

    /// An attribute value with its YAML type.
    private mutating func json(_ node: Node) -> JSONValue? {
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar, node: node)
        case .sequence(let items):
            var values: [JSONValue] = []
            for item in items {
                if let value = json(item) { values.append(value) }
            }
            return .array(values)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (keyNode, value) in mapping {
                guard case .scalar(let key) = keyNode else {
                    problem(keyNode, "an attribute's name is text, not \(kind(keyNode))")
                    continue
                }
                if let value = json(value) { members[string(of: key)] = value }
            }
            return .object(members)
        case .alias:
            problem(node, "an alias (*name) is not supported here")
            return nil
        }
    }

    private mutating func scalarValue(_ scalar: Node.Scalar, node: Node) -> JSONValue? {
        switch tagName(scalar) {
        case .implicit where scalar.style == .plain || scalar.style == .any:
            break
        case .implicit, .nonSpecific, .str:
            return .string(string(of: scalar))
        case .int, .float, .bool, .null:
            break
        default:
            problem(node, "the tag \(tagName(scalar).rawValue) is not supported; attributes hold text, numbers, true/false, null, lists and maps")
            return nil
        }
        guard let value = YAMLScalar.plainValue(string(of: scalar)) else {
            problem(node, "\(string(of: scalar)) is not a number JSON can hold; put it in quotes to keep it as text")
            return nil
        }
        if tagName(scalar) != .implicit, value.typeName != Self.typeName(of: tagName(scalar)) {
            problem(node, "\(string(of: scalar)) is not a \(Self.typeName(of: tagName(scalar)))")
            return nil
        }
        return value
    }

    private static func typeName(of tag: Tag.Name) -> String {
        switch tag {
        case .int, .float: "number"
        case .bool: "boolean"
        default: "null"
        }
    }

    /// A scalar's text. Yams decodes each scalar with Foundation, which drops a byte order mark
    /// (U+FEFF) at its start; one that the source shows there, raw or as an escape after the
    /// opening quote, is put back.
    private func string(of scalar: Node.Scalar) -> String {
        let text = scalar.string
        guard !text.unicodeScalars.starts(with: ["\u{FEFF}"]), let mark = scalar.mark, mark.line >= 1, mark.line <= lines.count
        else { return text }
        let line = lines[mark.line - 1]
        var start = mark.column - 1
        guard start >= 0, start < line.count else { return text }
        if scalar.style == .doubleQuoted || scalar.style == .singleQuoted { start += 1 }
        let rest = String(String.UnicodeScalarView(line[min(start, line.count)...]))
        let escaped = scalar.style == .doubleQuoted && ["\\uFEFF", "\\ufeff", "\\U0000FEFF", "\\U0000feff"].contains { rest.hasPrefix($0) }
        return escaped || rest.unicodeScalars.first == "\u{FEFF}" ? "\u{FEFF}" + text : text
    }

    /// The scalar's tag as written (`!!str`), or `.implicit` when it has none.
    private func tagName(_ scalar: Node.Scalar) -> Tag.Name {
        Tag.Name(rawValue: scalar.tag.rawValue)
    }

    /// A plain scalar YAML reads as null: nothing, `~`, `null`.
    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, tagName(scalar) == .implicit || tagName(scalar) == .null,
            scalar.style == .plain || scalar.style == .any
        else { return false }
        return YAMLScalar.plainValue(string(of: scalar)) == .null
    }

    private func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "the text \(YAMLScalar.written(TerminalText.truncated(string(of: scalar), toWidth: 30)))"
        case .sequence: "a list"
        case .mapping: "a map of keys"
        case .alias: "an alias"
        }
    }

    private mutating func problem(_ node: Node, _ message: String) {
        problems.append(Problem(line: node.mark?.line, message: message))
    }
}
