import Foundation

/// Calls `handler` with the signal on SIGINT or SIGTERM instead of ending the process, until
/// cancelled: an export removes its temporary file and exits, a bulk run finishes what is in
/// flight and reports (restoring the default, so a second signal ends it at once).
final class InterruptWatch: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    init(_ handler: @escaping @Sendable (Int32) -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
