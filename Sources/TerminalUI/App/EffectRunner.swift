import Foundation
import LeadBrowser
import LeadDuplicates
import TiledeskLeads

/// Runs every `Effect` that `update` returns and hands each result back as a `Msg`. It keeps no
/// state of the app: what a result changes, `update` changes. API requests run as tasks off the
/// calling thread (the terminal's) and post their answer when it comes; drafts, timers, the
/// editor and quitting run on the calling thread, in order, and post what they have to say.
///
/// Everything it acts on is injected, so the browser, the fault run and the keystroke benchmark
/// run effects with this one runner, and a test drives it with a fake API and no terminal.
public final class EffectRunner {
    let api: any LeadsAPI
    let drafts: DraftStore
    /// Where results go: the event loop's mailbox in the browser. Called from any thread.
    let post: @Sendable (Msg) -> Void
    /// Edits text in `$EDITOR` (text, file extension, the journal file to edit it in or nil for a
    /// private temporary one) with the terminal handed over; throws why it could not.
    let editor: (String, String, String?) throws -> String
    /// Delivers a message after a delay; a newer one under the same key replaces it (debounce).
    let schedule: (Msg, Duration, String) -> Void
    let quit: () -> Void
    /// Writes leads to a file in a format (the `leads` command's own writers); throws why not.
    let exporter: @Sendable ([Lead], LeadExport) throws -> Void
    /// The duplicate index (the Duplicates screen, the form's phone and name check); without
    /// one the screen says so and the form checks the email alone.
    let duplicates: (any DuplicateIndexSource)?
    /// Where `rememberView` writes; nil when `remember_view = false`.
    let viewMemory: ViewMemory?
    /// Told as a request leaves and as its answer has been posted (start-up trace, memory trim).
    var requestSent: () -> Void = {}
    var requestAnswered: @Sendable () -> Void = {}
    /// Keeps the list's columns (their config names) in config.toml and returns the file's path;
    /// nil where nothing can be written (the column picker then offers no `w`).
    public var saveColumns: (([String]) throws -> String)?

    public init(
        api: any LeadsAPI, drafts: DraftStore, post: @escaping @Sendable (Msg) -> Void,
        editor: @escaping (String, String, String?) throws -> String = { _, _, _ in throw CocoaError(.featureUnsupported) },
        schedule: @escaping (Msg, Duration, String) -> Void = { _, _, _ in },
        quit: @escaping () -> Void = {},
        exporter: @escaping @Sendable ([Lead], LeadExport) throws -> Void = { _, _ in throw CocoaError(.featureUnsupported) },
        duplicates: (any DuplicateIndexSource)? = nil, viewMemory: ViewMemory? = nil
    ) {
        self.viewMemory = viewMemory
        self.exporter = exporter
        self.duplicates = duplicates
        self.api = api
        self.drafts = drafts
        self.post = post
        self.editor = editor
        self.schedule = schedule
        self.quit = quit
    }

    /// Starts every effect in order; results arrive through `post`.
    public func run(_ effects: [Effect]) {
        for effect in effects {
            if case .request(let id, let request) = effect {
                start(request, id: id)
            } else if case .exportLeads(let leads, let export) = effect {
                let (exporter, post) = (exporter, post)
                // A file of many leads is written off the terminal's thread, like a request.
                Task.detached { post(EffectRunner.exported(leads, to: export, with: exporter)) }
            } else if effect.isDuplicateWork {
                startDuplicateWork(effect)
            } else if let message = runHere(effect) {
                post(message)
            }
        }
    }

    /// A request as a task of its own, so the terminal's thread goes back to waiting for keys.
    private func start(_ request: APIRequest, id: Int) {
        requestSent()
        let api = api
        let post = post
        let answered = requestAnswered
        Task.detached {
            post(await EffectRunner.response(to: request, id: id, api: api))
            answered()
        }
    }

    /// Runs one effect to its end and returns its result instead of posting it: for callers that
    /// want one thing at a time (the fault run). The same code as `run` underneath.
    public func result(of effect: Effect) async -> Msg? {
        if case .exportLeads(let leads, let export) = effect { return Self.exported(leads, to: export, with: exporter) }
        if effect.isDuplicateWork { return await Self.duplicateResult(of: effect, duplicates) }
        guard case .request(let id, let request) = effect else { return runHere(effect) }
        return await Self.response(to: request, id: id, api: api)
    }

    /// The one place an API call becomes a message: its answer, or its failure as an `APIError`.
    public static func response(to request: APIRequest, id: Int, api: any LeadsAPI) async -> Msg {
        do {
            switch request {
            case .list(let query): return .pageLoaded(requestID: id, page: try await api.list(query))
            case .get(let leadID): return .leadLoaded(requestID: id, lead: try await api.get(id: leadID))
            case .create(let lead, let mayExist): return .leadLoaded(requestID: id, lead: try await api.create(lead, mayExist: mayExist))
            case .update(let leadID, let change, let justRead):
                return .leadLoaded(requestID: id, lead: try await api.update(id: leadID, change: change, justRead: justRead))
            case .mergeAttributes(let leadID, let attributes):
                return .leadLoaded(requestID: id, lead: try await api.mergeAttributes(id: leadID, attributes))
            case .trash(let leadID): return .leadLoaded(requestID: id, lead: try await api.trash(id: leadID))
            case .restore(let leadID): return .leadLoaded(requestID: id, lead: try await api.restore(id: leadID))
            case .deleteForever(let leadID):
                try await api.deleteForever(id: leadID)
                return .leadDeleted(requestID: id)
            case .listSegments:
                return .segmentsLoaded(requestID: id, segments: try await segments(api).listSegments())
            case .saveSegment(let segmentID?, let name, let filters):
                return .segmentSaved(requestID: id, segment: try await segments(api).updateSegment(id: segmentID, name: name, filters: filters))
            case .saveSegment(nil, let name, let filters):
                return .segmentSaved(requestID: id, segment: try await segments(api).createSegment(name: name, filters: filters))
            }
        } catch let error as APIError {
            return .requestFailed(requestID: id, error: error)
        } catch {
            return .requestFailed(requestID: id, error: APIError(.offline, message: String(describing: error)))
        }
    }

    /// Writes the file and says how it went.
    static func exported(_ leads: [Lead], to export: LeadExport, with exporter: ([Lead], LeadExport) throws -> Void) -> Msg {
        do {
            try exporter(leads, export)
            return .leadsExported(export, count: leads.count, failure: nil)
        } catch {
            return .leadsExported(export, count: 0, failure: String(describing: error))
        }
    }

    /// The segment calls of a client that has them (`HTTPLeadsClient` does).
    private static func segments(_ api: any LeadsAPI) throws -> any SegmentsAPI {
        guard let segments = api as? any SegmentsAPI else {
            throw APIError(.invalid, message: "this connection cannot read or write shared views (segments)")
        }
        return segments
    }

    /// Effects that are not requests, on the calling thread.
    private func runHere(_ effect: Effect) -> Msg? {
        switch effect {
        case .request, .exportLeads, .loadDuplicates, .lookUpDuplicates:
            return nil
        case .openEditor(let id, let text, let fileExtension, let draftKey):
            do {
                return .editorClosed(requestID: id, text: try editor(text, fileExtension, draftKey.map(drafts.documentPath(for:))))
            } catch {
                return .editorFailed(requestID: id, reason: String(describing: error))
            }
        case .scheduleSearch(let token, let delay):
            schedule(.searchTimerFired(token: token), delay, "search")
        case .schedulePoll(let token, let delay):
            schedule(.pollTimerFired(token: token), delay, "poll")
        case .scheduleBulkTick(let token, let delay):
            schedule(.bulkTimerFired(token: token), delay, "bulk")
        case .persistDraft(let draft):
            do {
                try drafts.save(draft)
            } catch {
                return .draftNotSaved(directory: drafts.directory, reason: error.localizedDescription)
            }
        case .discardDraft(let key):
            drafts.remove(key: key)
        case .saveColumns(let columns):
            guard let saveColumns else { return .columnsSaved(message: "The columns cannot be saved from here", failed: true) }
            do {
                return .columnsSaved(message: "Columns saved to \(try saveColumns(columns.map(\.name)))", failed: false)
            } catch {
                return .columnsSaved(message: "Columns not saved: \(error)", failed: true)
            }
        case .rememberView(let name, let segmentID):
            try? viewMemory?.save(name.map { ViewMemory.Entry(name: $0, segmentID: segmentID) })
        case .quit:
            quit()
        }
        return nil
    }
}
