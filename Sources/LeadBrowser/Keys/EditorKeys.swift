/// The effective maps of the editors, handed to the text buffers and the form's rows with each
/// key: the editors are plain values with no access to the app's settings, so the maps travel.
public struct EditorKeys: Sendable, Hashable {
    public var text: KeyMap
    public var tags: KeyMap
    public var attributes: KeyMap
    /// Enter and Esc of an input line (apply and cancel): the prompt's map.
    public var input: KeyMap

    public init(text: KeyMap, tags: KeyMap, attributes: KeyMap, input: KeyMap) {
        self.text = text
        self.tags = tags
        self.attributes = attributes
        self.input = input
    }

    /// The default maps, as KEYBINDINGS.md lists them.
    public static let defaults = EditorKeys(text: KeyMaps.textField, tags: KeyMaps.tags, attributes: KeyMaps.attributes, input: KeyMaps.prompt)
}
