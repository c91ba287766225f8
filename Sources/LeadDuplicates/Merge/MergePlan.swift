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

    /// The attribute every merged lead gets, naming the survivor's `_id`.
    public static let mergedIntoKey = "mergedInto"

    /// The one minimal update that turns the survivor into the result.
    public var change: LeadChange { LeadChange.between(survivor, result) }

    /// Plans the merge of `leads` (two or more, distinct ids) into `into` or the oldest. `choices`
    /// names, per field, the lead whose value the survivor takes (the browser's pick where the
    /// leads differ); a choice of a lead without a value there falls back to `prefer`.
    public init(
        leads: [Lead], into survivorID: String? = nil, prefer: MergePreference = .survivor, choices: [LeadField: String] = [:]
    ) {
        let ordered = leads.sorted { Self.olderFirst($0, $1) }
        let survivor = survivorID.flatMap { id in leads.first { $0.id == id } } ?? ordered[0]
        self.survivor = survivor
        others = leads.filter { $0.id != survivor.id }
        // Candidates in the order a tie is settled: the survivor, then the others oldest first.
        let candidates = [survivor] + ordered.filter { $0.id != survivor.id }
        var result = survivor
        var dropped: [DroppedValue] = []
        for field in LeadField.allCases where field != .note {
            let picked = choices[field].flatMap { id in candidates.first { $0.id == id }?[field] }.flatMap { $0.isEmpty ? nil : $0 }
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
        result.attributes = Self.mergeObjects(
            candidates.map { lead in (lead, (lead.attributes ?? [:]).filter { lead.id == survivor.id || $0.key != Self.mergedIntoKey }) }, path: "attributes",
            prefer: prefer, dropped: &dropped) ?? survivor.attributes
        result.properties = Self.mergeObjects(
            candidates.map { ($0, $0.properties ?? [:]) }, path: "properties", prefer: prefer, dropped: &dropped) ?? survivor.properties
        for lead in others {
            if let leadID = lead.leadID, !leadID.isEmpty, leadID != survivor.leadID {
                dropped.append(DroppedValue(leadID: lead.id, path: "lead_id", value: leadID, kept: survivor.leadID ?? ""))
            }
        }
        self.result = result
        self.dropped = dropped
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
    /// settled by `prefer` and the rest recorded as dropped. Nil when no lead has any key.
    static func mergeObjects(
        _ objects: [(Lead, [String: JSONValue])], path: String, prefer: MergePreference, dropped: inout [DroppedValue]
    ) -> [String: JSONValue]? {
        var keys: [String] = []
        for (_, object) in objects { for key in object.keys.sorted() where !keys.contains(key) { keys.append(key) } }
        guard !keys.isEmpty else { return nil }
        var merged: [String: JSONValue] = [:]
        for key in keys {
            let values = objects.compactMap { lead, object in object[key].map { (lead, $0) } }
            let keyPath = path + "." + key
            if values.allSatisfy({ $0.1.objectValue != nil }) {
                let inner = values.map { ($0.0, $0.1.objectValue ?? [:]) }
                merged[key] = .object(mergeObjects(inner, path: keyPath, prefer: prefer, dropped: &dropped) ?? [:])
                continue
            }
            let chosen = choose(values, prefer: prefer, isEmpty: { $0 == .null }, length: { $0.jsonText.count })
            merged[key] = chosen
            for (lead, value) in values where value != chosen && value != .null {
                dropped.append(DroppedValue(leadID: lead.id, path: keyPath, value: value.jsonText, kept: chosen.jsonText))
            }
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
