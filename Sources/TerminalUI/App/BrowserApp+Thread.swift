import Foundation
import LeadBrowser
import TiledeskLeads

extension BrowserApp {
    /// Runs the browser on a thread of its own and waits for it without blocking a thread of the
    /// concurrency pool: the loop sleeps in `poll()` for the whole session, and ncurses must stay
    /// on one thread, while requests run as tasks on the pool.
    public static func runOnOwnThread(api: any LeadsAPI, options: BrowserOptions) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try run(api: api, options: options))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "leads-terminal"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
