import ArgumentParser
import Foundation
import LeadBrowser
import TiledeskLeads

/// The one way every command that changes many leads goes: resolve the selection (ids, or a query
/// read to the end), then either show it (`--dry-run`) or confirm the count and apply the edit a
/// few leads at a time with a progress bar, and end with one summary line, the leads that were
/// skipped or failed, `--failed FILE`, and exit 1 when any failed.
struct BulkFlow {
    let edit: BulkEdit
    let options: BulkOptions

    /// Where the leads come from.
    enum Source {
        case ids([String])
        case query(LeadQuery, LeadMatcher)
    }

    func run(_ source: Source, api: any LeadsAPI) async throws {
        let out = OutputSink.standardOutput()
        let show: (Lead, LeadChange) -> Void = { lead, change in try? out.write(BulkSelection.line(lead, change, edit: edit)) }
        var selection: BulkSelection
        switch source {
        case .ids(let ids):
            selection = options.dryRun ? try await .planning(ids, edit: edit, api: api, show: show) : .ids(ids)
        case .query(let query, let matcher):
            selection = try await .resolve(query: query, matcher: matcher, edit: edit, api: api, show: options.dryRun ? show : nil)
        }
        try out.close()
        if let walk = selection.walk { LeadPager.note(walk) }
        if options.dryRun {
            StandardError.line("leads: would \(edit.verb) \(Self.leads(selection.items.count))\(details(selection))")
            return
        }
        guard !selection.items.isEmpty else {
            StandardError.line("leads: nothing to \(edit.verb)\(details(selection))")
            return
        }
        if !options.yes { try confirm(selection.items.count) }
        let progress = BulkProgress(total: selection.items.count)
        let result = await BulkRunner(applier: BulkApplier(api: api, edit: edit)).run(selection.items, progress: progress)
        try report(result, selection)
    }

    /// `; 17 already as asked; read 100,000 leads, 1,251 matched`.
    private func details(_ selection: BulkSelection, unchanged: Int = 0) -> String {
        var parts: [String] = []
        let already = selection.alreadyDone + unchanged
        if already > 0 { parts.append("\(NumberText.grouped(already)) \(edit.alreadyDone)") }
        if !selection.missing.isEmpty { parts.append("\(NumberText.grouped(selection.missing.count)) not found") }
        if !selection.inTrash.isEmpty { parts.append("\(NumberText.grouped(selection.inTrash.count)) in the trash, left alone") }
        if let read = selection.read {
            parts.append("read \(Self.leads(read)), \(NumberText.grouped(selection.matched)) matched")
        }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ")
    }

    /// Asks on the terminal with the count; refuses without `--yes` when there is no one to ask.
    /// A delete for good is confirmed by typing the count, never by a reflexive `y`.
    private func confirm(_ count: Int) throws {
        guard StandardError.isTerminal else {
            throw CLIError(.usage, "refusing to \(edit.verb) \(Self.leads(count)) without --yes when not run from a terminal")
        }
        if case .deleteForever = edit {
            let answer = try SecretInput.prompt(
                "Delete \(Self.leads(count)) for good? This cannot be undone. Type \(count) to confirm: ", echo: true)
            guard answer == String(count) else { throw CLIError(.failure, "nothing deleted") }
        } else {
            let answer = try SecretInput.prompt("\(edit.verb.prefix(1).uppercased() + edit.verb.dropFirst()) \(Self.leads(count))? [y/N] ", echo: true)
            guard ["y", "yes"].contains(answer.lowercased()) else { throw CLIError(.failure, "nothing changed") }
        }
    }

    private func report(_ result: BulkRunner.Result, _ selection: BulkSelection) throws {
        for (title, list) in [("skipped", result.skipped), ("failed", result.failed)] where !list.isEmpty {
            for (id, reason) in list.prefix(20) { StandardError.line("leads: \(title) \(id): \(reason)") }
            if list.count > 20 { StandardError.line("leads: … and \(NumberText.grouped(list.count - 20)) more \(title)") }
        }
        var line = "leads: \(edit.pastTense) \(Self.leads(result.changed))\(details(selection, unchanged: result.unchanged))"
        if !result.skipped.isEmpty { line += "; \(NumberText.grouped(result.skipped.count)) skipped" }
        line += "; \(NumberText.grouped(result.failed.count)) failed"
        if !result.notDone.isEmpty { line += "; \(NumberText.grouped(result.notDone.count)) not done (stopped)" }
        StandardError.line(line)
        let retry = result.failed.map(\.id) + result.notDone
        if let path = options.failed {
            let sink = try OutputSink.file(path)
            try sink.write(retry.map { $0 + "\n" }.joined())
            try sink.close()
            if !retry.isEmpty { StandardError.line("leads: the ids to retry are in \(path) (… | leads \(edit.verb.split(separator: " ")[0]) --stdin)") }
        }
        if !retry.isEmpty { throw ExitCode(LeadsExitCode.failure.rawValue) }
    }

    static func leads(_ count: Int) -> String { "\(NumberText.grouped(count)) lead\(count == 1 ? "" : "s")" }
}
