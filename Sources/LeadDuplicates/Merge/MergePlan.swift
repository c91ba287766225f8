import Foundation
import TiledeskLeads

/// How several leads of one person become one: the survivor (the oldest unless chosen) gets, field
/// by field, its own value unless empty (or the value `MergePreference` picks), the union of
/// every tag, attributes and properties merged key by key (into nested objects), and every
/// distinct note joined. Each value of a merged lead either ends up in the result or is listed in
/// `dropped`; the others are then trashed carrying `mergedInto`. Pure: the command line and the
/// browser apply it.
public struct MergePlan: Sendable, Hashable {
    public var survivor: Lead
    /// The leads merged into the survivor, in the order given.
    public var others: [Lead]
    /// The survivor as it will be.
    public var result: Lead
    /// Values of the others (and of the survivor, with `--prefer newest|longest`) not kept.
    public var dropped: [DroppedValue]
    /// Where a choice decided (a field name or `attributes.plan`…), the lead whose value was
    /// taken, so the review can say what the user chose.
    public var picks: [String: String] = [:]
    /// The record this merge writes on the survivor before changing it (`MergeRecord`); nil when
    /// nothing changes or the survivor already holds this merge's record (a run finished later).
    public var record: MergeRecord?

    /// The attribute every merged lead gets, naming the survivor's `_id`.
    public static let mergedIntoKey = "mergedInto"

    /// The one minimal update that turns the survivor, its record written, into the result.
    public var change: LeadChange {
        var from = survivor
        if let record { from.attributes = (from.attributes ?? [:]).merging([MergeRecord.key: record.json]) { $1 } }
        return LeadChange.between(from, result)
    }

    /// A plan as it was made (rebuilt from a `MergeRecord` for an undo).
    public init(survivor: Lead, others: [Lead], result: Lead, dropped: [DroppedValue]) {
        self.survivor = survivor
        self.others = others
        self.result = result
        self.dropped = dropped
    }

    /// Plans the merge of `leads` (two or more, distinct ids) into `into` or the oldest. `choices`
    /// names, per field, the lead whose value the survivor takes (the browser's pick where the
    /// leads differ), `keyChoices` the same per attribute or property path (`attributes.plan`);
    /// a choice of a lead without a value there falls back to `prefer`.
    public init(
        leads: [Lead], into survivorID: String? = nil, prefer: MergePreference = .survivor, choices: [LeadField: String] = [:],
        keyChoices: [String: String] = [:]
    ) {
        let ordered = leads.sorted { Self.olderFirst($0, $1) }
        let survivor = survivorID.flatMap { id in leads.first { $0.id == id } } ?? ordered[0]
        self.survivor = survivor
        others = leads.filter { $0.id != survivor.id }
        // Candidates in the order a tie is settled: the survivor, then the others oldest first.
        let candidates = [survivor] + ordered.filter { $0.id != survivor.id }
        var result = survivor
        var dropped: [DroppedValue] = []
        var picks: [String: String] = [:]
        for field in LeadField.allCases where field != .note {
            let picked = choices[field].flatMap { id in candidates.first { $0.id == id }?[field] }.flatMap { $0.isEmpty ? nil : $0 }
            if picked != nil { picks[field.rawValue] = choices[field] }
            let chosen = picked ?? Self.choose(candidates.map { ($0, $0[field] ?? "") }, prefer: prefer) { $0.count }
            result[field] = chosen.isEmpty ? survivor[field] : chosen
            for lead in candidates {
                let value = lead[field] ?? ""
                if !value.isEmpty, value != chosen { dropped.append(DroppedValue(leadID: lead.id, path: field.rawValue, value: value, kept: chosen)) }
            }
        }
        result.note = Self.joinedNotes(candidates.map { $0.note ?? "" }) ?? survivor.note
        var tags = survivor.tags
        for lead in candidates { for tag in lead.tags where !tags.contains(tag) { tags.append(tag) } }
        result.tags = tags
        // Bookkeeping of earlier merges is not merged: `mergedInto` stays on a merged lead, and a
        // `mergedFrom` record is the survivor's own (kept, or nested in this merge's record).
        var choosing = KeyChoosing(prefer: prefer, choices: keyChoices)
        result.attributes = Self.mergeObjects(
            candidates.map { lead in
                (lead, (lead.attributes ?? [:]).filter { $0.key != MergeRecord.key && (lead.id == survivor.id || $0.key != Self.mergedIntoKey) })
            }, path: "attributes", choosing: &choosing) ?? survivor.attributes.map { $0.filter { $0.key != MergeRecord.key } }
        result.properties = Self.mergeObjects(
            candidates.map { ($0, $0.properties ?? [:]) }, path: "properties", choosing: &choosing) ?? survivor.properties
        dropped += choosing.dropped
        picks.merge(choosing.picks) { $1 }
        for lead in others {
            if let leadID = lead.leadID, !leadID.isEmpty, leadID != survivor.leadID {
                dropped.append(DroppedValue(leadID: lead.id, path: "lead_id", value: leadID, kept: survivor.leadID ?? ""))
            }
        }
        let existing = MergeRecord(survivor.attributes?[MergeRecord.key])
        if let existing, Set(existing.leads) == Set(others.map(\.id)) {
            result.attributes?[MergeRecord.key] = existing.json  // this merge, finished by a later run
        } else {
            let record = MergeRecord(survivor: survivor, result: result, others: others.map(\.id))
            if record.after.isEmpty {
                result.attributes?[MergeRecord.key] = survivor.attributes?[MergeRecord.key]
            } else {
                result.attributes = (result.attributes ?? [:]).merging([MergeRecord.key: record.json]) { $1 }
                self.record = record
            }
        }
        self.result = result
        self.dropped = dropped
        self.picks = picks
    }

    /// Among (lead, value) pairs, survivor first, the value `prefer` picks; empty values never win.
    static func choose<V: Equatable>(_ values: [(Lead, V)], prefer: MergePreference, isEmpty: (V) -> Bool = { _ in false }, length: (V) -> Int) -> V {
        let present = values.filter { !isEmpty($0.1) && length($0.1) > 0 }
        guard let first = present.first else { return values[0].1 }
        switch prefer {
        case .survivor:
            return first.1
        case .newest:
            return present.max { a, b in (a.0.updatedAt ?? .distantPast) < (b.0.updatedAt ?? .distantPast) }?.1 ?? first.1
        case .longest:
            // max(by:) keeps the last of equals; the first of equals (survivor first) should win.
            return present.reduce(first) { best, next in length(next.1) > length(best.1) ? next : best }.1
        }
    }

    /// Distinct non-empty notes in order, blank-line separated; a note already contained in the
    /// text so far (a merge run twice) is not repeated. Nil when there is none.
    static func joinedNotes(_ notes: [String]) -> String? {
        var text = ""
        for note in notes {
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !text.contains(trimmed) else { continue }
            text += text.isEmpty ? trimmed : "\n\n" + trimmed
        }
        return text.isEmpty ? nil : text
    }

    /// Key by key: a key one lead has is kept; two objects merge inside; differing values are
    /// settled by the user's choice for that path or by `prefer`, and the rest recorded as
    /// dropped. Nil when no lead has any key.
    static func mergeObjects(_ objects: [(Lead, [String: JSONValue])], path: String, choosing: inout KeyChoosing) -> [String: JSONValue]? {
        var keys: [String] = []
        for (_, object) in objects { for key in object.keys.sorted() where !keys.contains(key) { keys.append(key) } }
        guard !keys.isEmpty else { return nil }
        var merged: [String: JSONValue] = [:]
        for key in keys {
            let values = objects.compactMap { lead, object in object[key].map { (lead, $0) } }
            let keyPath = path + "." + key
            if values.allSatisfy({ $0.1.objectValue != nil }) {
                let inner = values.map { ($0.0, $0.1.objectValue ?? [:]) }
                merged[key] = .object(mergeObjects(inner, path: keyPath, choosing: &choosing) ?? [:])
                continue
            }
            merged[key] = choosing.choose(values, at: keyPath)
        }
        return merged
    }

    static func olderFirst(_ a: Lead, _ b: Lead) -> Bool {
        switch (a.createdAt, b.createdAt) {
        case let (x?, y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }
}
