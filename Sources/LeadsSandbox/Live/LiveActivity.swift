import Foundation
import TiledeskLeads

/// A busy project on demand (`leads serve --live`): visitors arriving through the chat widget,
/// filling in their details later, other agents editing, trashing and restoring, at the rates of
/// a `LiveSpec`. Each event changes the store exactly as its route would and is written to the
/// request log with its time and the lead's id, so a test can tell which leads existed for the
/// whole of a run.
///
/// Events are scheduled on a virtual timeline drawn from the seed (exponential gaps, so they
/// come as unevenly as real visitors), then played against the wall clock; a slow moment is
/// caught up at once, so the rates hold on average and the sequence of events is the same for the
/// same seed and data.
final class LiveActivity: Sendable {
    let store: LeadStore
    let spec: LiveSpec
    /// (project id, store row) for every project that moves.
    let projects: [(id: String, row: Int64)]
    let log: RequestLog?

    init(store: LeadStore, spec: LiveSpec, projects: [(id: String, row: Int64)], log: RequestLog?) {
        self.store = store
        self.spec = spec
        self.projects = projects
        self.log = log
    }

    /// Plays events until the task is cancelled.
    func run() async {
        var streams = projects.map { LiveStream(projectID: $0.id, row: $0.row, seed: spec.seed) }
        let kinds = LiveSpec.Kind.allCases.filter { (spec.rates[$0] ?? 0) > 0 }
        guard !kinds.isEmpty, !streams.isEmpty else { return }
        let start = ContinuousClock.now
        // Seconds after start at which each (stream, kind) fires next.
        var due: [[Double]] = []
        for index in streams.indices {
            var times: [Double] = []
            for kind in kinds { times.append(streams[index].gap(rate: spec.rates[kind]!)) }
            due.append(times)
        }
        while !Task.isCancelled {
            var best = (stream: 0, kind: 0)
            for s in due.indices { for k in due[s].indices where due[s][k] < due[best.stream][best.kind] { best = (s, k) } }
            let at = start + .milliseconds(Int64(due[best.stream][best.kind] * 1000))
            if at > ContinuousClock.now {
                do { try await Task.sleep(until: at, clock: .continuous) } catch { return }
            }
            let kind = kinds[best.kind]
            do {
                try await perform(kind, on: &streams[best.stream])
            } catch {
                // A failed event (the database busy for longer than its timeout) is skipped, as a
                // visitor who closes the page is; the next one comes on schedule.
            }
            due[best.stream][best.kind] += streams[best.stream].gap(rate: spec.rates[kind]!)
        }
    }

    private func perform(_ kind: LiveSpec.Kind, on stream: inout LiveStream) async throws {
        let project = stream.row
        let base = "/\(stream.projectID)/leads"
        let started = ContinuousClock.now
        switch kind {
        case .chat:
            let lead = try await store.insert(project: project, stream.visitor())
            stream.waiting.append(lead.id)
            record("POST \(base)", started, kind, lead.id)
        case .fill:
            guard !stream.waiting.isEmpty else { return }
            let id = stream.waiting.remove(at: stream.random.below(stream.waiting.count))
            let (name, email) = stream.identity()
            guard try await store.mutate(project: project, id: id, { lead in
                lead.fullname = name
                lead.email = email
            }) != nil else { return }
            record("PUT \(base)/\(id)", started, kind, id)
        case .edit:
            guard let id = try await store.leadID(project: project, status: LeadStatus.normal, pick: stream.random.next()) else { return }
            let edit = stream.edit()
            guard try await store.mutate(project: project, id: id, edit.apply) != nil else { return }
            record("\(edit.method) \(base)/\(id)\(edit.pathSuffix)", started, kind, id)
        case .trash:
            guard let id = try await store.leadID(project: project, status: LeadStatus.normal, pick: stream.random.next()) else { return }
            guard try await store.mutate(project: project, id: id, { $0.status = LeadStatus.trashed }) != nil else { return }
            stream.waiting.removeAll { $0 == id }
            record("DELETE \(base)/\(id)", started, kind, id)
        case .restore:
            guard let id = try await store.leadID(project: project, status: LeadStatus.trashed, pick: stream.random.next()) else { return }
            guard try await store.mutate(project: project, id: id, { $0.status = LeadStatus.normal }) != nil else { return }
            record("PUT \(base)/\(id)", started, kind, id)
        }
    }

    /// `METHOD TARGET 200 MS TIME live:KIND ID`: the request log's line with what moved and which lead.
    private func record(_ target: String, _ started: ContinuousClock.Instant, _ kind: LiveSpec.Kind, _ id: String) {
        guard let log else { return }
        log.append("\(target) 200 \(RequestLog.milliseconds(since: started)) \(ISOTime.format(Date())) live:\(kind.rawValue) \(id)")
    }
}
