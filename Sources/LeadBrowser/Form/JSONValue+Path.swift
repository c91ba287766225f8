import TiledeskLeads

/// Reading and writing inside a JSON tree by path, so the attributes editor can change a value
/// three levels deep without rebuilding the tree by hand.
extension JSONValue {
    /// The value at a path, nil when the path does not exist.
    public func value(at path: some Collection<JSONPathComponent>) -> JSONValue? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.object(let members), .key(let key)): return members[key]?.value(at: path.dropFirst())
        case (.array(let items), .index(let i)) where items.indices.contains(i): return items[i].value(at: path.dropFirst())
        default: return nil
        }
    }

    /// Sets (or with nil removes) the value at a path; false when the parent does not exist.
    @discardableResult
    public mutating func set(_ newValue: JSONValue?, at path: ArraySlice<JSONPathComponent>) -> Bool {
        guard let first = path.first else {
            if let newValue { self = newValue }
            return newValue != nil
        }
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if path.count == 1 {
                members[key] = newValue
            } else {
                guard var child = members[key], child.set(newValue, at: path.dropFirst()) else { return false }
                members[key] = child
            }
            self = .object(members)
            return true
        case (.array(var items), .index(let i)):
            if path.count == 1 {
                if let newValue {
                    if i == items.count { items.append(newValue) } else if items.indices.contains(i) { items[i] = newValue } else { return false }
                } else if items.indices.contains(i) {
                    items.remove(at: i)
                } else {
                    return false
                }
            } else {
                guard items.indices.contains(i), items[i].set(newValue, at: path.dropFirst()) else { return false }
            }
            self = .array(items)
            return true
        default:
            return false
        }
    }
}
