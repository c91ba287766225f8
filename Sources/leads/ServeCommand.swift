import ArgumentParser

/// `leads serve`: the Tiledesk-compatible sandbox server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the sandbox server.")
    func run() async throws {}
}
