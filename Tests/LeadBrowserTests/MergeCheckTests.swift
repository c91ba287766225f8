import Foundation
import LeadDuplicates
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// `y` in the merge review reads every lead again before writing: a lead changed, trashed or
/// deleted since the group was read means nothing is written, the user is told which, and the
/// review shows the leads as they are now (or the merge is refused).
@Suite struct MergeCheckTests {
    let screens = DuplicatesScreenTests()

    /// The group open and its review on screen, the requests so far forgotten.
    func reviewing(_ project: inout MergeFixtures) -> AppState {
        var state = screens.groupOpen(&project)
        _ = press(&state, .char("m"))
        project.sent = []
        return state
    }

    var writes: Set<String> { ["update", "mergeAttributes", "trash", "restore"] }

    @Test func aLeadChangedMeanwhileStopsTheMergeAndTheReviewShowsItsNewValue() {
        var project = MergeFixtures()
        var state = reviewing(&project)
        project.stored["a2"]!.company = "Rossi Group"  // a colleague, after the group was read
        project.run(&state, press(&state, .char("y")))
        #expect(project.sent.map(\.kind) == ["get", "get", "get"], "read again, nothing written")
        #expect(state.status?.isError == true && state.status?.text.contains("a2 changed since the group was shown") == true)
        guard case .mergeReview(let review)? = state.stack.last else { Issue.record("the review is gone"); return }
        #expect(review.plan.result.company == "Rossi Group", "the review is made again from the lead as it is")
        #expect(review.lines.contains("  company: (empty) → Rossi Group"))
        #expect(state.mergeRun == nil && state.undo == nil)

        project.run(&state, press(&state, .char("y")))
        #expect(project.stored["a1"]?.company == "Rossi Group", "the second y merges what the review showed")
        #expect(project.stored["a2"]!.isTrashed && project.stored["a3"]!.isTrashed)
    }

    @Test func aLeadTrashedMeanwhileIsNamedAndNothingIsWritten() {
        var project = MergeFixtures()
        var state = reviewing(&project)
        project.stored["a3"]!.status = LeadStatus.trashed
        project.run(&state, press(&state, .char("y")))
        #expect(Set(project.sent.map(\.kind)).isDisjoint(with: writes))
        #expect(state.status?.text.contains("a3 was moved to the trash meanwhile") == true)
        guard case .mergeReview? = state.stack.last else { Issue.record("the review is gone"); return }
    }

    @Test func aLeadDeletedMeanwhileIsNamedAndTheGroupCannotBeMerged() {
        var project = MergeFixtures()
        var state = reviewing(&project)
        project.stored["a2"] = nil
        project.run(&state, press(&state, .char("y")))
        #expect(Set(project.sent.map(\.kind)).isDisjoint(with: writes))
        #expect(state.status?.text.contains("a2 was deleted meanwhile") == true)
        guard let group = screens.group(state) else { Issue.record("not back on the group"); return }
        #expect(group.plan == nil && group.failure?.contains("a2") == true)
        _ = press(&state, .char("m"))
        #expect(state.status?.text.contains("Cannot merge") == true)
    }

    @Test func aSurvivorTrashedMeanwhileSendsTheUserBackToChooseAnother() {
        var project = MergeFixtures()
        var state = reviewing(&project)
        project.stored["a1"]!.status = LeadStatus.trashed
        project.run(&state, press(&state, .char("y")))
        #expect(Set(project.sent.map(\.kind)).isDisjoint(with: writes))
        #expect(state.status?.text.contains("choose another survivor") == true)
        #expect(screens.group(state) != nil, "back on the group")
    }

    @Test func whatTheMergeWroteBeforeALostAnswerIsNotAColleaguesChange() {
        var project = MergeFixtures()
        var state = reviewing(&project)
        var effects = press(&state, .char("y"))
        while let effect = effects.first, case .request(_, let request) = effect, request.kind == "get" {
            effects = state.update(project.answer(effect)!) + effects.dropFirst()
        }
        // The record is written, but its answer is lost.
        guard case .request(let id, .mergeAttributes)? = effects.first else { Issue.record("no record step"); return }
        _ = project.answer(effects[0])
        _ = state.update(.requestFailed(requestID: id, error: APIError(.timeout, message: "timed out")))
        project.run(&state, press(&state, .char("y")))
        #expect(state.undo != nil, "the merge went on: \(state.status?.text ?? "")")
        #expect(project.stored["a2"]!.isTrashed && project.stored["a1"]?.company == "Rossi Srl")
    }
}
