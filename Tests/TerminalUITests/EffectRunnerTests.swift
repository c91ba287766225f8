import Foundation
import LeadBrowser
import LeadsTestSupport
import Synchronization
import Testing
import TiledeskLeads

@testable import TerminalUI

/// The runner alone, with a fake API and no terminal: every effect reaches the right dependency
/// and every outcome comes back as the message `update` expects, failures included.
@Suite struct EffectRunnerTests {
    static let ann = Lead(id: "a1", fullname: "Ann", email: "ann@example.com")

    /// Answers from a table and records every call, as `name(arguments)`.
    final class FakeAPI: LeadsAPI {
        let calls = Mutex<[String]>([])
        let failure: (any Error)?
        init(failing failure: (any Error)? = nil) { self.failure = failure }

        private func record(_ call: String) throws {
            calls.withLock { $0.append(call) }
            if let failure { throw failure }
        }
        func list(_ query: LeadQuery) async throws -> LeadPage {
            try record("list(page \(query.page))")
            return LeadPage(perPage: query.limit, count: 1, leads: [EffectRunnerTests.ann])
        }
        func get(id: String) async throws -> Lead { try record("get(\(id))"); return EffectRunnerTests.ann }
        func create(_ lead: Lead) async throws -> Lead { try record("create(\(lead.fullname ?? ""))"); return lead }
        func update(id: String, change: LeadChange, justRead: Bool) async throws -> Lead {
            try record("update(\(id), justRead: \(justRead))")
            return change.applied(to: EffectRunnerTests.ann)
        }
        func addTags(id: String, tags: [String]) async throws -> Lead { try record("addTags"); return EffectRunnerTests.ann }
        func removeTag(id: String, tag: String) async throws -> Lead { try record("removeTag"); return EffectRunnerTests.ann }
        func mergeAttributes(id: String, _ attributes: [String: JSONValue]) async throws -> Lead { try record("mergeAttributes"); return EffectRunnerTests.ann }
        func mergeProperties(id: String, _ properties: [String: JSONValue]) async throws -> Lead { try record("mergeProperties"); return EffectRunnerTests.ann }
        func trash(id: String) async throws -> Lead { try record("trash(\(id))"); return EffectRunnerTests.ann }
        func restore(id: String) async throws -> Lead { try record("restore(\(id))"); return EffectRunnerTests.ann }
        func deleteForever(id: String) async throws { try record("deleteForever(\(id))") }
        func exportCSV(_ query: LeadQuery) async throws -> Data { try record("exportCSV"); return Data() }
    }

    /// Messages posted by the runner, collected from whatever thread posts them.
    final class Inbox: Sendable {
        private let messages = Mutex<[Msg]>([])
        func post(_ message: Msg) { messages.withLock { $0.append(message) } }
        var all: [Msg] { messages.withLock { $0 } }

        /// Waits (bounded) until `count` messages arrived.
        func wait(for count: Int, within limit: Duration = .seconds(10)) async -> [Msg] {
            let deadline = ContinuousClock.now + limit
            while all.count < count, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(5)) }
            return all
        }
    }

    static func scratch() -> DraftStore {
        DraftStore(directory: NSTemporaryDirectory() + "leads-runner-\(UUID().uuidString)")
    }

    @Test func eachRequestBecomesItsMessage() async {
        let api = FakeAPI()
        let runner = EffectRunner(api: api, drafts: Self.scratch(), post: { _ in })
        let page = await runner.result(of: .request(id: 1, .list(LeadQuery(page: 2))))
        #expect(page == .pageLoaded(requestID: 1, page: LeadPage(perPage: 40, count: 1, leads: [Self.ann])))
        #expect(await runner.result(of: .request(id: 2, .get(id: "a1"))) == .leadLoaded(requestID: 2, lead: Self.ann))
        let change = LeadChange(fields: [.fullname: "Ann B"])
        #expect(await runner.result(of: .request(id: 3, .update(id: "a1", change: change, justRead: true)))
            == .leadLoaded(requestID: 3, lead: change.applied(to: Self.ann)))
        #expect(await runner.result(of: .request(id: 4, .trash(id: "a1"))) == .leadLoaded(requestID: 4, lead: Self.ann))
        #expect(await runner.result(of: .request(id: 5, .restore(id: "a1"))) == .leadLoaded(requestID: 5, lead: Self.ann))
        #expect(await runner.result(of: .request(id: 6, .deleteForever(id: "a1"))) == .leadDeleted(requestID: 6))
        #expect(await runner.result(of: .request(id: 7, .create(Lead(fullname: "Bo")))) == .leadLoaded(requestID: 7, lead: Lead(fullname: "Bo")))
        #expect(api.calls.withLock { $0 } == [
            "list(page 2)", "get(a1)", "update(a1, justRead: true)", "trash(a1)", "restore(a1)", "deleteForever(a1)", "create(Bo)",
        ])
    }

    @Test func failuresComeBackTypedAndOtherErrorsAsOffline() async {
        let typed = APIError(.notFound, status: 404, message: "Object not found.")
        let runner = EffectRunner(api: FakeAPI(failing: typed), drafts: Self.scratch(), post: { _ in })
        #expect(await runner.result(of: .request(id: 9, .get(id: "a1"))) == .requestFailed(requestID: 9, error: typed))

        struct Broken: Error {}
        let other = EffectRunner(api: FakeAPI(failing: Broken()), drafts: Self.scratch(), post: { _ in })
        guard case .requestFailed(10, let error)? = await other.result(of: .request(id: 10, .trash(id: "a1"))) else {
            Issue.record("no failure message")
            return
        }
        #expect(error.kind == .offline)
    }

    @Test func runPostsRequestAnswersFromOffTheCallingThread() async {
        let inbox = Inbox()
        let runner = EffectRunner(api: FakeAPI(), drafts: Self.scratch(), post: inbox.post)
        runner.run([.request(id: 1, .get(id: "a1")), .request(id: 2, .deleteForever(id: "a1"))])
        let messages = await inbox.wait(for: 2)
        #expect(Set(messages) == [.leadLoaded(requestID: 1, lead: Self.ann), .leadDeleted(requestID: 2)])
    }

    @Test func draftsAreWrittenAndForgottenAndAFailedWriteIsReported() async throws {
        let drafts = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: drafts.directory) }
        let inbox = Inbox()
        let runner = EffectRunner(api: FakeAPI(), drafts: drafts, post: inbox.post)
        let draft = FormDraft(key: "a1", isCreate: false, original: Self.ann, draft: Lead(id: "a1", fullname: "Ann B"))
        runner.run([.persistDraft(draft)])
        #expect(drafts.all() == [draft])
        runner.run([.discardDraft(key: "a1")])
        #expect(drafts.all().isEmpty)
        #expect(inbox.all.isEmpty, "a draft written or removed says nothing")

        // A directory that cannot exist: a regular file stands where it should be.
        let blocker = NSTemporaryDirectory() + "leads-runner-blocker-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        let blocked = EffectRunner(api: FakeAPI(), drafts: DraftStore(directory: blocker + "/drafts"), post: inbox.post)
        blocked.run([.persistDraft(draft)])
        guard case .draftNotSaved(let directory, let reason)? = inbox.all.first else {
            Issue.record("no message for a failed draft write: \(inbox.all)")
            return
        }
        #expect(directory == blocker + "/drafts" && !reason.isEmpty)
        var state = AppState(leadIDPrefix: "t")
        _ = state.update(inbox.all[0])
        #expect(state.status?.isError == true && state.status?.text.hasPrefix("Could not save the draft to \(blocker)/drafts") == true)
    }

    @Test func theEditorTimersAndQuitGoToTheirHosts() async {
        let inbox = Inbox()
        var scheduled: [(Msg, Duration, String)] = []
        var quit = false
        let runner = EffectRunner(
            api: FakeAPI(), drafts: Self.scratch(), post: inbox.post,
            editor: { text, fileExtension, journal in text.uppercased() + "." + fileExtension + (journal == nil ? "" : " in the journal") },
            schedule: { scheduled.append(($0, $1, $2)) },
            quit: { quit = true })
        runner.run([
            .openEditor(requestID: 4, text: "note", fileExtension: "txt", draftKey: nil), .scheduleSearch(token: 7, after: .milliseconds(150)), .quit,
            .scheduleBulkTick(token: 9, after: .seconds(1)),
        ])
        #expect(inbox.all == [.editorClosed(requestID: 4, text: "NOTE.txt")])
        #expect(scheduled.count == 2 && scheduled[0].0 == .searchTimerFired(token: 7) && scheduled[0].1 == .milliseconds(150))
        #expect(scheduled[1].0 == .bulkTimerFired(token: 9) && scheduled[1].1 == .seconds(1) && scheduled[1].2 == "bulk")
        #expect(quit)
    }

    /// An export is written by the injected writer off the calling thread, and its outcome comes
    /// back as one message, a failure with its reason.
    @Test func anExportSaysHowItWent() async {
        let inbox = Inbox()
        let export = LeadExport(path: "out.csv", format: .csv)
        let runner = EffectRunner(api: FakeAPI(), drafts: Self.scratch(), post: inbox.post, exporter: { leads, _ in
            if leads.isEmpty { throw CocoaError(.fileWriteNoPermission) }
        })
        runner.run([.exportLeads([Self.ann], export)])
        #expect(await inbox.wait(for: 1) == [.leadsExported(export, count: 1, failure: nil)])
        guard case .leadsExported(_, 0, let failure?)? = await runner.result(of: .exportLeads([], export)) else {
            Issue.record("a failed write is not reported")
            return
        }
        #expect(!failure.isEmpty)
    }

    /// A lead document is edited in the drafts directory, beside its draft, so a crash leaves the
    /// text the user last saved there; an editor that fails says why.
    @Test func aDocumentIsEditedInTheJournalAndAFailingEditorSaysWhy() async throws {
        let drafts = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: drafts.directory) }
        let inbox = Inbox()
        let runner = EffectRunner(
            api: FakeAPI(), drafts: drafts, post: inbox.post,
            editor: { text, _, journal in
                guard let journal else { throw CocoaError(.fileNoSuchFile) }
                try (text + "city: Milano\n").write(toFile: journal, atomically: false, encoding: .utf8)
                throw CocoaError(.userCancelled)  // as if `leads` were killed with the editor open
            })
        let document = "fullname: Ann\n"
        let draft = FormDraft(key: "a1", isCreate: false, original: Self.ann, draft: Self.ann, document: document)
        runner.run([.persistDraft(draft), .openEditor(requestID: 5, text: document, fileExtension: "yaml", draftKey: "a1")])
        guard case .editorFailed(5, let reason)? = inbox.all.first else { Issue.record("\(inbox.all)"); return }
        #expect(!reason.isEmpty)
        #expect(drafts.all().first?.document == "fullname: Ann\ncity: Milano\n", "the next start finds what was saved in the editor")
        runner.run([.persistDraft(FormDraft(key: "a1", isCreate: false, original: Self.ann, draft: Self.ann))])
        #expect(!FileManager.default.fileExists(atPath: drafts.documentPath(for: "a1")), "a draft that is no longer a document drops its file")
        runner.run([.discardDraft(key: "a1")])
        #expect(drafts.all().isEmpty)
    }

    /// A form save, from the key that confirms it to the server: the merge check's read is the
    /// only read, so the server sees one GET and then the PUT (no second, hidden GET).
    @Test func aSaveFromTheFormReadsTheLeadOnce() async throws {
        let json = #"{"_id":"a1","lead_id":"l","fullname":"Ann","tags":[],"status":100,"updatedAt":"2026-01-01T00:00:00.000Z"}"#
        try await ScriptedServer.with({ request, _ in
            request.method == "PUT" ? .json(200, json.replacingOccurrences(of: "\"Ann\"", with: "\"Ann!\"")) : .json(200, json)
        }) { server in
            let configuration = ClientConfiguration(baseURL: server.baseURL, projectID: "p1", credentials: .token("t"))
            try await HTTPLeadsClient.with(configuration) { client in
                let runner = EffectRunner(api: client, drafts: Self.scratch(), post: { _ in })
                var state = AppState(leadIDPrefix: "t")
                let original = try await client.get(id: "a1")
                let before = server.requests.count
                state.stack = [.form(FormState(editing: original))]
                var queue = state.update(.key(.char("!"))) + state.update(.key(.ctrl("s"))) + state.update(.key(.char("y")))
                while !queue.isEmpty {
                    let effect = queue.removeFirst()
                    if let message = await runner.result(of: effect) { queue += state.update(message) }
                }
                #expect(state.status?.text == "Saved — u in the list to undo")
                #expect(server.requests.dropFirst(before).map(\.method) == ["GET", "PUT"])
            }
        }
    }
}
