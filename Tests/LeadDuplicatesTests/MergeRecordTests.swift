import Foundation
import Testing
import TiledeskLeads
@testable import LeadDuplicates

/// The record a merge leaves on its survivor is enough to undo it with nothing else known: the
/// plan rebuilt from it over the leads as they are now puts every lead back, and leaves alone
/// what someone changed since.
@Suite struct MergeRecordTests {
    /// The merge of `MergePlanTests`' leads, applied as the server would.
    static func merged() -> (plan: MergePlan, survivor: Lead, others: [Lead]) {
        let plan = MergePlan(leads: [MergePlanTests.old, MergePlanTests.newer, MergePlanTests.newest])
        var survivor = plan.survivor
        for step in plan.steps where step.leadID == survivor.id {
            switch step {
            case .recordMerge(_, let record): survivor.attributes?[MergeRecord.key] = record
            case .update(_, let change): survivor = change.applied(to: survivor)
            default: break
            }
        }
        let others = plan.others.map { lead in
            var lead = lead
            lead.attributes = (lead.attributes ?? [:]).merging([MergePlan.mergedIntoKey: .string("a")]) { $1 }
            lead.status = LeadStatus.trashed
            return lead
        }
        return (plan, survivor, others)
    }

    /// Applies undo steps as the server would.
    static func apply(_ steps: [MergeStep], _ leads: inout [String: Lead]) {
        for step in steps {
            switch step {
            case .update(let id, let change): leads[id] = change.applied(to: leads[id]!)
            case .restore(let id): leads[id]!.status = LeadStatus.normal
            default: Issue.record("an undo does not \(step.summary)")
            }
        }
    }

    @Test func theRecordAloneUndoesTheMerge() throws {
        let (plan, survivor, others) = Self.merged()
        #expect(survivor.company == "ACME" && survivor.phone == "+39 333 1234567")
        let record = try #require(MergeRecord(survivor.attributes?[MergeRecord.key]))
        #expect(MergeRecord(record.json) == record, "read back as written")
        let way = MergeUndo(record.plan(survivorNow: survivor, othersNow: others), survivorNow: survivor, othersNow: others)
        var leads = Dictionary(uniqueKeysWithValues: ([survivor] + others).map { ($0.id, $0) })
        Self.apply(way.steps, &leads)
        let back = leads["a"]!
        for field in LeadField.allCases { #expect((back[field] ?? "") == (plan.survivor[field] ?? ""), "\(field)") }
        #expect(back.tags == plan.survivor.tags && back.attributes == plan.survivor.attributes)
        #expect(way.kept == ["properties.industry: the API cannot remove a property"])
        for other in plan.others {
            #expect(!leads[other.id]!.isTrashed && leads[other.id]!.attributes?[MergePlan.mergedIntoKey] == nil)
        }
        if case .update(let id, let change)? = way.steps.last {
            #expect(id == "a" && change.attributesReplace?[MergeRecord.key] == nil, "the record goes last, on its own")
        }
    }

    @Test func anUndoStoppedAfterAnyStepIsFinishedByRunningItAgain() throws {
        let (plan, survivor, others) = Self.merged()
        let all = Dictionary(uniqueKeysWithValues: ([survivor] + others).map { ($0.id, $0) })
        func undo(_ leads: [String: Lead]) throws -> MergeUndo {
            let now = leads["a"]!, othersNow = plan.others.compactMap { leads[$0.id] }
            let record = try #require(MergeRecord(now.attributes?[MergeRecord.key]), "the record is there until the last step")
            return MergeUndo(record.plan(survivorNow: now, othersNow: othersNow), survivorNow: now, othersNow: othersNow)
        }
        let steps = try undo(all).steps
        for done in 0..<steps.count {
            var leads = all
            Self.apply(Array(steps.prefix(done)), &leads)
            let again = try undo(leads)
            #expect(again.kept == ["properties.industry: the API cannot remove a property"], "after \(done) step(s): \(again.kept)")
            Self.apply(again.steps, &leads)
            #expect(leads["a"]?.attributes == plan.survivor.attributes && leads["a"]?.tags == plan.survivor.tags, "after \(done) step(s)")
            #expect(leads["a"]?.note == plan.survivor.note && plan.others.allSatisfy { !leads[$0.id]!.isTrashed })
        }
    }

    @Test func aValueChangedSinceTheMergeStaysAndIsNamed() throws {
        var (plan, survivor, others) = Self.merged()
        survivor.phone = "+39 333 7654321"
        others[0].status = LeadStatus.normal  // restored by hand, mark removed
        others[0].attributes?[MergePlan.mergedIntoKey] = nil
        let record = try #require(MergeRecord(survivor.attributes?[MergeRecord.key]))
        let way = MergeUndo(record.plan(survivorNow: survivor, othersNow: others), survivorNow: survivor, othersNow: others)
        #expect(way.kept.contains("phone: changed since the merge"))
        #expect(!way.steps.contains(.restore(id: others[0].id)))
        var leads = Dictionary(uniqueKeysWithValues: ([survivor] + others).map { ($0.id, $0) })
        Self.apply(way.steps, &leads)
        #expect(leads["a"]?.phone == "+39 333 7654321" && leads["a"]?.note == plan.survivor.note)
    }
}
