/// The screens (and the form's editors) that have a key map of their own; the raw value is the
/// table name in config.toml, `[keys.list]`, so each can be remapped on its own.
public enum KeyScreen: String, Sendable, Hashable, CaseIterable {
    case list, search, detail, form, text, tags, attributes, confirm, conflict, duplicates, duplicateGroup, mergeReview, choose, views, prompt, message, help, columns

    /// Every map this screen can show, for checking a remapping against all of them: a key may
    /// serve two actions only when no state of the screen binds both (`d` trashes, or in the
    /// trash deletes for good).
    public var defaultVariants: [KeyMap] {
        switch self {
        case .list:
            [false, true].flatMap { trash in
                [0, 2].flatMap { marked in
                    [false, true].map { running in
                        KeyMaps.list(
                            trashView: trash, undo: .trash(id: "x"), searching: true, columnCursor: true, marked: marked, canRetry: !running,
                            bulkRunning: running)
                    }
                }
            }
        case .search: [KeyMaps.searchBox]
        case .detail: [KeyMaps.detail(), KeyMaps.detail(trashed: true)]
        case .form: [KeyMaps.form]
        case .text: [KeyMaps.textField]
        case .tags: [KeyMaps.tags]
        case .attributes: [KeyMaps.attributes]
        case .confirm: [KeyMaps.confirm]
        case .conflict: [KeyMaps.conflict(decided: true)]
        case .duplicates: [KeyMaps.duplicates(undo: true)]
        case .duplicateGroup: [KeyMaps.duplicateGroup(undo: true)]
        case .mergeReview: [KeyMaps.mergeReview]
        case .choose: [KeyMaps.pick]
        case .views: [KeyMaps.viewPicker()]
        case .prompt: [KeyMaps.prompt]
        case .message: [KeyMaps.message]
        case .help: [KeyMaps.help]
        case .columns: [KeyMaps.columns(canSave: true)]
        }
    }

    /// The actions this screen binds, in the order its maps list them: the names its
    /// `[keys.SCREEN]` table accepts.
    public var actions: [KeyAction] {
        var seen = Set<KeyAction>()
        return defaultVariants.flatMap(\.bindings).map(\.action).filter { seen.insert($0).inserted }
    }

    /// Whether a chord (`C-x C-e`) can be bound here: screens collect a chord's keys, while the
    /// text inputs (a field, the tags and attributes rows, prompts, the search box) take each key
    /// as it comes.
    public var takesChords: Bool {
        ![.text, .tags, .attributes, .prompt, .search].contains(self)
    }
}
