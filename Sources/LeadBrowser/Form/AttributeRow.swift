import TiledeskLeads

/// One step into a JSON tree: an object key or an array index.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// One visible line of the attributes tree: where it is, how deep, and its value.
public struct AttributeRow: Sendable, Hashable {
    public var path: [JSONPathComponent]
    public var value: JSONValue
    public var depth: Int { path.count - 1 }

    /// `key` or `[2]`, what the row's label column shows.
    public var label: String {
        switch path.last {
        case .key(let k): k
        case .index(let i): "[\(i)]"
        case nil: ""
        }
    }

    /// The value as one line: strings as typed, containers summarised, the rest as JSON.
    public var summary: String {
        switch value {
        case .string(let s): s
        case .object(let members): "{\(members.count) keys}"
        case .array(let items): "[\(items.count) items]"
        default: value.jsonText
        }
    }

    /// Flattens a tree into rows, keys sorted, children right after their parent.
    public static func rows(of object: [String: JSONValue], prefix: [JSONPathComponent] = []) -> [AttributeRow] {
        var out: [AttributeRow] = []
        for key in object.keys.sorted() {
            append(path: prefix + [.key(key)], value: object[key]!, to: &out)
        }
        return out
    }

    private static func append(path: [JSONPathComponent], value: JSONValue, to out: inout [AttributeRow]) {
        out.append(AttributeRow(path: path, value: value))
        switch value {
        case .object(let members):
            for key in members.keys.sorted() { append(path: path + [.key(key)], value: members[key]!, to: &out) }
        case .array(let items):
            for (i, item) in items.enumerated() { append(path: path + [.index(i)], value: item, to: &out) }
        default: break
        }
    }
}
