import Foundation
import Testing
import TiledeskLeads
@testable import LeadDuplicates

/// A merge keeps every value: in the survivor, or listed as dropped by choice.
@Suite struct MergePlanTests {
    static let old = Lead(
        id: "a", leadID: "web-1", fullname: "Mario Rossi", email: "mario@x.it", phone: "", company: "ACME", note: "first chat",
        city: "Roma", tags: ["vip"], attributes: ["plan": "basic", "source": ["channel": "web"]],
        createdAt: Date(timeIntervalSince1970: 100), updatedAt: Date(timeIntervalSince1970: 100))
    static let newer = Lead(
        id: "b", leadID: "web-2", fullname: "ROSSI Mario", email: "MARIO@X.IT", phone: "+39 333 1234567", company: "ACME S.p.A.",
        note: "second chat", city: "Roma", tags: ["vip", "newsletter"],
        attributes: ["plan": "pro", "seats": 3, "source": ["channel": "chat", "campaign": "spring"]],
        properties: ["industry": "retail"], createdAt: Date(timeIntervalSince1970: 200), updatedAt: Date(timeIntervalSince1970: 900))
    static let newest = Lead(
        id: "c", fullname: "Mario Rossi", email: "mario@x.it", note: "first chat", tags: ["lead/hot"],
        createdAt: Date(timeIntervalSince1970: 300), updatedAt: Date(timeIntervalSince1970: 300))

    @Test func theOldestSurvivesAndKeepsItsValuesFillingOnlyItsGaps() {
        let plan = MergePlan(leads: [Self.newest, Self.newer, Self.old])
        #expect(plan.survivor.id == "a" && plan.others.map(\.id) == ["c", "b"])
        #expect(plan.result.fullname == "Mario Rossi" && plan.result.email == "mario@x.it" && plan.result.company == "ACME")
        #expect(plan.result.phone == "+39 333 1234567", "an empty field takes another lead's value")
        #expect(plan.result.tags == ["vip", "newsletter", "lead/hot"])
        #expect(plan.result.note == "first chat\n\nsecond chat", "notes joined, a repeated one once")
        #expect(plan.result.attributes?.filter { $0.key != MergeRecord.key } == ["plan": "basic", "seats": 3, "source": ["channel": "web", "campaign": "spring"]])
        #expect(plan.result.properties == ["industry": "retail"])
        let dropped = Set(plan.dropped.map { "\($0.leadID) \($0.path) \($0.value)" })
        #expect(dropped == [
            "b fullname ROSSI Mario", "b email MARIO@X.IT", "b company ACME S.p.A.", "b attributes.plan \"pro\"",
            "b attributes.source.channel \"chat\"", "b lead_id web-2",
        ])
        #expect(plan.unaccountedValues.isEmpty)
    }

    @Test func theChangeIsMinimal() {
        let change = MergePlan(leads: [Self.old, Self.newer]).change
        #expect(change.fields == [.phone: "+39 333 1234567", .note: "first chat\n\nsecond chat"])
        #expect(change.tagsToAdd == ["newsletter"] && change.tagsToRemove.isEmpty && change.attributesReplace == nil)
        #expect(change.attributesMerge == ["seats": 3, "source": ["channel": "web", "campaign": "spring"]])
    }

    @Test func preferNewestAndLongestAndAChosenSurvivor() {
        let newest = MergePlan(leads: [Self.old, Self.newer], prefer: .newest)
        #expect(newest.survivor.id == "a" && newest.result.email == "MARIO@X.IT" && newest.result.attributes?["plan"] == "pro")
        #expect(newest.dropped.contains { $0.leadID == "a" && $0.path == "email" && $0.value == "mario@x.it" }, "the survivor's own value is listed when it loses")
        #expect(newest.unaccountedValues.isEmpty)
        let longest = MergePlan(leads: [Self.old, Self.newer], prefer: .longest)
        #expect(longest.result.company == "ACME S.p.A." && longest.result.fullname == "Mario Rossi", "ties keep the survivor's")
        #expect(longest.unaccountedValues.isEmpty)
        let into = MergePlan(leads: [Self.old, Self.newer], into: "b")
        #expect(into.survivor.id == "b" && into.result.email == "MARIO@X.IT" && into.result.leadID == "web-2")
        #expect(into.unaccountedValues.isEmpty)
    }

    @Test func aChosenAttributeValueWinsAndTheOthersAreListed() {
        let plan = MergePlan(leads: [Self.old, Self.newer], keyChoices: ["attributes.plan": "b", "attributes.source.channel": "b"])
        #expect(plan.result.attributes?["plan"] == "pro" && plan.result.attributes?["source"] == ["channel": "chat", "campaign": "spring"])
        #expect(plan.picks == ["attributes.plan": "b", "attributes.source.channel": "b"])
        let dropped = Set(plan.dropped.filter { $0.path.hasPrefix("attributes") }.map { "\($0.leadID) \($0.path) \($0.value)" })
        #expect(dropped == ["a attributes.plan \"basic\"", "a attributes.source.channel \"web\""], "the survivor's values, dropped by choice")
        #expect(plan.unaccountedValues.isEmpty)
        let absent = MergePlan(leads: [Self.old, Self.newer], keyChoices: ["attributes.seats": "a"])
        #expect(absent.result.attributes?["seats"] == 3 && absent.picks.isEmpty, "a choice of a lead without the key changes nothing")
    }

    @Test func theSurvivorIsFirstGivenARecordOfWhatTheMergeChanges() {
        let plan = MergePlan(leads: [Self.old, Self.newer])
        guard let record = plan.record, case .recordMerge(let id, let json)? = plan.steps.first else {
            Issue.record("no record step first: \(plan.steps)")
            return
        }
        #expect(id == "a" && json == record.json && plan.result.attributes?[MergeRecord.key] == record.json)
        #expect(record.leads == ["b"])
        #expect(record.before["phone"] == "" && record.after["phone"] == "+39 333 1234567")
        #expect(record.before["attributes"] == ["seats": nil, "source": ["channel": "web"]])
        #expect(record.before["fullname"] == nil, "only what the merge changes")
        #expect(plan.change.attributesMerge[MergeRecord.key] == nil, "the record is not written twice")
        #expect(plan.steps.map(\.summary) == ["record the merge on a", "update a", "mark b as merged into a", "trash b"])
    }

    @Test func aSecondMergeKeepsTheFirstRecordInsideItsOwn() {
        let first = MergePlan(leads: [Self.old, Self.newer])
        var merged = first.result
        merged.id = "a"
        let second = MergePlan(leads: [merged, Self.newest])
        #expect(second.record?.leads == ["c"])
        #expect(second.record?.before["attributes"]?.objectValue?[MergeRecord.key] == first.record?.json)
        #expect(second.unaccountedValues.isEmpty, "the earlier record is bookkeeping, not a lost value")
    }

    @Test func aValueNeitherKeptNorListedIsCaught() {
        var plan = MergePlan(leads: [Self.old, Self.newer])
        plan.dropped.removeAll { $0.path == "attributes.plan" }
        #expect(plan.unaccountedValues.map(\.path) == ["attributes.plan"])
        plan.result.tags.removeAll { $0 == "newsletter" }
        #expect(plan.unaccountedValues.count == 2)
    }

    @Test func mergingAgainChangesNothing() {
        let first = MergePlan(leads: [Self.old, Self.newer, Self.newest])
        var merged = first.result
        merged.id = "a"
        let again = MergePlan(leads: [merged, Self.newer, Self.newest])
        #expect(again.change.isEmpty, "a merge re-run after a failure sends nothing twice: \(again.change)")
        #expect(again.record == nil && again.result.attributes?[MergeRecord.key] == first.record?.json, "the first run's record is kept")
    }
}
