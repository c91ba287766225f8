/// The requests of a `LeadWalk`, sent ahead of need: while one window is handed on (decoded,
/// written, indexed), the server is already answering the next `lookahead` ones, so the program
/// and the server work at once instead of in turn.
///
/// Which windows to send ahead is a prediction, not a guess that can change the result: each
/// request the walk makes depends only on its step (position and margin), and after a window that
/// comes back full and passes the anchor check the next step is known in advance (the window's
/// end; the margin halved). A window answered early is used only when the walk really arrives at
/// the step it was sent for; otherwise (leads left and the walk stepped back, or the list ended)
/// every request sent ahead is cancelled and the walk asks afresh, as it would have without them.
/// Answered earlier than it is used, a window is still a consistent snapshot of its own stretch
/// of the list, which is all the walk's check relies on.
struct LeadWindowReader {
    /// One request: the step it serves and the window it asks for.
    struct Window: Equatable {
        var step: LeadWalk.Step
        var page: Int
        var limit: Int
        var skip: Int { page * limit }
    }

    let walk: LeadWalk
    /// Requests sent so far, used or not.
    private(set) var sent = 0
    private var pending: [(window: Window, task: Task<LeadPage, any Error>)] = []

    init(walk: LeadWalk) {
        self.walk = walk
    }

    /// Makes sure the request for `step` is sent, and those of the steps that follow it if every
    /// window comes back full, up to `walk.lookahead` beyond it.
    mutating func fill(from step: LeadWalk.Step) {
        if let first = pending.first, first.window.step != step { cancel() }
        var next = pending.last.map { Self.following($0.window) } ?? step
        while pending.count <= walk.lookahead {
            let window = walk.window(for: next)
            pending.append((window, send(window)))
            next = Self.following(window)
        }
    }

    /// The window for `step` and its answer: the request sent ahead for it when the walk went as
    /// predicted, else a new one, alone (nothing is sent ahead of a first window or of one after
    /// a miss until it has come back full).
    mutating func next(for step: LeadWalk.Step) async throws -> (Window, LeadPage) {
        if pending.first?.window.step != step {
            cancel()
            let window = walk.window(for: step)
            pending.append((window, send(window)))
        }
        let (window, task) = pending.removeFirst()
        let page = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
        return (window, page)
    }

    /// Cancels every request sent ahead; their answers, if any come, are dropped.
    mutating func cancel() {
        for request in pending { request.task.cancel() }
        pending.removeAll()
    }

    /// The step after `window` if it comes back full and passes the check.
    static func following(_ window: Window) -> LeadWalk.Step {
        LeadWalk.Step(position: window.skip + window.limit, margin: max(4, window.step.margin / 2))
    }

    private mutating func send(_ window: Window) -> Task<LeadPage, any Error> {
        var request = walk.query
        request.page = window.page
        request.limit = window.limit
        request.sort = .id
        request.direction = walk.direction
        sent += 1
        let api = walk.api
        return Task { try await api.list(request) }
    }
}
