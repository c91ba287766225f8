extension KeyMaps {
    /// The column picker: a change applies to the list at once, so there is no "apply" key;
    /// `w` (only when the front end can write config.toml) keeps the set for the next start.
    public static func columns(canSave: Bool = false) -> KeyMap {
        KeyMap(title: "Columns", screen: .columns, bindings: [
            KeyBinding([.char("j"), .down], "next column", .moveDown),
            KeyBinding([.char("k"), .up], "previous column", .moveUp),
            KeyBinding([.char(" "), .enter], "show / hide", .toggleColumn, inFooter: true),
            KeyBinding([.char("K"), .char("-")], "move up", .moveColumnUp, inFooter: true),
            KeyBinding([.char("J"), .char("+")], "move down", .moveColumnDown, inFooter: true),
            KeyBinding([.char("w")], "save to config.toml", .saveColumns, enabled: canSave, inFooter: canSave),
            KeyBinding([.char("?")], "help", .help),
            KeyBinding([.escape, .char("q")], "close", .dismiss, inFooter: true),
        ])
    }
}
