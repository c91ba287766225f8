import ArgumentParser
import Foundation
import TiledeskLeads

/// Runs the parsed command and turns every failure into one clear line on stderr and the
/// documented exit code: 0 ok, 1 error, 2 usage, 3 not found, 4 authentication, 5 conflict.
enum CommandRunner {
    static func main<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil) async -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(LeadsExitCode.ok.rawValue)
        } catch {
            let (code, message) = report(error, root: root)
            if let message {
                if code == .ok {
                    FileHandle.standardOutput.write(Data((message + "\n").utf8))
                } else {
                    StandardError.line(message)
                }
            }
            exit(code.rawValue)
        }
    }

    /// The exit code and the line to print for an error.
    static func report<Root: ParsableCommand>(_ error: any Error, root: Root.Type) -> (LeadsExitCode, String?) {
        switch error {
        case let error as CLIError:
            return (error.code, "leads: " + error.message)
        case let error as APIError:
            return (LeadsExitCode(error.kind), "leads: " + error.description)
        case let error as ConfigurationError:
            return (.usage, "leads: " + error.message)
        case let error as ValidationError:
            // Thrown by a command's run(): the parser's usage text would name the wrong command.
            return (.usage, "leads: " + error.message)
        case let error as ExitCode:
            return (LeadsExitCode(rawValue: error.rawValue) ?? .failure, nil)
        case is CancellationError:
            return (.failure, "leads: cancelled")
        default:
            let parserCode = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if parserCode == .success { return (.ok, message.isEmpty ? nil : message) }
            if parserCode == .validationFailure || error is ValidationError { return (.usage, message) }
            // Other parser errors are usage errors too; anything else is a plain failure.
            if String(reflecting: type(of: error)).contains("ArgumentParser") { return (.usage, message) }
            return (.failure, "leads: \(error)")
        }
    }
}
