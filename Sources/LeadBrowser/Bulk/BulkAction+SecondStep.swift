import TiledeskLeads

/// The actions whose first request is a read (`BulkAction.request` gives `.get`): what to write
/// once the lead is seen as it is now. Deciding on the fresh read, not on the lead as it was when
/// marked, is what keeps a colleague's change made meanwhile.
extension BulkAction {
    /// What follows the read of one lead.
    public enum SecondStep: Sendable, Hashable {
        /// Send this write; the lead counts as changed when it succeeds.
        case write(APIRequest)
        /// Leave the lead alone, with the reason the result lists.
        case skip(String)
        /// The lead already is as asked: nothing to write.
        case nothing
    }

    /// The write for `target`, read just now as `fresh`.
    public func secondStep(_ target: BulkTarget, fresh: Lead) -> SecondStep {
        switch self {
        case .putBack(let field, let set):
            guard (fresh[field] ?? "") == set else { return .skip("\(field.label) was changed since by someone else; kept") }
            return .write(.update(id: target.id, change: LeadChange(fields: [field: target.before[field] ?? ""]), justRead: true))
        case .removeAttribute(let key):
            guard var attributes = fresh.attributes, attributes[key] != nil else { return .nothing }
            attributes[key] = nil
            return .write(.update(id: target.id, change: LeadChange(attributesReplace: attributes), justRead: true))
        case .putBackAttribute(let key, let set):
            guard fresh.attributes?[key] == set else { return .skip("attribute \(key) was changed since by someone else; kept") }
            if let old = target.before.attributes?[key] {
                return .write(.update(id: target.id, change: LeadChange(attributesMerge: [key: old]), justRead: true))
            }
            var attributes = fresh.attributes ?? [:]
            attributes[key] = nil
            return .write(.update(id: target.id, change: LeadChange(attributesReplace: attributes), justRead: true))
        case .addTag, .removeTag, .trash, .restore, .deleteForever, .setField, .setAttribute:
            return .nothing  // written at once; never read first
        }
    }
}

extension BulkAction {
    /// The write that takes back what this action just wrote to `target`, now `after`: used when
    /// the answer shows the lead was trashed meanwhile. Nil when there is nothing to take back.
    public func takeBack(_ target: BulkTarget, after: Lead) -> APIRequest? {
        guard !changesTrash, let inverse else { return nil }
        guard case .get = inverse.request(for: target.id) else { return inverse.request(for: target.id) }
        if case .write(let write) = inverse.secondStep(target, fresh: after) { return write }
        return nil
    }

    /// The action a bulk attribute prompt asks for: `plan="pro"` or `seats=3` sets (a value that is
    /// not JSON is taken as text, so `plan=pro` works too), `plan=` removes; nil without a key.
    public static func attribute(from text: String) -> BulkAction? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        let valueText = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        if valueText.isEmpty { return .removeAttribute(key) }
        let value = (try? JSONParser.parse(Array(valueText.utf8))) ?? .string(valueText)
        return .setAttribute(key, value)
    }
}
