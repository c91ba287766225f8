import Foundation
import LeadDuplicates
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The browser's Duplicates screen, a group side by side, a merge from it and its undo, driven
/// through `update` with keys and the answers a project gives (`MergeFixtures`).
@Suite struct DuplicatesScreenTests {
    /// The list with the Duplicates screen open and its groups arrived.
    func duplicatesOpen() -> AppState {
        var state = loadedApp()
        let effects = press(&state, .char("D"))
        guard case .loadDuplicates(let id)? = effects.first else { return state }
        _ = state.update(.duplicatesLoaded(requestID: id, groups: [MergeFixtures.group]))
        return state
    }

    /// A group open side by side with its leads read.
    func groupOpen(_ project: inout MergeFixtures) -> AppState {
        var state = duplicatesOpen()
        project.run(&state, press(&state, .enter))
        return state
    }

    func group(_ state: AppState) -> DuplicateGroupState? {
        if case .duplicateGroup(let g) = state.stack.last { return g }
        return nil
    }

    @Test func dOpensTheGroupsFromTheIndexWithReasonConfidenceAndCount() {
        var state = loadedApp()
        let effects = press(&state, .char("D"))
        guard case .loadDuplicates(let id)? = effects.first, case .duplicates(let loading)? = state.stack.last else {
            Issue.record("D did not open the Duplicates screen")
            return
        }
        #expect(loading.load == .loading)
        _ = state.update(.duplicatesLoaded(requestID: id + 100, groups: [MergeFixtures.group]))
        #expect(state.stack.last == .duplicates(loading), "an answer nobody asked for changes nothing")
        _ = state.update(.duplicatesLoaded(requestID: id, groups: [MergeFixtures.group]))
        guard case .duplicates(let loaded)? = state.stack.last else { Issue.record("screen gone"); return }
        #expect(loaded.load == .loaded)
        #expect(DuplicatesState.summary(loaded.groups[0]).hasPrefix("3 leads · email, phone"))
        #expect(DuplicatesState.summary(loaded.groups[0]).hasSuffix("· 0.98"))

        let refresh = press(&state, .char("r"))
        guard case .loadDuplicates? = refresh.first else { Issue.record("r did not refresh"); return }
        _ = press(&state, .char("q"))
        #expect(state.stack.isEmpty, "q goes back to the list")
    }

    @Test func aFailedRefreshSaysWhy() {
        var state = loadedApp()
        guard case .loadDuplicates(let id)? = press(&state, .char("D")).first else { return }
        _ = state.update(.duplicatesFailed(requestID: id, reason: "could not connect"))
        guard case .duplicates(let screen)? = state.stack.last else { return }
        #expect(screen.load == .failed("could not connect"))
        #expect(press(&state, .enter).isEmpty, "no group to open")
    }

    @Test func enterOpensTheGroupSideBySideWithDifferencesMarked() {
        var project = MergeFixtures()
        let state = groupOpen(&project)
        #expect(project.sent == [.get(id: "a1"), .get(id: "a2"), .get(id: "a3")], "each lead is read whole")
        guard let screen = group(state) else { Issue.record("no group screen"); return }
        #expect(screen.isLoaded)
        #expect(DuplicateGroupTable.headings(screen) == ["#1 oldest · survivor", "#2", "#3"])
        let rows = DuplicateGroupTable.rows(screen)
        let phone = rows.first { $0.field == .phone }!
        #expect(phone.differs && phone.chosen == 0, "the survivor's phone is kept")
        let company = rows.first { $0.field == .company }!
        #expect(company.differs && company.chosen == 1, "the survivor has none: the next oldest's is kept")
        #expect(company.values == ["", "Rossi Srl", "Rossi S.r.l."])
        let region = rows.first { $0.field == .region }!
        #expect(!region.differs, "a field empty everywhere is not a difference")
    }

    @Test func choosingValuesAndTheSurvivorChangesThePlan() {
        var project = MergeFixtures()
        var state = groupOpen(&project)
        let companyRow = DuplicateGroupTable.rows(group(state)!).firstIndex { $0.field == .company }!
        for _ in 0..<companyRow { _ = press(&state, .char("j")) }
        _ = press(&state, .char("l"), .char("l"), .enter)
        #expect(group(state)?.plan?.result.company == "Rossi S.r.l.")
        #expect(DuplicateGroupTable.rows(group(state)!)[companyRow].chosen == 2)

        _ = press(&state, .char("j"))  // the note: every lead's is kept
        _ = press(&state, .enter)
        #expect(state.status != nil, "says why nothing can be chosen there")

        _ = press(&state, .char("h"), .char("s"))
        #expect(group(state)?.survivorID == "a2")
        #expect(DuplicateGroupTable.headings(group(state)!) == ["#1 oldest", "#2 · survivor", "#3"])
        #expect(group(state)?.plan?.result.city == "Milano", "the survivor's own values first")

        _ = press(&state, .char("m"))
        guard case .mergeReview(let review)? = state.stack.last else { Issue.record("m did not review"); return }
        #expect(review.lines.first?.hasPrefix("Survivor a2") == true)
        #expect(review.lines.contains { $0.contains("a1 city: Roma (kept: Milano)") }, "a value not kept is shown")
        #expect(review.lines.contains { $0.contains("a1 (Mario Rossi)") }, "the leads going to the trash are named")
        #expect(project.sent.count == 3, "nothing is written by the review")
        _ = press(&state, .escape)
        #expect(group(state) != nil, "Esc goes back to the group")
    }

    @Test func yMergesWithOneUpdateThenMarksAndTrashesTheOthers() {
        var project = MergeFixtures()
        var state = groupOpen(&project)
        _ = press(&state, .char("m"))
        project.sent = []
        project.run(&state, press(&state, .char("y")))
        #expect(
            project.sent.map(\.kind) == ["get", "get", "get", "mergeAttributes", "update", "mergeAttributes", "trash", "mergeAttributes", "trash"],
            "the leads read again, the survivor's record, its one update, then each other marked and trashed")
        let survivor = project.stored["a1"]!
        #expect(MergeRecord(survivor.attributes?[MergeRecord.key])?.leads == ["a2", "a3"], "the merge is recorded on the survivor")
        #expect(survivor.company == "Rossi Srl" && survivor.phone == "+39 333 123 4567" && survivor.city == "Roma")
        #expect(Set(survivor.tags) == ["vip", "chat"])
        for id in ["a2", "a3"] {
            #expect(project.stored[id]!.isTrashed)
            #expect(project.stored[id]!.attributes?[MergePlan.mergedIntoKey] == .string("a1"))
        }
        guard case .duplicates(let screen)? = state.stack.last else { Issue.record("not back on the groups"); return }
        #expect(screen.groups.isEmpty, "the merged group is gone from the screen")
        #expect(state.status?.text.contains("u to undo") == true)
        #expect(state.keyMap.action(for: .char("u")) == .restoreOrUndo)
    }

    @Test func uUndoesTheMergeAndKeepsWhatAColleagueChangedSince() {
        var project = MergeFixtures()
        var state = groupOpen(&project)
        _ = press(&state, .char("m"))
        project.run(&state, press(&state, .char("y")))
        project.stored["a1"]!.company = "Rossi Group"  // changed by someone after the merge
        project.sent = []
        project.run(&state, press(&state, .char("u")))
        #expect(project.sent.prefix(3).map(\.kind) == ["get", "get", "get"], "every lead is read again first")
        for id in ["a2", "a3"] {
            var restored = project.stored[id]!
            #expect(!restored.isTrashed)
            #expect(restored.attributes?[MergePlan.mergedIntoKey] == nil)
            restored.status = nil
            var before = MergeFixtures.leads.first { $0.id == id }!
            before.status = nil
            if before.attributes == nil { before.attributes = [:] }
            if restored.attributes == nil { restored.attributes = [:] }
            #expect(restored == before, "\(id) is as it was")
        }
        let survivor = project.stored["a1"]!
        #expect(survivor.tags == ["vip"] && survivor.attributes == ["plan": .string("pro")], "the merged values are gone from the survivor")
        #expect(survivor.company == "Rossi Group", "a colleague's change since the merge stays")
        #expect(state.status?.text.contains("company: changed since the merge") == true)
        #expect(state.undo == nil)
    }

    @Test func aFailedStepStopsTheMergeAndYSendsItAgain() {
        var project = MergeFixtures()
        var state = groupOpen(&project)
        _ = press(&state, .char("m"))
        project.sent = []
        var effects = press(&state, .char("y"))
        // The reads, the survivor's record and its update go through, the first mark fails.
        while let effect = effects.first, case .request(_, let request) = effect, request.kind != "mergeAttributes" || project.sent.count < 4 {
            effects = state.update(project.answer(effect)!) + effects.dropFirst()
        }
        guard case .request(let failedID, let failedRequest)? = effects.first else { Issue.record("no mark step"); return }
        #expect(project.sent.map(\.kind) == ["get", "get", "get", "mergeAttributes", "update"])
        _ = state.update(.requestFailed(requestID: failedID, error: APIError(.server, message: "HTTP 500")))
        #expect(state.status?.isError == true && state.status?.text.contains("y sends it again") == true)
        guard case .mergeReview? = state.stack.last else { Issue.record("the review stays"); return }
        let again = press(&state, .char("y"))
        guard case .request(_, let resent)? = again.first else { Issue.record("nothing resent"); return }
        #expect(resent == failedRequest, "the failed step, not the merge from the start")
        project.run(&state, again)
        #expect(project.stored["a2"]!.isTrashed && project.stored["a3"]!.isTrashed)
        #expect(state.undo != nil)
    }

    @Test func theFormLooksThePhoneAndNameUpInTheIndex() {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(creatingWithLeadID: "t-1"))]
        _ = type(&state, "Mario Rossi")
        _ = press(&state, .tab, .tab)  // to the phone
        _ = type(&state, "333 123 4567")
        let effects = press(&state, .tab)
        guard case .lookUpDuplicates(let id, let lead)? = effects.last else { Issue.record("no index lookup"); return }
        #expect(lead.phone == "333 123 4567")
        let entry = DuplicateEntry(lead: MergeFixtures.leads[0])
        _ = state.update(.duplicateMatches(requestID: id, matches: [DuplicateMatch(entry: entry, reason: .phone)]))
        guard case .form(let form)? = state.stack.last else { return }
        let row = FormRows.rows(form).first { $0.focus == .field(.phone) }
        #expect(row?.issue == "1 lead has this phone — ^G opens it")
        #expect(form.issues.isEmpty, "a warning, never a refusal")
        let opened = press(&state, .ctrl("g"))
        guard case .detail(let detail)? = state.stack.last, case .request(_, .get(let readID))? = opened.first else {
            Issue.record("^G did not open the lead")
            return
        }
        #expect(detail.lead.id == "a1" && readID == "a1")
    }
}

extension APIRequest {
    var kind: String {
        switch self {
        case .list: "list"
        case .get: "get"
        case .create: "create"
        case .update: "update"
        case .mergeAttributes: "mergeAttributes"
        case .trash: "trash"
        case .restore: "restore"
        case .deleteForever: "deleteForever"
        case .listSegments: "listSegments"
        case .saveSegment: "saveSegment"
        }
    }
}
