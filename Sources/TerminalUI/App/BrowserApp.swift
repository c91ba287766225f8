import Foundation
import LeadBrowser
import TiledeskLeads

/// The interactive browser: owns the terminal session and the event loop, feeds keys and effect
/// results to `update`, runs each effect (requests as detached tasks that post their result back
/// to the loop; drafts and the editor on the loop's thread), and draws a frame after each batch.
public enum BrowserApp {
    /// Runs until the user quits or a signal ends it; the terminal is restored on every path.
    /// Throws `TerminalError` when there is no terminal to run on.
    public static func run(api: any LeadsAPI, options: BrowserOptions) throws -> Int32 {
        let trace = StartupTrace(path: options.tracePath)
        try TerminalSession.checkTerminal(inputFD: 0, outputFD: 1)
        let session = try TerminalSession(options: .init(mouse: options.mouse), inputFD: 0, outputFD: 1)
        let loop: EventLoop<Msg>
        do {
            loop = try EventLoop<Msg>(inputFD: 0)
        } catch {
            session.restore()
            throw error
        }
        let runner = TerminalRunner(session: session, loop: loop)
        let mailbox = loop.mailbox
        let drafts = DraftStore(directory: options.draftsDirectory)
        let memory = FreeMemoryReturner()
        var state = AppState(leadIDPrefix: options.leadIDPrefix)
        state.status = options.greeting
        state.reviewSkipLimit = options.skipReviewUpTo

        func perform(_ effects: [Effect]) {
            for effect in effects {
                switch effect {
                case .fetchPage(let id, let query):
                    request(id) { .pageLoaded(requestID: id, page: try await api.list(query)) }
                case .fetchLead(let id, let leadID):
                    request(id) { .leadLoaded(requestID: id, lead: try await api.get(id: leadID)) }
                case .save(let id, let leadID, let change):
                    request(id) { .leadLoaded(requestID: id, lead: try await api.update(id: leadID, change: change)) }
                case .create(let id, let lead):
                    request(id) { .leadLoaded(requestID: id, lead: try await api.create(lead)) }
                case .trash(let id, let leadID):
                    request(id) { .leadLoaded(requestID: id, lead: try await api.trash(id: leadID)) }
                case .restore(let id, let leadID):
                    request(id) { .leadLoaded(requestID: id, lead: try await api.restore(id: leadID)) }
                case .deleteForever(let id, let leadID):
                    request(id) {
                        try await api.deleteForever(id: leadID)
                        return .leadDeleted(requestID: id)
                    }
                case .openEditor(let id, let text, let fileExtension):
                    let edited = runner.suspend { EditorHandOff.edit(text, fileExtension: fileExtension) }
                    session.canvas.updateSize()
                    perform(update(&state, .editorClosed(requestID: id, text: edited)))
                case .scheduleSearch(let token, let delay):
                    loop.schedule(.searchTimerFired(token: token), after: delay, key: "search")
                case .persistDraft(let draft):
                    do {
                        try drafts.save(draft)
                    } catch {
                        state.status = "Could not save the draft to \(options.draftsDirectory): \(error.localizedDescription)"
                        state.statusIsError = true
                    }
                case .discardDraft(let key):
                    drafts.remove(key: key)
                case .quit:
                    loop.stop()
                }
            }
        }

        /// Runs one request off the loop's thread and posts its result (or its typed failure).
        func request(_ id: Int, _ work: @escaping @Sendable () async throws -> Msg) {
            trace.mark("request")
            Task.detached {
                let message: Msg
                do {
                    message = try await work()
                } catch let error as APIError {
                    message = .requestFailed(requestID: id, error: error)
                } catch {
                    message = .requestFailed(requestID: id, error: APIError(.offline, message: String(describing: error)))
                }
                trace.mark("response")
                mailbox.post(message)
                memory.workFinished()
            }
        }

        perform(update(&state, .resize(rows: session.canvas.height, columns: session.canvas.width)))
        perform(state.start())
        for draft in drafts.all() { perform(update(&state, .draftFound(draft))) }
        runner.run(
            onInput: { event in
                switch event {
                case .key(let key):
                    perform(update(&state, .key(key)))
                case .resize:
                    perform(update(&state, .resize(rows: session.canvas.height, columns: session.canvas.width)))
                case .mouse:
                    guard let mouse = session.readMouse() else { return }
                    switch mouse.action {
                    case .wheelUp: perform(update(&state, .key(.up)))
                    case .wheelDown: perform(update(&state, .key(.down)))
                    case .leftClick, .other: break
                    }
                }
            },
            onMessage: { message in perform(update(&state, message)) },
            draw: { canvas in
                BrowserScreen.draw(state, in: canvas)
                if state.list.totalCount != nil { trace.mark("first-frame") }
            })
        runner.finish()
        return 0
    }
}
