import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// One scroll step on a 200x60 screen over a 100,000-lead list: `update(.key(.down))` then a whole
/// frame drawn into the in-memory canvas, timed together. Pages the view-model asks for are
/// answered between steps, outside the timing, by the browser's own `EffectRunner` over an
/// in-memory `LeadsAPI` that makes each page on demand.
/// Prints `median_ms p99_ms steps`.

let total = 100_000
let names = ["Zoë Ångström", "María José Núñez", "東京 太郎", "Екатерина Петрова", "מרים כהן", "😀 Joy Δημητρίου", "Giulia Esposito"]
let cities = ["Stockholm", "Sevilla", "東京", "Казань", "תל אביב", "Αθήνα", "Roma"]

func lead(_ row: Int) -> Lead {
    let name = names[row % names.count]
    return Lead(
        id: String(format: "65a1f0c2e4b0a1b2%08x", row), leadID: "web-\(row)", fullname: "\(name) \(row)",
        email: "user\(row)@example.com", phone: "+39 02 \(1_000_000 + row)", company: "Company \(row % 97)",
        city: cities[row % cities.count], country: "Italy", tags: ["vip", "b2b", "lead/cold"].prefix(row % 4).map { $0 },
        attributes: ["plan": .string("pro"), "seats": .int(Int64(row % 50))], status: 100,
        createdAt: Date(timeIntervalSince1970: 1_700_000_000 - Double(row) * 60),
        updatedAt: Date(timeIntervalSince1970: 1_700_000_000 - Double(row) * 30))
}

/// The 100,000 leads, made page by page when asked; nothing else is needed for scrolling.
struct GeneratedLeads: LeadsAPI {
    struct Unused: Error {}
    func list(_ query: LeadQuery) async throws -> LeadPage {
        let start = query.page * query.limit
        return LeadPage(perPage: query.limit, count: total, leads: (start..<min(start + query.limit, total)).map(lead))
    }
    func get(id: String) async throws -> Lead { throw Unused() }
    func create(_ lead: Lead) async throws -> Lead { throw Unused() }
    func update(id: String, change: LeadChange, justRead: Bool) async throws -> Lead { throw Unused() }
    func addTags(id: String, tags: [String]) async throws -> Lead { throw Unused() }
    func removeTag(id: String, tag: String) async throws -> Lead { throw Unused() }
    func mergeAttributes(id: String, _ attributes: [String: JSONValue]) async throws -> Lead { throw Unused() }
    func mergeProperties(id: String, _ properties: [String: JSONValue]) async throws -> Lead { throw Unused() }
    func trash(id: String) async throws -> Lead { throw Unused() }
    func restore(id: String) async throws -> Lead { throw Unused() }
    func deleteForever(id: String) async throws { throw Unused() }
    func exportCSV(_ query: LeadQuery) async throws -> Data { throw Unused() }
}

let runner = EffectRunner(api: GeneratedLeads(), drafts: DraftStore(directory: NSTemporaryDirectory() + "leads-keystroke-cost"), post: { _ in })
var state = AppState(leadIDPrefix: "bench")
var pending = state.start() + state.update(.resize(rows: 60, columns: 200))

/// Answers every effect the view-model asked for, results fed back until none is left.
func answer(_ effects: [Effect], to state: inout AppState) async {
    var queue = effects
    while let effect = queue.first {
        queue.removeFirst()
        if let message = await runner.result(of: effect) { queue += state.update(message) }
    }
}

await answer(pending, to: &state)
let canvas = GridCanvas(width: 200, height: 60)
BrowserScreen.draw(state, in: canvas)
var samples: [Duration] = []
let steps = 20_000
samples.reserveCapacity(steps)
for step in 0..<steps {
    let key: Key = (step / 2_000) % 2 == 0 ? .down : .up
    let started = ContinuousClock.now
    pending = state.update(.key(key))
    BrowserScreen.draw(state, in: canvas)
    samples.append(ContinuousClock.now - started)
    await answer(pending, to: &state)
}
samples.sort()
func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}
print(String(format: "%.4f %.4f %d", milliseconds(samples[steps / 2]), milliseconds(samples[steps * 99 / 100]), steps))
