import TiledeskLeads

/// The attributes object as an editable tree. Rows are flattened for display; Enter edits the
/// selected value, `^R` renames its key, Ins/`^N` adds a key (inside an object or array when one
/// is selected, else beside) and asks for its name then its value, Del removes. Values keep their
/// JSON type: a string is edited as plain text, anything else as JSON, and text that is not valid
/// JSON is refused with a message.
public struct AttributesEditor: Sendable, Hashable {
    /// What the input line is editing, when it is open.
    public enum Editing: Sendable, Hashable {
        case value(path: [JSONPathComponent])
        /// The value as JSON text whatever its type (`^T`): how a string becomes a number or an object.
        case json(path: [JSONPathComponent])
        case key(path: [JSONPathComponent])
        /// The value of a key just added: JSON when the text is JSON (`42`, `true`, `{}`),
        /// otherwise a string, so a new key takes the type the user obviously meant.
        case newValue(path: [JSONPathComponent])
    }

    public private(set) var root: JSONValue
    public private(set) var selected = 0
    public private(set) var editing: Editing?
    public var input = TextBuffer()
    /// Why the last edit was refused (invalid JSON, empty or duplicate key).
    public private(set) var message: String?

    /// An editor over the lead's attributes object, first row selected.
    public init(_ attributes: [String: JSONValue]) { root = .object(attributes) }

    /// The edited object.
    public var attributes: [String: JSONValue] { root.objectValue ?? [:] }

    public var rows: [AttributeRow] { AttributeRow.rows(of: attributes) }

    public var selectedRow: AttributeRow? {
        let rows = rows
        return rows.indices.contains(selected) ? rows[selected] : nil
    }

    /// Moves the selection; false at an edge so the form can move to the next field.
    public mutating func moveSelection(by delta: Int) -> Bool {
        let target = selected + delta
        guard target >= 0, target < rows.count else { return false }
        selected = target
        return true
    }

    /// Opens the input on the selected value.
    public mutating func beginEditValue() {
        guard let row = selectedRow else { return }
        editing = .value(path: row.path)
        input = TextBuffer(row.value.stringValue ?? row.value.jsonText)
    }

    /// Opens the input on the selected value as JSON, to change its type.
    public mutating func beginEditJSON() {
        guard let row = selectedRow else { return }
        editing = .json(path: row.path)
        input = TextBuffer(row.value.jsonText)
    }

    /// Opens the input on the selected key (array items have no key to rename).
    public mutating func beginRename() {
        guard let row = selectedRow, case .key(let key) = row.path.last else {
            message = "array items have no key"
            return
        }
        editing = .key(path: row.path)
        input = TextBuffer(key)
    }

    /// Adds a key: inside the selected object or array, otherwise at the selected row's level,
    /// then opens rename (or value, in an array) so the user types it at once.
    public mutating func addKey() {
        var parent: [JSONPathComponent] = []
        if let row = selectedRow {
            switch row.value {
            case .object, .array: parent = row.path
            default: parent = Array(row.path.dropLast())
            }
        }
        let container = root.value(at: parent)
        let path: [JSONPathComponent]
        if case .array(let items) = container {
            path = parent + [.index(items.count)]
        } else {
            let keys = container?.objectValue ?? [:]
            var name = "new", n = 1
            while keys[name] != nil { n += 1; name = "new\(n)" }
            path = parent + [.key(name)]
        }
        root.set(.string(""), at: path[...])
        selected = rows.firstIndex { $0.path == path } ?? selected
        if case .key = path.last {
            beginRename()
            addingKey = true
        } else {
            editing = .newValue(path: path)
        }
        input = TextBuffer()
    }

    /// True while naming a key just added: committing the name goes on to its value.
    private var addingKey = false

    /// Removes the selected row (and its children).
    public mutating func removeSelected() {
        guard let row = selectedRow else { return }
        root.set(nil, at: row.path[...])
        selected = max(0, min(selected, rows.count - 1))
    }

    /// Applies the input; keeps it open with a message when the text is refused.
    public mutating func commit() {
        guard let editing else { return }
        switch editing {
        case .newValue(let path):
            root.set((try? JSONValue.parse(input.text)) ?? .string(input.text), at: path[...])
        case .value(let path), .json(let path):
            let old = root.value(at: path) ?? .string("")
            let text = input.text
            let value: JSONValue
            if case .string = old, case .value = editing {
                value = .string(text)
            } else {
                guard let parsed = try? JSONValue.parse(text) else {
                    message = "not valid JSON for a \(old.typeName): \(text)"
                    return
                }
                value = parsed
            }
            root.set(value, at: path[...])
        case .key(let path):
            let name = input.text
            guard case .key(let oldName) = path.last else { return }
            let parent = Array(path.dropLast())
            let siblings = root.value(at: parent)?.objectValue ?? [:]
            if name.isEmpty {
                message = "a key cannot be empty"
                return
            }
            if name != oldName, siblings[name] != nil {
                message = "“\(name)” is already a key here"
                return
            }
            let value = siblings[oldName] ?? .string("")
            root.set(nil, at: path[...])
            root.set(value, at: (parent + [.key(name)])[...])
            selected = rows.firstIndex { $0.path == parent + [.key(name)] } ?? selected
            if addingKey {
                addingKey = false
                message = nil
                self.editing = .newValue(path: parent + [.key(name)])
                input = TextBuffer()
                return
            }
        }
        message = nil
        self.editing = nil
    }

    /// Closes the input without applying it.
    public mutating func cancelEdit() {
        addingKey = false
        editing = nil
        message = nil
    }

    /// Handles a key while the attributes row is focused; false when the form should have it.
    public mutating func handle(_ key: Key, keys: EditorKeys = .defaults) -> Bool {
        if editing != nil {
            switch keys.input.action(for: key) {
            case .pickChoose: commit()
            case .dismiss: cancelEdit()
            default: return input.handle(key, map: keys.text)
            }
            return true
        }
        message = nil
        switch keys.attributes.action(for: key) {
        case .editValue: beginEditValue()
        case .renameKey: beginRename()
        case .editValueAsJSON: beginEditJSON()
        case .addKey: addKey()
        case .removeKey: removeSelected()
        case .moveUp: return moveSelection(by: -1)
        case .moveDown: return moveSelection(by: 1)
        default: return false
        }
        return true
    }
}
