import TiledeskLeads

/// `^E`: a whole lead in `$EDITOR` as YAML, saved as a minimal change when the editor closes.
extension AppState {
    mutating func openYAMLEditor(_ lead: Lead) -> [Effect] {
        let id = newRequest(.editor(.leadYAML(lead)))
        return [.openEditor(requestID: id, text: LeadYAML.text(lead), fileExtension: "yaml")]
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
        return [.save(requestID: newRequest(.save(id: original.id)), id: original.id, change: change)]
    }
}
