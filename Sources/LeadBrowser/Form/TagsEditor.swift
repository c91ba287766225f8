import Foundation
/// The tags of a lead as chips plus an input: Enter adds what was typed, Backspace on an empty
/// input removes the last chip, ← → on an empty input select a chip and Del removes it. Empty and duplicate tags are refused with a message, because the
/// server would store them and every later filter would trip over them.
public struct TagsEditor: Sendable, Hashable {
    public private(set) var tags: [String]
    public var input = TextBuffer()
    /// The chip ← → selected (only while the input is empty), for Del.
    public private(set) var selectedChip: Int?
    /// Why the last add was refused, shown next to the field until the next key.
    public private(set) var message: String?

    /// An editor over existing tags, dropping empty and repeated ones the server may hold.
    public init(tags: [String]) {
        var seen = Set<String>()
        self.tags = tags.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Adds the typed tag (trimmed); refuses empty and duplicates.
    public mutating func commitInput() {
        let tag = input.text.trimmingCharacters(in: .whitespaces)
        if tag.isEmpty {
            message = "a tag cannot be empty"
        } else if tags.contains(tag) {
            message = "“\(tag)” is already there"
        } else {
            tags.append(tag)
            input.setText("")
            message = nil
        }
    }

    /// Removes a tag by value.
    public mutating func remove(_ tag: String) { tags.removeAll { $0 == tag } }

    /// Handles a key while the tags row is focused; false when it is not a tag key. The chip
    /// keys act only on an empty input, so ← and Del edit typed text as in any field.
    public mutating func handle(_ key: Key, keys: EditorKeys = .defaults) -> Bool {
        message = nil
        let action = keys.tags.action(for: key)
        if input.text.isEmpty, !tags.isEmpty {
            switch action {
            case .chipLeft:
                selectedChip = max(0, (selectedChip ?? tags.count) - 1)
                return true
            case .chipRight where selectedChip != nil:
                selectedChip = selectedChip! + 1 < tags.count ? selectedChip! + 1 : nil
                return true
            case .removeChip where selectedChip != nil:
                tags.remove(at: selectedChip!)
                selectedChip = tags.isEmpty ? nil : min(selectedChip!, tags.count - 1)
                return true
            default:
                break
            }
        }
        selectedChip = nil
        switch action {
        case .addTag:
            commitInput()
            return true
        case .removeLastTag where input.text.isEmpty:
            if !tags.isEmpty { tags.removeLast() }
            return true
        default:
            return input.handle(key, map: keys.text)
        }
    }
}
