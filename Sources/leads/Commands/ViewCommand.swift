import ArgumentParser

/// `leads view`: the saved views (`[[views]]` in config.toml) and the shared ones (segments on
/// the server): list, save, delete.
struct ViewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "List, save and delete saved views (local, or shared on the server with --shared).",
        subcommands: [ViewListCommand.self, ViewSaveCommand.self, ViewDeleteCommand.self])
}
