import ArgumentParser
import Foundation
import LeadDuplicates
import TiledeskLeads

/// `leads duplicates`: the groups of leads that look like one person, with why and how sure.
/// The first run reads the whole project once; the index it leaves under `$XDG_CACHE_HOME/leads/`
/// makes the next runs read only what changed.
struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates", abstract: "Find leads that are the same person.",
        discussion: """
            Same email ignoring case and surrounding spaces; same phone in E.164 (read with libphonenumber, the lead's
            country giving national numbers their country); same name ignoring case, accents and word order together
            with the same company or city. Leads linked by any of these form one group, oldest first.
            Merge a group with `leads merge ID ID…`.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("Compare only these: email, phone, name (comma-separated).", valueName: "LIST"))
    var by: String = "email,phone,name"
    @Flag(exclusivity: .exclusive) var format: OutputFormat?
    @Flag(help: "Read every lead again instead of updating the index.") var rebuild = false
    @Option(help: "Leads per request on a full read.") var pageSize = 500

    var criteria: Set<DuplicateCriterion> {
        get throws {
            var criteria = Set<DuplicateCriterion>()
            for name in by.split(separator: ",") {
                let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard let criterion = DuplicateCriterion(rawValue: trimmed) else {
                    throw ValidationError("--by takes email, phone and name, not \(trimmed)")
                }
                criteria.insert(criterion)
            }
            guard !criteria.isEmpty else { throw ValidationError("--by needs at least one of email, phone, name") }
            return criteria
        }
    }

    func validate() throws {
        _ = try criteria
        if format == .csv { throw ValidationError("duplicates are printed as text, --json or --ndjson") }
        guard (1...10_000).contains(pageSize) else { throw ValidationError("--page-size must be from 1 to 10000") }
    }

    func run() async throws {
        let criteria = try criteria
        // Grouped while a changed index is written.
        let (groups, refresh) = try await APISession.with(connection) { client in
            let file = DuplicateIndexFile(baseURL: client.configuration.baseURL, projectID: client.configuration.projectID)
            let indexer = DuplicateIndexer(api: client, file: file, pageSize: pageSize)
            return try await indexer.refreshed(rebuild: rebuild, progress: ExportProgress(enabled: StandardError.isTerminal)) {
                (DuplicateFinder.groups($0, by: criteria), $1)
            }
        }
        let sink = OutputSink.standardOutput()
        switch format {
        case .json, .ndjson:
            // Written in chunks of a few hundred groups, two made at once on the two cores while
            // the one before is written: the 29 MB of a 100,000-lead project would be held whole,
            // and making the text of 40,000 groups was a fifth of a second look.
            let ndjson = format == .ndjson
            func text(_ range: Range<Int>) -> [UInt8] {
                var text: [UInt8] = []
                for number in range {
                    if !ndjson, number > 0 { text.append(44) }
                    DuplicateGroupText.writeJSON(groups[number], to: &text)
                    if ndjson { text.append(10) }
                }
                return text
            }
            if !ndjson { try sink.write("[") }
            let chunk = 500
            for start in stride(from: 0, to: groups.count, by: 2 * chunk) {
                let middle = min(start + chunk, groups.count)
                async let second = text(middle..<min(middle + chunk, groups.count))
                try sink.write(text(start..<middle))
                try sink.write(await second)
            }
            if !ndjson { try sink.write("]\n") }
        default: for (number, group) in groups.enumerated() { try sink.write((number > 0 ? "\n" : "") + DuplicateGroupText.text(group)) }
        }
        try sink.close()
        let leads = groups.reduce(0) { $0 + $1.entries.count }
        let how = switch refresh {
        case .built(let count): "read \(count) leads"
        case .updated(let changed, let removed): "index up to date: \(changed) changed, \(removed) gone since the last run"
        }
        StandardError.line("leads: \(groups.count) group\(groups.count == 1 ? "" : "s") of duplicates, \(leads) leads (\(how))")
        // Everything is written: end here rather than free 100,000 entries and 40,000 groups one
        // by one on the way out (a seventh of a second look), as compilers end without freeing.
        Foundation.exit(0)
    }
}
