import TiledeskLeads

/// `^E`: a whole lead in `$EDITOR` as YAML, saved as a minimal change when the editor closes.
extension AppState {
    mutating func openYAMLEditor(_ lead: Lead) -> [Effect] {
        [edit(LeadYAML.text(lead), fileExtension: "yaml", for: .leadYAML(lead))]
    }

    mutating func saveYAML(_ text: String, original: Lead) -> [Effect] {
        let edited: Lead
        do {
            edited = try LeadYAML.parse(text, onto: original)
        } catch {
            stack.append(.error("Not saved: \(error.message)"))
            return []
        }
        let change = LeadChange.between(original, edited)
        guard !change.isEmpty else {
            setStatus("Nothing changed")
            return []
        }
        setStatus("Saving…")
        return [send(.update(id: original.id, change: change, justRead: false), for: .save).effect]
    }
}
