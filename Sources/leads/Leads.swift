import ArgumentParser

/// The `leads` command: browse, script and serve Tiledesk leads.
@main
struct Leads: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leads",
        abstract: "Browse and edit Tiledesk leads from the terminal.",
        discussion: """
            Connection: --url / TILEDESK_URL, --project / TILEDESK_PROJECT, and TILEDESK_TOKEN, or TILEDESK_EMAIL and
            TILEDESK_PASSWORD, or a profile saved by `leads login`. Exit codes: 0 ok, 1 error, 2 usage, 3 not found,
            4 authentication, 5 conflict.
            """,
        version: Version.text(),
        subcommands: [
            BrowseCommand.self, ListCommand.self, GetCommand.self, CreateCommand.self, UpdateCommand.self, EditCommand.self, TagCommand.self,
            DeleteCommand.self, RestoreCommand.self, ExportCommand.self, ImportCommand.self, LoginCommand.self, LogoutCommand.self,
            ServeCommand.self, DemoCommand.self, KeysCommand.self, DuplicatesCommand.self, MergeCommand.self, ViewCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Replaces ArgumentParser's exit codes with the documented ones.
    static func main() async {
        await CommandRunner.main(Leads.self)
    }
}
