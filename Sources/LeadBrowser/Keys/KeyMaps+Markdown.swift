/// `leads keys` and KEYBINDINGS.md: every screen's map as Markdown, with config.toml's remapping
/// applied (none for KEYBINDINGS.md, which lists the defaults).
extension KeyMaps {
    /// Every map as Markdown: the source of KEYBINDINGS.md, so the document cannot drift.
    public static func markdown(_ overrides: KeyOverrides = KeyOverrides()) -> String {
        var form = form(editors: overrides.editorKeys)
        form.editors = []
        let maps = [
            list(), list(marked: 1), list(trashView: true), bulkRunning, searchBox, detail(), form, textField, tags, attributes, confirm,
            conflict(decided: true), duplicates(undo: true), duplicateGroup(undo: true), mergeReview, pick, viewPicker(), prompt, message,
            columns(canSave: true), help,
        ]
        return "# Key bindings\n\nGenerated from the key maps in `LeadBrowser` (`leads keys` prints them with config.toml's `[keys]` applied).\n\n"
            + maps.map { overrides.apply(to: $0) }.map { map in
                if map.title == "List", map.bindings.contains(where: { $0.action == .deleteForever }) {
                    var trash = map
                    trash.title = "Trash"
                    return trash.markdown
                }
                return map.markdown
            }.joined(separator: "\n")
    }

    /// The list while a bulk action runs: only the bindings that differ from the plain list
    /// (Esc stops the action), as the rest are the List's above.
    static var bulkRunning: KeyMap {
        let plain = Set(list().bindings.map(\.action))
        var map = list(bulkRunning: true)
        map.title = "List while a bulk action runs"
        map.bindings = map.bindings.filter { !plain.contains($0.action) }
        return map
    }
}
