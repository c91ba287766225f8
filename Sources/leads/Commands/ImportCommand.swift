import ArgumentParser
import Foundation
import LeadBrowser
import ScreenText
import TiledeskLeads

/// `leads import FILE`: creates leads (or updates matched ones), reports each bad record with
/// where it is and why, and prints a summary. `--dry-run` reads and matches but changes nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Create or update leads from a JSON, NDJSON or CSV file.",
        discussion: """
            The format defaults to the file's extension. Fields go by their API names, as `leads export` writes them.
            --match lead_id or --match email updates the lead already carrying that value (text fields set,
            tags added, attributes merged) instead of creating another. The exit code is 1 when any record failed.
            """)

    enum Match: String, ExpressibleByArgument {
        case leadID = "lead_id"
        case email
    }

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The file to import.") var file: String
    @Flag(exclusivity: .exclusive) var format: OutputFormat?
    @Flag(help: "Check and match every record but change nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Update the lead with the same lead_id or email.", valueName: "lead_id|email")) var match: Match?
    @Flag(help: "Do not create a record whose email, phone or name another lead has.") var skipDuplicates = false

    var effectiveFormat: OutputFormat {
        if let format { return format }
        let name = file.lowercased()
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl") { return .ndjson }
        return .json
    }

    func run() async throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw CLIError(.failure, "cannot read \(file): \(error.localizedDescription)")
        }
        let records = try ImportReader.records(text, format: effectiveFormat)
        var counts = (created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0)
        func fail(_ record: ImportRecord, _ why: String) {
            counts.failed += 1
            StandardError.line("leads: \(TerminalText.sanitized(file)) \(record.place): \(TerminalText.sanitized(why))")
        }
        try await APISession.with(connection) { client in
            let index = match == .leadID ? try await leadIDIndex(client) : [:]
            let duplicates = DuplicateWarning(client: client)
            for record in records {
                let lead: Lead
                switch record.result {
                case .failure(let problem):
                    fail(record, problem.description)
                    continue
                case .success(let read): lead = read
                }
                do {
                    guard let existing = try await matched(lead, client: client, index: index) else {
                        let found = DuplicateWarning.describe(try await duplicates.matches(for: lead))
                        for line in found {
                            StandardError.line("leads: \(TerminalText.sanitized(file)) \(record.place): \(skipDuplicates ? "skipped, " : "")\(line)")
                        }
                        if skipDuplicates, !found.isEmpty {
                            counts.skipped += 1
                            continue
                        }
                        if !dryRun { _ = try await client.create(lead) }
                        counts.created += 1
                        continue
                    }
                    let change = LeadChange.between(existing, Self.merged(existing, with: lead))
                    if change.isEmpty {
                        counts.unchanged += 1
                    } else {
                        if !dryRun { _ = try await client.update(id: existing.id, change: change) }
                        counts.updated += 1
                    }
                } catch let problem as ImportProblem {
                    fail(record, problem.description)
                } catch let error as APIError where error.kind == .invalid || error.kind == .notFound || error.kind == .conflict {
                    fail(record, error.description)
                }
            }
        }
        let verb = dryRun ? "would create" : "created"
        let summary =
            "\(verb) \(counts.created), \(dryRun ? "would update" : "updated") \(counts.updated), unchanged \(counts.unchanged), failed \(counts.failed)"
                + (skipDuplicates ? ", skipped \(counts.skipped) as duplicates" : "") + (dryRun ? " (dry run: nothing was changed)" : "")
        FileHandle.standardOutput.write(Data((summary + "\n").utf8))
        if counts.failed > 0 { throw ExitCode(LeadsExitCode.failure.rawValue) }
    }

    /// Every lead's `lead_id`, read once (the server cannot filter by it).
    private func leadIDIndex(_ client: HTTPLeadsClient) async throws -> [String: Lead] {
        var index: [String: Lead] = [:]
        let summary = try await LeadPager(api: client, query: LeadQuery(limit: 500)).run { leads, _, _ in
            for lead in leads { if let leadID = lead.leadID { index[leadID] = lead } }
        }
        LeadPager.note(summary)
        return index
    }

    private func matched(_ lead: Lead, client: HTTPLeadsClient, index: [String: Lead]) async throws -> Lead? {
        switch match {
        case nil: return nil
        case .leadID?:
            return lead.leadID.flatMap { index[$0] }
        case .email?:
            guard let email = lead.email, !email.isEmpty else { return nil }
            let page = try await client.list(LeadQuery(limit: 2, email: email))
            guard page.count <= 1 else { throw ImportProblem("\(page.count) leads have the email \(email); cannot tell which to update") }
            return page.leads.first
        }
    }

    /// The existing lead with the record's non-empty fields set, its tags added, its attributes
    /// and properties merged: an import adds to what is there, it does not erase.
    static func merged(_ existing: Lead, with record: Lead) -> Lead {
        var result = existing
        for field in LeadField.allCases {
            if let value = record[field], !value.isEmpty { result[field] = value }
        }
        for tag in record.tags where !result.tags.contains(tag) { result.tags.append(tag) }
        if let attributes = record.attributes, !attributes.isEmpty {
            result.attributes = (existing.attributes ?? [:]).merging(attributes) { $1 }
        }
        if let properties = record.properties, !properties.isEmpty {
            result.properties = (existing.properties ?? [:]).merging(properties) { $1 }
        }
        return result
    }
}
