import ArgumentParser

/// The `leads` command: browse, script and serve Tiledesk leads.
@main
struct Leads: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leads",
        abstract: "Browse and edit Tiledesk leads from the terminal.",
        subcommands: [ServeCommand.self, DemoCommand.self]
    )
}
