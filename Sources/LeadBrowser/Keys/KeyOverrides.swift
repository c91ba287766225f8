/// `[keys.SCREEN]` of config.toml as a value: for some actions of some screens, the keys that
/// replace the defaults (an empty list unbinds). Applied to a default map each time one is
/// built, so the state-dependent maps (trash view, marks) stay right with any remapping.
public struct KeyOverrides: Sendable, Hashable {
    public var keys: [KeyScreen: [KeyAction: [Key]]]

    public init(_ keys: [KeyScreen: [KeyAction: [Key]]] = [:]) {
        self.keys = keys
    }

    public var isEmpty: Bool { keys.values.allSatisfy(\.isEmpty) }

    /// The map with this screen's remapped actions given their keys; other bindings as they are.
    public func apply(to map: KeyMap) -> KeyMap {
        var map = map
        if let remapped = keys[map.screen] {
            for index in map.bindings.indices {
                if let newKeys = remapped[map.bindings[index].action] { map.bindings[index].keys = newKeys }
            }
        }
        map.editors = map.editors.map(apply(to:))
        return map
    }

    /// The editors' maps with these overrides.
    public var editorKeys: EditorKeys {
        EditorKeys(text: apply(to: KeyMaps.textField), tags: apply(to: KeyMaps.tags), attributes: apply(to: KeyMaps.attributes), input: apply(to: KeyMaps.prompt))
    }

    /// The first key that two actions of one screen would share, checked over every state of
    /// every screen; nil when none does. A shared key would make one of the two unreachable, and
    /// so would a key bound alone that also begins a chord (the chord waits for its next key).
    public func firstConflict() -> KeyConflict? {
        for screen in KeyScreen.allCases {
            for variant in screen.defaultVariants {
                let bindings = apply(to: variant).bindings
                var owner: [Key: KeyAction] = [:]
                for binding in bindings {
                    for key in binding.keys {
                        if let other = owner[key], other != binding.action {
                            return KeyConflict(screen: screen, key: key, actions: [other, binding.action])
                        }
                        owner[key] = binding.action
                    }
                }
                for binding in bindings {
                    for case .chord(let keys) in binding.keys {
                        for length in 1..<keys.count {
                            let prefix = length == 1 ? keys[0] : Key.chord(Array(keys.prefix(length)))
                            if let other = owner[prefix] {
                                return KeyConflict(screen: screen, key: prefix, actions: [other, binding.action], chord: .chord(keys))
                            }
                        }
                    }
                }
            }
        }
        return nil
    }
}
