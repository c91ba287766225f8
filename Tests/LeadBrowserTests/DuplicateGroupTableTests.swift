import Foundation
import LeadDuplicates
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// A group side by side settles attribute overlaps key by key: a row per attribute the leads hold
/// with different values, where `Enter` keeps the value under the cursor, as for a field; the
/// review then names the choice and every value not kept, and the merge writes the chosen one.
@Suite struct DuplicateGroupTableTests {
    let screens = DuplicatesScreenTests()

    func rows(_ state: AppState) -> [DuplicateGroupTable.Row] {
        screens.group(state).map(DuplicateGroupTable.rows) ?? []
    }

    @Test func anAttributeTheLeadsHoldDifferentlyHasARowWithTheSurvivorsValueTicked() {
        var project = MergeFixtures()
        let state = screens.groupOpen(&project)
        let overlaps = rows(state).filter { $0.attributePath != nil }
        #expect(overlaps.map(\.attributePath) == ["attributes.plan"], "only the key whose values differ")
        #expect(overlaps.first?.values == ["\"pro\"", "", "\"free\""])
        #expect(overlaps.first?.chosen == 0, "by default the survivor's value")
    }

    @Test func enterOnAnAttributeRowKeepsThatLeadsValueAndTheReviewSaysSo() {
        var project = MergeFixtures()
        var state = screens.groupOpen(&project)
        let planRow = rows(state).firstIndex { $0.attributePath == "attributes.plan" }!
        for _ in 0..<planRow { _ = press(&state, .char("j")) }
        _ = press(&state, .char("l"))
        _ = press(&state, .enter)
        #expect(state.status?.text.contains("no plan to keep") == true, "a lead without the key has nothing to keep")
        #expect(rows(state)[planRow].chosen == 0)
        _ = press(&state, .char("l"), .enter)
        #expect(rows(state)[planRow].chosen == 2, "the third lead's value is ticked")
        #expect(screens.group(state)?.plan?.result.attributes?["plan"] == .string("free"))

        _ = press(&state, .char("k"))
        _ = press(&state, .enter)
        #expect(state.status?.text.contains("key by key") == true, "the whole attributes row points at the key rows")

        _ = press(&state, .char("m"))
        guard case .mergeReview(let review)? = state.stack.last else { Issue.record("m did not review"); return }
        #expect(review.lines.contains("Chosen where the leads differ:"))
        #expect(review.lines.contains("  attributes.plan: \"free\" (from a3)"))
        #expect(review.lines.contains { $0.contains("a1 attributes.plan: \"pro\" (kept: \"free\")") }, "the survivor's value, dropped by choice")
        #expect(!review.lines.contains { $0.contains("a3 attributes.plan") }, "the chosen value is not listed as dropped")

        project.run(&state, press(&state, .char("y")))
        #expect(project.stored["a1"]?.attributes?["plan"] == .string("free"), "the merge writes the chosen value")
        #expect(project.stored["a3"]?.attributes?["plan"] == .string("free") && project.stored["a3"]!.isTrashed)
    }

    @Test func theUndoPutsTheSurvivorsOwnAttributeBack() {
        var project = MergeFixtures()
        var state = screens.groupOpen(&project)
        let planRow = rows(state).firstIndex { $0.attributePath == "attributes.plan" }!
        for _ in 0..<planRow { _ = press(&state, .char("j")) }
        _ = press(&state, .char("l"), .char("l"), .enter, .char("m"))
        project.run(&state, press(&state, .char("y")))
        project.run(&state, press(&state, .char("u")))
        #expect(project.stored["a1"]?.attributes == ["plan": .string("pro")], "the survivor's plan, and no record left")
    }
}
