import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// B3: one scroll step on a 200x60 screen over a 100,000-lead list, as the program does it:
/// `update(.key(.down))`, the whole frame drawn through `NcursesCanvas` into curses, and
/// `doupdate` writing the difference to a pseudo-terminal, timed together. A thread reads the
/// terminal's other end as a terminal emulator would, counting the bytes. Outside the timing,
/// the same frame is drawn into an in-memory grid to count the cells that really changed and the
/// bytes those cells hold (B3b). Pages the view-model asks for are answered between steps by the
/// browser's own `EffectRunner` over an in-memory `LeadsAPI` that makes each page on demand.
/// Prints `median_ms p99_ms steps bytes_written changed_cell_bytes counted_steps layout_ms`, the
/// last the median of the same steps drawn into the in-memory grid alone.

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

/// A pseudo-terminal of 60 rows and 200 columns; its other end is drained on a thread of its
/// own, as a terminal emulator would read it, `total` bytes read so far.
final class TerminalReader: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let lock = NSLock()
    private var count = 0
    var total: Int { lock.withLock { count } }

    init() {
        // openpty is not in Swift's Glibc module map; it is in libc (glibc 2.34+) or libutil.
        typealias OpenPTY = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
                                            UnsafeMutablePointer<CChar>?, UnsafeRawPointer?, UnsafeRawPointer?) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "openpty") ?? dlsym(dlopen("libutil.so.1", RTLD_NOW), "openpty") else {
            fatalError("no openpty")
        }
        var m: Int32 = -1, s: Int32 = -1
        var size: [UInt16] = [60, 200, 0, 0]  // struct winsize: rows, columns, pixels
        guard unsafeBitCast(symbol, to: OpenPTY.self)(&m, &s, nil, nil, &size) == 0 else { fatalError("no pseudo-terminal") }
        (master, slave) = (m, s)
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { return }
                lock.withLock { count += n }
            }
        }
        thread.start()
    }

    /// Waits until nothing more arrives for 50 ms, so every byte written so far is counted.
    func settle() -> Int {
        var last = -1
        while true {
            let now = total
            if now == last { return now }
            last = now
            usleep(50_000)
        }
    }
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

/// Everything in one function, so the view-model, the runner and curses stay in one task.
func benchmark() async throws {
    let runner = EffectRunner(api: GeneratedLeads(), drafts: DraftStore(directory: NSTemporaryDirectory() + "leads-keystroke-cost"), post: { _ in })
    var state = AppState(leadIDPrefix: "bench")
    var pending = state.start() + state.update(.resize(rows: 60, columns: 200))

    /// Answers every effect the view-model asked for, results fed back until none is left.
    func answer(_ effects: [Effect], to state: AppState) async -> AppState {
        var state = state
        var queue = effects
        while let effect = queue.first {
            queue.removeFirst()
            if let message = await runner.result(of: effect) { queue += state.update(message) }
        }
        return state
    }

    state = await answer(pending, to: state)
    let reader = TerminalReader()
    let session = try TerminalSession(
        options: .init(mouse: false, bracketedPaste: false, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"]),
        inputFD: reader.slave, outputFD: reader.slave)
    let terminal = session.canvas
    guard terminal.width == 200, terminal.height == 60 else { fatalError("the terminal is \(terminal.width)x\(terminal.height)") }
    func frame(_ state: AppState, on terminal: NcursesCanvas) {
        terminal.beginFrame()
        BrowserScreen.draw(state, in: terminal)
        terminal.present()
    }
    let grid = GridCanvas(width: 200, height: 60)
    func gridFrame(_ state: AppState, in grid: GridCanvas) -> [[Cell]] {
        grid.clear()
        BrowserScreen.draw(state, in: grid)
        return grid.cells
    }
    frame(state, on: terminal)
    var samples: [Duration] = []
    let steps = 20_000
    samples.reserveCapacity(steps)
    for step in 0..<steps {
        let key: Key = (step / 2_000) % 2 == 0 ? .down : .up
        let started = ContinuousClock.now
        pending = state.update(.key(key))
        frame(state, on: terminal)
        samples.append(ContinuousClock.now - started)
        state = await answer(pending, to: state)
    }

    // B3b, untimed: 1,000 more steps (250 down, 250 up, ...), the bytes curses wrote for them against
    // the bytes of the cells whose character or style changed.
    // What bounds B3a, untimed by the target: the same steps drawn into the in-memory grid only
    // (`update` and the screen's layout, no curses, no terminal).
    var layoutSamples: [Duration] = []
    for step in 0..<4_000 {
        let started = ContinuousClock.now
        pending = state.update(.key((step / 2_000) % 2 == 0 ? .down : .up))
        grid.clear()
        BrowserScreen.draw(state, in: grid)
        layoutSamples.append(ContinuousClock.now - started)
        state = await answer(pending, to: state)
    }
    layoutSamples.sort()

    var shown = gridFrame(state, in: grid)
    let before = reader.settle()
    var changedBytes = 0
    let countedSteps = 1_000
    for step in 0..<countedSteps {
        pending = state.update(.key((step / 250) % 2 == 0 ? .down : .up))
        frame(state, on: terminal)
        let cells = gridFrame(state, in: grid)
        for (old, new) in zip(shown, cells) where old != new {
            for (a, b) in zip(old, new) where a != b { changedBytes += b.character.map { String($0).utf8.count } ?? 0 }
        }
        shown = cells
        state = await answer(pending, to: state)
    }
    let written = reader.settle() - before
    session.restore()
    samples.sort()
    print(String(format: "%.4f %.4f %d %d %d %d %.4f", milliseconds(samples[steps / 2]), milliseconds(samples[steps * 99 / 100]), steps,
                 written, changedBytes, countedSteps, milliseconds(layoutSamples[layoutSamples.count / 2])))
}

try await benchmark()
