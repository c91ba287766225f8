import ArgumentParser

/// The options every command that changes many leads shares.
struct BulkOptions: ParsableArguments {
    @Flag(help: "Read lead ids from standard input: one a line, or the JSON/NDJSON of `leads list --json/--ndjson`.")
    var stdin = false
    @Flag(help: "Show what would change and how many leads, and change nothing.") var dryRun = false
    @Flag(help: "Do not ask (for scripts; without it, many leads are only changed after a yes on a terminal).") var yes = false
    @Option(help: ArgumentHelp("Write the ids of leads that failed (or were not reached) to FILE, one a line, for a retry with --stdin.", valueName: "FILE"))
    var failed: String?
}
