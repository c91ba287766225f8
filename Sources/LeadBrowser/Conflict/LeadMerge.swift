import TiledeskLeads

/// The three-way merge of a save that found the lead changed on the server: `base` is what the
/// form started from, `mine` what the user typed, `theirs` what the server holds now. A part
/// changed on one side only takes that side; a part changed on both sides to the same value is
/// no conflict; a part changed on both sides differently is a `MergeConflict` for the user.
/// Tags merge element by element (my adds and removes applied to their set, which never
/// conflicts); attributes merge key by key, recursing into objects both sides still hold.
public struct LeadMerge: Sendable, Hashable {
    /// Their lead with every one-sided change of mine applied; a conflicting part holds theirs
    /// until the user decides (`resolved(with:)`).
    public var merged: Lead
    public var conflicts: [MergeConflict]

    public init(base: Lead, mine: Lead, theirs: Lead) {
        var merged = theirs
        var conflicts: [MergeConflict] = []
        for field in LeadField.allCases {
            let b = base[field] ?? "", m = mine[field] ?? "", t = theirs[field] ?? ""
            if m == b || m == t { continue }
            if t == b {
                merged[field] = m
            } else {
                conflicts.append(MergeConflict(place: .field(field), base: .string(b), mine: .string(m), theirs: .string(t)))
            }
        }
        merged.tags = Self.mergedTags(base: base.tags, mine: mine.tags, theirs: theirs.tags)
        let attributes = Self.mergedObject(
            base: base.attributes ?? [:], mine: mine.attributes ?? [:], theirs: theirs.attributes ?? [:], path: [], conflicts: &conflicts)
        merged.attributes = attributes.isEmpty && theirs.attributes == nil ? nil : attributes
        self.merged = merged
        self.conflicts = conflicts
    }

    /// The merged lead with each conflict settled by `choices` (same order as `conflicts`);
    /// an undecided conflict keeps theirs.
    public func resolved(with choices: [MergeConflict.Choice?]) -> Lead {
        var lead = merged
        for (conflict, choice) in zip(conflicts, choices) where choice == .mine {
            switch conflict.place {
            case .field(let field):
                lead[field] = conflict.mine?.stringValue ?? ""
            case .attribute(let path):
                var root = JSONValue.object(lead.attributes ?? [:])
                // The parent object exists: the merge only recurses into objects theirs holds.
                root.set(conflict.mine, at: ArraySlice(path.map { JSONPathComponent.key($0) }))
                lead.attributes = root.objectValue
            }
        }
        return lead
    }

    /// Their tags, minus the ones I removed, plus the ones I added, in their order then mine.
    static func mergedTags(base: [String], mine: [String], theirs: [String]) -> [String] {
        let before = Set(base)
        let removed = before.subtracting(mine)
        var out = theirs.filter { !removed.contains($0) }
        for tag in mine where !before.contains(tag) && !out.contains(tag) { out.append(tag) }
        return out
    }

    static func mergedObject(
        base: [String: JSONValue], mine: [String: JSONValue], theirs: [String: JSONValue], path: [String],
        conflicts: inout [MergeConflict]
    ) -> [String: JSONValue] {
        var out = theirs
        for key in Set(base.keys).union(mine.keys).union(theirs.keys).sorted() {
            let b = base[key], m = mine[key], t = theirs[key]
            if m == b || m == t { continue }
            if t == b {
                out[key] = m
            } else if let mo = m?.objectValue, let to = t?.objectValue, b == nil || b?.objectValue != nil {
                out[key] = .object(mergedObject(base: b?.objectValue ?? [:], mine: mo, theirs: to, path: path + [key], conflicts: &conflicts))
            } else {
                conflicts.append(MergeConflict(place: .attribute(path + [key]), base: b, mine: m, theirs: t))
            }
        }
        return out
    }
}
