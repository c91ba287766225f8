import TiledeskLeads

/// How `MergePlan` settles one attribute or property path the leads hold with different values:
/// the lead the user chose there (the browser's pick, by path such as `attributes.plan`) when it
/// has a value, otherwise the `MergePreference`. Every other value is collected as dropped, and
/// each choice that decided is remembered, so the review shows both.
struct KeyChoosing {
    var prefer: MergePreference
    /// Per path, the `_id` of the lead whose value wins.
    var choices: [String: String]
    var dropped: [DroppedValue] = []
    /// Per path, the lead whose value was taken because the user chose it.
    var picks: [String: String] = [:]

    mutating func choose(_ values: [(Lead, JSONValue)], at path: String) -> JSONValue {
        let picked = choices[path].flatMap { id in values.first { $0.0.id == id && $0.1 != .null }?.1 }
        if picked != nil { picks[path] = choices[path] }
        let chosen = picked ?? MergePlan.choose(values, prefer: prefer, isEmpty: { $0 == .null }, length: { $0.jsonText.count })
        for (lead, value) in values where value != chosen && value != .null {
            dropped.append(DroppedValue(leadID: lead.id, path: path, value: value.jsonText, kept: chosen.jsonText))
        }
        return chosen
    }
}
