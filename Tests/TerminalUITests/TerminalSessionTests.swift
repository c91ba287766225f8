import Foundation
import LeadBrowser
import Testing
@testable import TerminalUI

/// Runs the real ncurses backend on a pseudo-terminal: keys written to the master side come out of
/// `readInput` + `KeyDecoder`, drawing reaches the terminal as UTF-8, and `restore` gives the
/// terminal its modes back. Serialized: curses has one current screen per process.
@Suite(.serialized) struct TerminalSessionTests {
    final class PTY {
        let master: Int32
        let slave: Int32
        init() throws {
            // openpty is not in Swift's Glibc module map; it is in libc (glibc 2.34+) or libutil.
            typealias OpenPTY = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
                                                UnsafeMutablePointer<CChar>?, UnsafeRawPointer?, UnsafeRawPointer?) -> Int32
            let handle = dlopen(nil, RTLD_NOW)
            guard let symbol = dlsym(handle, "openpty") ?? dlsym(dlopen("libutil.so.1", RTLD_NOW), "openpty") else {
                throw POSIXError(.ENOSYS)
            }
            var m: Int32 = -1, s: Int32 = -1
            guard unsafeBitCast(symbol, to: OpenPTY.self)(&m, &s, nil, nil, nil) == 0 else { throw POSIXError(.ENOTTY) }
            master = m
            slave = s
        }
        deinit { close(slave); close(master) }

        func send(_ text: String) {
            var bytes = Array(text.utf8)
            _ = write(master, &bytes, bytes.count)
        }

        /// Everything the program wrote so far, without blocking.
        func output(waitingUpTo timeout: Duration = .milliseconds(200)) -> String {
            var data: [UInt8] = []
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline, poll(&fds, 1, 20) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                data += buffer[0..<n]
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    let options = TerminalSession.Options(environment: ["TERM": "xterm-256color"])

    @Test func keysTypedOnARealTerminalAreDecoded() throws {
        let pty = try PTY()
        let session = try TerminalSession(options: options, inputFD: pty.slave, outputFD: pty.slave)
        defer { session.restore() }
        _ = pty.output()
        pty.send("a\u{1B}[A\u{1B}b\u{1B}[200~hi there\u{1B}[201~\u{7F}\r")
        let expected: [InputEvent] = [.key(.char("a")), .key(.up), .key(.alt("b")), .key(.paste("hi there")),
                                      .key(.backspace), .key(.enter)]
        var decoder = KeyDecoder()
        var events: [InputEvent] = []
        let deadline = ContinuousClock.now + .seconds(3)
        while events.count < expected.count, ContinuousClock.now < deadline {
            var fds = [pollfd(fd: pty.slave, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 50)
            for input in session.readInput() { events += decoder.feed(input) }
            if !decoder.isInPaste { events += decoder.endOfInput() }
        }
        #expect(events == expected)
    }

    @Test func drawingReachesTheTerminalAsTextAndRestoreGivesTheModesBack() throws {
        let pty = try PTY()
        var before = termios()
        tcgetattr(pty.slave, &before)
        let session = try TerminalSession(options: options, inputFD: pty.slave, outputFD: pty.slave)
        var during = termios()
        tcgetattr(pty.slave, &during)
        #expect(during.c_lflag & tcflag_t(ECHO | ICANON) == 0)
        let setup = pty.output()
        #expect(setup.contains("\u{1B}[?2004h"))  // bracketed paste on

        session.canvas.beginFrame()
        session.canvas.draw("Hello 東京 \u{1B}]0;x\u{07}", x: 0, y: 0, style: .selected)
        session.canvas.present()
        let frame = pty.output()
        #expect(frame.contains("Hello 東京"))
        #expect(frame.contains("␛]0;x␇"))
        #expect(!frame.contains("\u{1B}]0;"))  // the data's escape sequence never went out raw

        session.restore()
        let teardown = pty.output()
        #expect(teardown.contains("\u{1B}[?2004l"))  // bracketed paste off
        var after = termios()
        tcgetattr(pty.slave, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(!session.isActive)
    }

    @Test func theRunnerDecodesKeysRunsMessagesAndDrawsAFramePerBatch() throws {
        enum Msg: Sendable { case loaded(String) }
        let pty = try PTY()
        let session = try TerminalSession(options: options, inputFD: pty.slave, outputFD: pty.slave)
        let loop = try EventLoop<Msg>(inputFD: pty.slave)
        let runner = TerminalRunner(session: session, loop: loop)
        loop.schedule(.loaded("guard"), after: .seconds(5), key: "guard")
        loop.mailbox.post(.loaded("page 1"))
        pty.send("j\u{1B}[Bq")
        var keys: [InputEvent] = []
        var messages: [String] = []
        var frames = 0
        runner.run(onInput: { event in
            keys.append(event)
            if event == .key(.char("q")) { loop.stop() }
        }, onMessage: { message in
            if case .loaded(let text) = message { messages.append(text) }
            if messages.contains("guard") { loop.stop() }
        }, draw: { canvas in
            frames += 1
            canvas.draw("frame \(frames) \(messages.joined())", x: 0, y: 0)
        })
        runner.session.restore()
        #expect(keys == [.key(.char("j")), .key(.down), .key(.char("q"))])
        #expect(messages == ["page 1"])
        #expect(frames >= 2)
        #expect(pty.output().contains("page 1"))
    }

    @Test func notATerminalIsRefusedWithAPointerToTheScriptingCommands() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(throws: TerminalError.notATerminal(stdin: false, stdout: false)) {
            try TerminalSession.checkTerminal(inputFD: fds[0], outputFD: fds[1])
        }
        #expect(TerminalError.notATerminal(stdin: false, stdout: true).description.contains("leads list"))
    }

    @Test func anUnusableTermIsAnErrorNotAnExit() throws {
        let pty = try PTY()
        #expect(throws: TerminalError.cannotInitialize(term: "dumb")) {
            _ = try TerminalSession(options: .init(environment: ["TERM": "dumb"]), inputFD: pty.slave, outputFD: pty.slave)
        }
        #expect(throws: TerminalError.cannotInitialize(term: "no-such-terminal-type")) {
            _ = try TerminalSession(options: .init(environment: ["TERM": "no-such-terminal-type"]),
                                    inputFD: pty.slave, outputFD: pty.slave)
        }
    }
}
