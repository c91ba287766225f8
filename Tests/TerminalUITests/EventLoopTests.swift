import Foundation
import Testing
@testable import TerminalUI

/// The loop blocks its thread in poll(), as it will on the main thread of the app; posts come
/// from Dispatch threads because test functions run on the (small) cooperative pool.
@Suite struct EventLoopTests {
    enum Msg: Sendable, Equatable { case fromTask(Int), deadline, tick(Int) }

    @Test func aMessagePostedFromATaskWakesTheLoop() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        loop.schedule(.deadline, after: .seconds(5), key: "guard")  // fails the test instead of hanging
        let mailbox = loop.mailbox
        DispatchQueue.global().async { mailbox.post(.fromTask(42)) }
        var received: [Msg] = []
        loop.run { event in
            if case .message(let m) = event { received.append(m); loop.stop() }
        }
        #expect(received == [.fromTask(42)])
    }

    @Test func timersFireInDeadlineOrderAndADebounceKeyReplaces() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        loop.schedule(.tick(1), after: .milliseconds(30), key: "search")
        loop.schedule(.tick(2), after: .milliseconds(10))
        loop.schedule(.tick(3), after: .milliseconds(20), key: "search")  // replaces tick(1)
        loop.schedule(.deadline, after: .milliseconds(60))
        var received: [Msg] = []
        loop.run { event in
            guard case .message(let m) = event else { return }
            received.append(m)
            if m == .deadline { loop.stop() }
        }
        #expect(received == [.tick(2), .tick(3), .deadline])
    }

    @Test func anIdleLoopSleepsInsteadOfSpinning() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        let start = ContinuousClock.now
        loop.schedule(.deadline, after: .milliseconds(100))
        loop.run { _ in loop.stop() }
        #expect(ContinuousClock.now - start >= .milliseconds(100))
        #expect(loop.wakeups <= 2)
    }

    @Test func readableInputIsReported() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let loop = try EventLoop<Msg>(inputFD: fds[0])
        loop.schedule(.deadline, after: .seconds(5))
        var byte: UInt8 = 0x61
        _ = write(fds[1], &byte, 1)
        var sawInput = false
        loop.run { event in
            if case .input = event { sawInput = true }
            loop.stop()
        }
        #expect(sawInput)
    }

    @Test func aClosedTerminalIsReportedOnceInsteadOfSpinning() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let loop = try EventLoop<Msg>(inputFD: fds[0])
        close(fds[1])  // the other end hangs up
        loop.schedule(.deadline, after: .milliseconds(80))
        var events: [String] = []
        loop.run { event in
            switch event {
            case .inputClosed: events.append("closed")
            case .message(.deadline): events.append("deadline"); loop.stop()
            default: events.append("other")
            }
        }
        #expect(events == ["closed", "deadline"])
        #expect(loop.wakeups <= 3)
    }

    @Test func anInputDeadlineProducesAnInputTimeout() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        loop.inputDeadline = .now + .milliseconds(25)
        loop.schedule(.deadline, after: .seconds(5))
        var events: [String] = []
        loop.run { event in
            if case .inputTimeout = event { events.append("timeout") }
            loop.stop()
        }
        #expect(events == ["timeout"])
    }

    @Test func signalsArriveAsSignalEvents() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        loop.schedule(.deadline, after: .seconds(5))
        let mailbox = loop.mailbox
        DispatchQueue.global().async { mailbox.postSignal(SIGTERM) }
        var signal: Int32?
        loop.run { event in
            if case .signal(let s) = event { signal = s }
            loop.stop()
        }
        #expect(signal == SIGTERM)
    }

    @Test func afterBatchRunsOncePerWakeUp() throws {
        let loop = try EventLoop<Msg>(inputFD: nil)
        for i in 0..<5 { loop.mailbox.post(.tick(i)) }
        var frames = 0
        var count = 0
        loop.run({ _ in count += 1 }, afterBatch: { frames += 1; loop.stop() })
        #expect(count == 5)
        #expect(frames == 1)
    }
}
