import Foundation

/// Buffered output to stdout or a file. An export writes hundreds of thousands of lines; one
/// `write(2)` per line would dominate its time. Write errors (a full disk, a closed pipe) are
/// thrown, never ignored, so a short file is never reported as a success.
final class OutputSink {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    let isTerminal: Bool
    /// Where the bytes go, for messages.
    let name: String

    static func standardOutput() -> OutputSink { OutputSink(fd: STDOUT_FILENO, owns: false, name: "standard output") }

    /// A new file created with mode 0600 (exports hold personal data).
    static func file(_ path: String) throws -> OutputSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CLIError(.failure, "cannot write \(path): \(String(cString: strerror(errno)))") }
        return OutputSink(fd: fd, owns: true, name: path)
    }

    private init(fd: Int32, owns: Bool, name: String) {
        self.fd = fd
        self.ownsDescriptor = owns
        self.name = name
        self.isTerminal = isatty(fd) != 0
        buffer.reserveCapacity(limit + 4096)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { try flush() }
    }

    func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { try flush() }
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw CLIError(.failure, "cannot write to \(name): \(reason)")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, syncs and closes it.
    func close() throws {
        try flush()
        if ownsDescriptor {
            guard fsync(fd) == 0 else { throw CLIError(.failure, "cannot write \(name): \(String(cString: strerror(errno)))") }
            Foundation.close(fd)
        }
    }
}
