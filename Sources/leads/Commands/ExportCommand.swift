import ArgumentParser
import Foundation
import TiledeskLeads

/// `leads export`: every lead matching the filters, paged through the JSON API so every field
/// survives (attributes included; phones and zip codes stay text). Streams page by page. It
/// never leaves a silently short result: with `--output` it writes a temporary file and renames
/// it only when complete; on stdout an error ends it with a non-zero exit and a message.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export leads as JSON, NDJSON or CSV.",
        discussion: """
            The format defaults to the --output file's extension (.csv, .ndjson or .jsonl, else JSON).
            CSV has one column per field; tags, attributes, properties and unknown fields are JSON text.
            Leads come oldest first, streamed; with --sort, --asc or --desc they are collected and written in that order.
            On a project that changes meanwhile every lead there throughout is written exactly once, and stderr says
            how many arrived or left during the export.
            --server-csv downloads the server's own CSV instead (';'-separated, no attributes, no trash).
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var filters: LeadFilterOptions
    @OptionGroup var views: ViewOption
    @OptionGroup var match: LeadMatchOptions
    @Flag(exclusivity: .exclusive) var format: OutputFormat?
    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE (mode 0600) instead of stdout.", valueName: "FILE")) var output: String?
    @Flag(help: "Download the server's own CSV export.") var serverCSV = false
    @Option(help: "Leads per request.") var pageSize = 500

    func validate() throws {
        guard (1...10_000).contains(pageSize) else { throw ValidationError("--page-size must be from 1 to 10000") }
        if serverCSV, format != nil { throw ValidationError("--server-csv is a format of its own") }
        if serverCSV, filters.trash { throw ValidationError("the server cannot export the trash as CSV; use --csv") }
        if serverCSV, views.view != nil { throw ValidationError("the server's CSV export reads no segment or tag; use --csv with --view") }
        if serverCSV, match.isGiven { throw ValidationError("the server's CSV cannot be filtered by --where or the date filters; use --csv") }
    }

    var effectiveFormat: OutputFormat {
        if let format { return format }
        let name = output?.lowercased() ?? ""
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl") { return .ndjson }
        return .json
    }

    func run() async throws {
        let temporary = output.map { $0 + ".partial-\(getpid())" }
        let sink = try temporary.map(OutputSink.file) ?? OutputSink.standardOutput()
        // Ctrl-C or a kill must not leave a half-written file behind either.
        // Interrupted, the export leaves no partial file behind.
        let cleanup = temporary.map { path in
            InterruptWatch { _ in
                unlink(path)
                StandardError.line("\nleads: export interrupted; nothing was written")
                Foundation.exit(130)
            }
        }
        defer { cleanup?.cancel() }
        do {
            let total = try await APISession.with(connection) { client in
                serverCSV ? try await downloadServerCSV(client, sink) : try await export(client, sink)
            }
            try sink.close()
            if let output, let temporary {
                guard rename(temporary, output) == 0 else {
                    throw CLIError(.failure, "cannot write \(output): \(String(cString: strerror(errno)))")
                }
                StandardError.line("leads: exported \(total) lead\(total == 1 ? "" : "s") to \(output)")
            }
        } catch {
            if let temporary {
                try? sink.close()
                unlink(temporary)
            } else {
                try? sink.flush()
            }
            if StandardError.isTerminal, output != nil || !sink.isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            // One line: why, and that no partial file was left behind.
            guard let output else { throw error }
            let (code, message) = CommandRunner.report(error, root: Leads.self)
            throw CLIError(code, "\(message.map { String($0.trimmingPrefix("leads: ")) } ?? "export failed") — \(output) was not written")
        }
    }

    private func export(_ client: HTTPLeadsClient, _ sink: OutputSink) async throws -> Int {
        let writer = ListCommand.writer(effectiveFormat, sink)
        let progress = ExportProgress(enabled: StandardError.isTerminal && (output != nil || !sink.isTerminal))
        try writer.begin()
        // LeadWalk reads in _id order (the only order that stays exact on a live project); an
        // order asked for is applied once everything is read.
        let filter = match.isGiven ? LocalFilter(matcher: try match.matcher()) : nil
        let view = try await views.resolve(client)
        let base = filters.query(page: 0, limit: pageSize, view: view)
        let query = filter?.matcher.narrowing(base) ?? base
        let ordered = filters.orderGiven(view: view)
        var collected: [Lead] = []
        var matched = 0
        let summary = try await LeadPager(api: client, query: query).run { leads, read, total in
            let kept = filter.map { filter in leads.filter(filter.matcher.matches) } ?? leads
            matched += kept.count
            if ordered { collected += kept } else { try writer.write(kept) }
            progress.show(read, max(read, total))
        }
        if ordered { try writer.write(filters.order(view: view).sorted(collected)) }
        try writer.finish()
        progress.finish()
        LeadPager.note(summary)
        if filter != nil { StandardError.line(LocalFilter.summary(read: summary.read, matched: matched)) }
        return matched
    }

    /// The server's CSV comes in pages of 100,000 rows, each with its header; the header is kept once.
    private func downloadServerCSV(_ client: HTTPLeadsClient, _ sink: OutputSink) async throws -> Int {
        let query = filters.query(page: 0, limit: 1)
        let total = try await client.list(query).count
        let pages = max(1, (total + 99_999) / 100_000)
        for number in 0..<pages {
            var data = try await client.exportCSV(query.page(number))
            if number > 0, let newline = data.firstIndex(of: 10) { data = data.subdata(in: (newline + 1)..<data.endIndex) }
            try sink.write(data)
        }
        return total
    }
}
