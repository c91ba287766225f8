import Foundation
import LeadBrowser
import LeadDuplicates
import LeadsSandbox
import TerminalUI
import Testing
import TiledeskLeads
@testable import leads

/// The browser's merge against the sandbox while a colleague works on the same leads through the
/// API: keys go through `update`, effects through the browser's own `EffectRunner`. A change made
/// between the review and `y` is never overwritten: nothing is written, the status line names
/// the lead, the review shows its new value, and the next `y` merges that.
@Suite struct BrowserMergeCheckTests {
    @Test func aColleaguesChangeBetweenTheReviewAndYIsShownNotOverwritten() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await MergeCommandTests.people($0) }
            let ids = leads.map(\.id)
            try await sandbox.withClient { client in
                let file = DuplicateIndexFile(baseURL: sandbox.url, projectID: CLISandbox.project, environment: ["XDG_CACHE_HOME": sandbox.home + "/cache"])
                let runner = EffectRunner(
                    api: client, drafts: DraftStore(directory: sandbox.home + "/drafts"), post: { _ in },
                    duplicates: BrowserDuplicateIndex(api: client, file: file))
                var state = AppState(leadIDPrefix: "t")
                await BrowserMergeFaultTests.press(&state, .char("D"), runner)
                guard case .duplicates(let screen)? = state.stack.last, let index = screen.groups.firstIndex(where: { Set($0.ids) == Set(ids) }) else {
                    Issue.record("the three leads are not one group: \(state.stack.last.debugDescription)")
                    return
                }
                for _ in 0..<index { await BrowserMergeFaultTests.press(&state, .char("j"), runner) }
                await BrowserMergeFaultTests.press(&state, .enter, runner)
                await BrowserMergeFaultTests.press(&state, .char("m"), runner)
                guard case .mergeReview(let review)? = state.stack.last else { Issue.record("no review"); return }
                #expect(review.plan.result.zipcode == "00144")

                // A colleague fills the survivor's zipcode after the review was made.
                _ = try await client.update(id: ids[0], change: LeadChange(fields: [.zipcode: "00100"]))
                await BrowserMergeFaultTests.press(&state, .char("y"), runner)
                #expect(state.status?.text.contains("\(ids[0]) changed since the group was shown") == true, "\(state.status?.text ?? "")")
                let untouched = try await client.get(id: ids[1])
                #expect(!untouched.isTrashed, "nothing was merged")
                #expect(try await client.get(id: ids[0]).tags == ["vip"], "the survivor was not written")
                guard case .mergeReview(let again)? = state.stack.last else { Issue.record("the review is gone"); return }
                #expect(again.plan.result.zipcode == "00100", "the review shows the colleague's value")
                #expect(again.lines.contains { $0.contains("\(ids[1]) zipcode: 00144 (kept: 00100)") })

                // The next y finds the leads as the review shows them, and merges.
                await BrowserMergeFaultTests.press(&state, .char("y"), runner)
                let survivor = try await client.get(id: ids[0])
                #expect(survivor.zipcode == "00100" && Set(survivor.tags) == ["vip", "newsletter", "lead/hot"], "merged with the colleague's value")
                #expect(state.undo != nil)
            }
        }
    }
}
