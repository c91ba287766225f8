import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The Tiledesk-compatible leads server on SQLite, started in-process: by `leads serve`, by
/// `leads demo` under the browser, and by tests that talk real HTTP to it.
public final class SandboxServer: Sendable {
    /// The port actually bound (the free one picked when 0 was asked for).
    public let port: Int
    public let host: String
    /// The configured projects, lowercase.
    public let projectIDs: [String]
    private let task: Task<Void, Error>
    private let services: ServiceGroup
    private let shutdown: ShutdownLatch
    /// The `--live` activity, running while the server does.
    private let live: Task<Void, Never>?

    /// `http://HOST:PORT`, the base URL clients use (no version prefix, as on self-hosted servers).
    public var baseURL: String {
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)"
    }

    private init(
        port: Int, host: String, projectIDs: [String], task: Task<Void, Error>, services: ServiceGroup, shutdown: ShutdownLatch,
        live: Task<Void, Never>?
    ) {
        self.port = port
        self.host = host
        self.projectIDs = projectIDs
        self.task = task
        self.services = services
        self.shutdown = shutdown
        self.live = live
    }

    /// Opens (or creates) the database, syncs projects and users, seeds, and starts listening.
    /// Returns once the socket is bound. `stopOnSignals` makes SIGTERM, SIGINT and SIGHUP shut the
    /// server down cleanly (for `leads serve`; a process with a terminal UI handles signals itself).
    public static func start(
        _ configuration: SandboxConfiguration, logger: Logger = SandboxServer.quietLogger,
        seedProgress: (@Sendable (Int, Int) -> Void)? = nil, stopOnSignals: Bool = false
    ) async throws -> SandboxServer {
        try configuration.validate()
        let store = try LeadStore(path: configuration.databasePath)
        let projectIDs = configuration.projectIDs.map { $0.lowercased() }
        let projects = try store.ensureProjects(projectIDs)
        try store.syncUsers(configuration.effectiveUsers)
        for id in projectIDs where configuration.seed > 0 {
            try await store.seed(project: projects[id]!, projectID: id, upTo: configuration.seed, progress: seedProgress)
        }
        let authenticator = Authenticator(store: store, tokens: JWTToken(secret: try store.jwtSecret()))

        let shutdown = ShutdownLatch()
        let router = Router(context: BasicRequestContext.self)
        let log = try configuration.requestLogPath.map { try RequestLog(path: $0) }
        if let log {
            router.add(middleware: RequestLogMiddleware(log: log))
        }
        if let faults = configuration.faults, !faults.isEmpty {
            router.add(middleware: FaultMiddleware(injector: FaultInjector(spec: faults), shutdown: shutdown, logger: logger))
        }
        let leadRoutes = LeadRoutes(
            store: store, authenticator: authenticator, projects: projects, quirks: configuration.quirks,
            maxBodyBytes: configuration.maxBodyBytes, shutdown: shutdown)
        leadRoutes.register(on: router)
        SegmentRoutes(leads: leadRoutes, store: store).register(on: router)
        AuthRoutes(authenticator: authenticator, maxBodyBytes: configuration.maxBodyBytes).register(on: router)

        let bound = BoundPort()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "leads-sandbox"),
            onServerRunning: { channel in bound.resolve(.success(channel.localAddress?.port ?? configuration.port)) },
            logger: logger
        )
        let services = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint, .sighup] : [], logger: logger))
        let task = Task {
            do {
                try await services.run()
                bound.resolve(.failure(SandboxSetupError("the server stopped before it started")))
            } catch {
                bound.resolve(.failure(error))
                throw error
            }
        }
        do {
            let port = try await bound.value()
            var live: Task<Void, Never>?
            if let spec = configuration.live, !spec.isEmpty {
                let activity = LiveActivity(store: store, spec: spec, projects: projectIDs.map { ($0, projects[$0]!) }, log: log)
                live = Task { await activity.run() }
            }
            return SandboxServer(
                port: port, host: configuration.host, projectIDs: projectIDs, task: task, services: services, shutdown: shutdown, live: live)
        } catch {
            task.cancel()
            throw SandboxSetupError("cannot listen on \(configuration.host):\(configuration.port): \(error)")
        }
    }

    /// Warnings and errors only, on stderr: stdout belongs to `leads serve`'s banner.
    public static var quietLogger: Logger {
        var logger = Logger(label: "leads.sandbox") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return logger
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        live?.cancel()
        await live?.value
        shutdown.close()
        await services.triggerGracefulShutdown()
        _ = await task.result
    }

    /// Waits until the server stops (for `leads serve`).
    public func wait() async throws {
        try await task.value
    }
}

/// A one-shot hand-over of the bound port from the server's start-up callback.
private final class BoundPort: Sendable {
    private let state = Mutex<(result: Result<Int, Error>?, waiter: CheckedContinuation<Int, Error>?)>((nil, nil))

    func resolve(_ result: Result<Int, Error>) {
        let waiter: CheckedContinuation<Int, Error>? = state.withLock { state in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, Error>? = state.withLock { state in
                if let result = state.result { return result }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
