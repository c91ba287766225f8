import Foundation
import LeadsTestSupport
import Synchronization

/// Runs the built `leads` binary as a user would: arguments, environment, stdin; collects exit
/// code, stdout and stderr. Secrets go through the environment or stdin, never argv. Every run
/// is bounded: a binary that hangs is killed after `timeout` and the test fails.
struct LeadsProcess {
    struct Result: Sendable {
        var code: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static var binary: String { LeadsBinary.path }

    static func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil, timeout: TimeInterval = 60
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try runBlocking(arguments, environment: environment, stdin: stdin, timeout: timeout))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Starts `leads` without waiting for it, its output dropped, for a test that kills it: the
    /// caller owns the process and must end it.
    static func start(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func runBlocking(_ arguments: [String], environment: [String: String], stdin: String?, timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()

        let killed = Mutex(false)
        let killer = DispatchWorkItem {
            if process.isRunning {
                killed.withLock { $0 = true }
                process.terminate()
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        killer.cancel()
        let timedOut = killed.withLock { $0 }
        return Result(
            code: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self), timedOut: timedOut)
    }
}
