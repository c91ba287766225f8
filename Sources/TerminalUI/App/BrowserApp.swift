import Foundation
import LeadBrowser
import TiledeskLeads

/// The interactive browser: owns the terminal session and the event loop, feeds keys and effect
/// results to `update`, hands the effects it returns to an `EffectRunner` (whose results come
/// back through the loop's mailbox), and draws a frame after each batch.
public enum BrowserApp {
    /// Runs until the user quits or a signal ends it; the terminal is restored on every path.
    /// Throws `TerminalError` when there is no terminal to run on.
    public static func run(api: any LeadsAPI, options: BrowserOptions) throws -> Int32 {
        let trace = StartupTrace(path: options.tracePath)
        try TerminalSession.checkTerminal(inputFD: 0, outputFD: 1)
        let session = try TerminalSession(options: .init(mouse: options.mouse, theme: options.theme), inputFD: 0, outputFD: 1)
        let loop: EventLoop<Msg>
        do {
            loop = try EventLoop<Msg>(inputFD: 0)
        } catch {
            session.restore()
            throw error
        }
        let runner = TerminalRunner(session: session, loop: loop)
        let drafts = DraftStore(directory: options.draftsDirectory)
        let memory = FreeMemoryReturner()
        let mailbox = loop.mailbox
        let effects = EffectRunner(
            api: api, drafts: drafts, post: { mailbox.post($0) },
            editor: { text, fileExtension, journal in
                defer { session.canvas.updateSize() }
                return try runner.suspend { try EditorHandOff.edit(text, fileExtension: fileExtension, at: journal) }
            },
            schedule: { message, delay, key in loop.schedule(message, after: delay, key: key) },
            quit: { loop.stop() },
            exporter: options.exporter, duplicates: options.duplicates, viewMemory: options.viewMemory)
        effects.requestSent = { trace.mark("request") }
        effects.requestAnswered = {
            trace.mark("response")
            memory.workFinished()
        }
        effects.saveColumns = options.saveColumns
        var clicks = ClickTracker()
        var state = AppState(leadIDPrefix: options.leadIDPrefix)
        state.status = options.greeting.map { StatusMessage($0, isBackground: true) }
        state.reviewSkipLimit = options.skipReviewUpTo
        state.tableColumns = options.columns
        state.keys = options.keys
        state.canSaveColumns = options.saveColumns != nil
        state.defaultColumns = options.columns
        state.views = options.views
        if let view = options.startView {
            // The remembered view is the first query: set before the first fetch.
            effects.run(state.use(view))
            state.status = options.greeting.map { StatusMessage($0, isBackground: true) }
        }

        effects.run(update(&state, .resize(rows: session.canvas.height, columns: session.canvas.width)))
        effects.run(state.start())
        if api is any SegmentsAPI { effects.run(state.loadSharedViews()) }
        for draft in drafts.all() { effects.run(update(&state, .draftFound(draft))) }
        runner.run(
            onInput: { event in
                switch event {
                case .key(let key):
                    effects.run(update(&state, .key(key)))
                case .resize:
                    effects.run(update(&state, .resize(rows: session.canvas.height, columns: session.canvas.width)))
                case .mouse:
                    guard let mouse = session.readMouse() else { return }
                    switch mouse.action {
                    case .wheelUp: effects.run(update(&state, .key(.up)))
                    case .wheelDown: effects.run(update(&state, .key(.down)))
                    case .leftClick:
                        let double = clicks.isDouble(x: mouse.x, y: mouse.y)
                        let size = (width: session.canvas.width, height: session.canvas.height)
                        if let message = ClickRouting.message(for: state, x: mouse.x, y: mouse.y, double: double, width: size.width, height: size.height) {
                            effects.run(update(&state, message))
                        }
                    case .other: break
                    }
                }
            },
            onMessage: { message in effects.run(update(&state, message)) },
            draw: { canvas in BrowserScreen.draw(state, in: canvas) },
            // Marked once `doupdate` has written the frame out, not when it was only drawn into
            // curses' buffer: what B2 measures is the page the user can see.
            shown: { if state.list.totalCount != nil { trace.mark("first-frame") } })
        runner.finish()
        return 0
    }
}
