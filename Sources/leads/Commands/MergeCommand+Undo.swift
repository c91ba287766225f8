import Foundation
import LeadDuplicates
import TiledeskLeads

/// `leads merge --undo SURVIVOR`: the way back from a merge, from the shell. The survivor's
/// `attributes.mergedFrom` (`MergeRecord`, written by the merge before anything else) names the
/// merged leads and holds the survivor's values from before; `MergeUndo` plans the same steps as
/// the browser's `u`: each merged lead still marked `mergedInto` the survivor comes out of the
/// trash without the mark, then each value the merge wrote goes back unless someone changed it
/// since — those are named on stderr and left as they are. The record goes last, so an undo
/// stopped half-way is finished by running it again.
extension MergeCommand {
    func runUndo(_ survivorID: String) async throws {
        let survivor = try await APISession.with(connection) { client -> Lead? in
            let current = try await APISession.read(client, id: survivorID)
            guard let record = MergeRecord(current.attributes?[MergeRecord.key]) else {
                throw CLIError(.notFound, "\(survivorID) holds no record of a merge (attributes.\(MergeRecord.key)): nothing to undo")
            }
            var others: [Lead] = []
            for id in record.leads {
                do {
                    others.append(try await client.get(id: id))
                } catch let error as APIError where error.kind == .notFound {
                    continue  // deleted for good: MergeUndo names it
                }
            }
            let way = MergeUndo(record.plan(survivorNow: current, othersNow: others), survivorNow: current, othersNow: others)
            let review = json ? FileHandle.standardError : FileHandle.standardOutput
            review.write(Data(Self.undoText(current, record, way).utf8))
            if dryRun {
                review.write(Data("dry run: nothing was changed\n".utf8))
                return nil
            }
            if !yes { try confirm("Undo the merge of \(record.leads.count) lead(s) into \(survivorID)?") }
            for step in way.steps { _ = try await Self.perform(step, client) }
            return try await client.get(id: survivorID)
        }
        guard let survivor else { return }
        if json { try LeadPrinter.print(survivor, json: true) }
        StandardError.line("leads: merge into \(survivorID) undone")
    }

    /// What the undo will do, and what it leaves as it is.
    static func undoText(_ survivor: Lead, _ record: MergeRecord, _ way: MergeUndo) -> String {
        var out = "Undo the merge of \(record.leads.joined(separator: ", ")) into \(survivor.id):\n"
        for step in way.steps {
            out += "  \(step.summary)"
            if case .update(_, let change) = step { out += ": " + parts(change).joined(separator: ", ") }
            out += "\n"
        }
        if way.steps.isEmpty { out += "  nothing to write\n" }
        if !way.kept.isEmpty {
            out += "Left as they are now:\n"
            for line in way.kept { out += "  \(line)\n" }
        }
        return out
    }

    /// The parts an update writes: `company`, `tags`, `attributes.plan`…
    static func parts(_ change: LeadChange) -> [String] {
        var parts = change.fields.keys.map(\.rawValue).sorted()
        if !change.tagsToAdd.isEmpty || !change.tagsToRemove.isEmpty { parts.append("tags") }
        let attributes = change.attributesReplace.map { _ in ["attributes"] } ?? change.attributesMerge.keys.sorted().map { "attributes.\($0)" }
        parts += attributes + change.propertiesMerge.keys.sorted().map { "properties.\($0)" }
        return parts
    }
}
