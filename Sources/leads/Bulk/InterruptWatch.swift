import Foundation

/// Calls `handler` on the first SIGINT or SIGTERM instead of ending the process, so a bulk run can
/// finish what is in flight and report; a second signal ends it at once.
final class InterruptWatch: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    init(_ handler: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                StandardError.line("\nleads: stopping after the requests in flight (again to quit now)")
                handler()
                signal(number, SIG_DFL)
            }
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
