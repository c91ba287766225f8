import LeadDuplicates
import ScreenText
import TiledeskLeads

/// The review of a merge, before anything is written: the survivor as it will be (what changes
/// marked), what happens to the others, and every value not kept, with the one kept instead.
/// `leads merge` prints it and the browser's merge review shows it, so both say the same.
public enum MergeReview {
    public static func text(_ plan: MergePlan) -> String {
        let survivor = plan.survivor
        var out = "Survivor \(survivor.id) (\(name(survivor))), after the merge:\n"
        for field in LeadField.allCases {
            let before = survivor[field] ?? ""
            let after = plan.result[field] ?? ""
            guard !before.isEmpty || !after.isEmpty else { continue }
            let shown = before == after ? show(after) : "\(before.isEmpty ? "(empty)" : show(before)) → \(show(after))"
            out += "  \(field.rawValue): \(shown)\n"
        }
        let added = plan.result.tags.filter { !survivor.tags.contains($0) }
        if !plan.result.tags.isEmpty {
            out += "  tags: \(plan.result.tags.map(show).joined(separator: ", "))"
            out += added.isEmpty ? "\n" : " (added: \(added.map(show).joined(separator: ", ")))\n"
        }
        // The merge's record is bookkeeping, said in a line of its own rather than as a value.
        let withoutRecord = { (object: [String: JSONValue]?) in object?.filter { $0.key != MergeRecord.key } }
        for (label, before, after) in [
            ("attributes", withoutRecord(survivor.attributes), withoutRecord(plan.result.attributes)),
            ("properties", survivor.properties, plan.result.properties),
        ] where !(after ?? [:]).isEmpty {
            let text = JSONValue.object(after ?? [:]).jsonText
            out += "  \(label): \(show(text))\(before == after ? "" : " (was \(show(JSONValue.object(before ?? [:]).jsonText)))")\n"
        }
        if plan.record != nil {
            out += "  attributes.\(MergeRecord.key): what the merge changes, for `leads merge --undo`\n"
        }
        if !plan.picks.isEmpty {
            out += "Chosen where the leads differ:\n"
            for (path, id) in plan.picks.sorted(by: { $0.key < $1.key }) {
                out += "  \(path): \(show(chosenValue(plan, path) ?? "")) (from \(id))\n"
            }
        }
        out += "Moved to the trash, with attributes.\(MergePlan.mergedIntoKey) = \(survivor.id):\n"
        for lead in plan.others { out += "  \(lead.id) (\(name(lead)))\n" }
        if plan.dropped.isEmpty {
            out += "Every value of the merged leads is kept.\n"
        } else {
            out += "Not kept (by choice; the trashed leads still hold them):\n"
            for value in plan.dropped {
                out += "  \(value.leadID) \(value.path): \(show(value.value)) (kept: \(value.kept.isEmpty ? "(empty)" : show(value.kept)))\n"
            }
        }
        return out
    }

    /// The value the result holds at a field name or an `attributes.…`/`properties.…` path.
    static func chosenValue(_ plan: MergePlan, _ path: String) -> String? {
        if let field = LeadField(rawValue: path) { return plan.result[field] }
        var current: JSONValue? = .object([
            "attributes": .object(plan.result.attributes ?? [:]), "properties": .object(plan.result.properties ?? [:]),
        ])
        for key in path.split(separator: ".") { current = current?.objectValue?[String(key)] }
        return current?.jsonText
    }

    static func name(_ lead: Lead) -> String {
        show([lead.fullname, lead.email].compactMap { $0 }.first { !$0.isEmpty } ?? "no name")
    }

    /// One line, inert in a terminal, at most 120 columns.
    static func show(_ text: String) -> String {
        TerminalText.truncated(TerminalText.sanitized(text.replacingOccurrences(of: "\n", with: "⏎")), toWidth: 120)
    }
}
