import ArgumentParser
import Foundation
import LeadBrowser
import LeadDuplicates
import TiledeskLeads

/// `leads merge ID ID…`: makes several leads of one person one. The survivor (the oldest unless
/// `--into`) gets the others' values where it has none (or by `--prefer`), every tag, their
/// attributes key by key and their notes; a review lists the result, what happens to the others
/// and every value not kept. Then one minimal update of the survivor, and each other lead gets
/// `attributes.mergedInto` and goes to the trash; the survivor keeps what the merge changed in
/// `attributes.mergedFrom`, so `--undo` can reverse it (`MergeCommand+Undo`). Run again after a
/// failure, it finishes the job without doing any part twice.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge leads of one person into one.",
        discussion: """
            Without --yes it asks before writing (and refuses without a terminal). --dry-run shows the review only.
            --undo SURVIVOR reverses the last merge into SURVIVOR: the merged leads come out of the trash, and the
            survivor's values the merge wrote go back unless changed since (those are named and left as they are).
            --prefer survivor keeps the survivor's value unless it is empty; newest takes the most recently updated
            lead's; longest the longest value. Tags are united, attributes merged key by key, notes joined.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The leads' ids (two or more).") var ids: [String] = []
    @Option(help: ArgumentHelp("The lead that stays (default: the oldest).", valueName: "ID")) var into: String?
    @Option(help: ArgumentHelp("Which value wins where the leads differ: survivor, newest, longest.", valueName: "RULE"))
    var prefer: Preference = .survivor
    @Flag(help: "Show the review; change nothing.") var dryRun = false
    @Flag(help: "Do not ask before writing.") var yes = false
    @Flag(help: "Print the survivor as JSON when done.") var json = false
    @Option(help: ArgumentHelp("Undo the last merge into this lead (its attributes.mergedFrom record).", valueName: "SURVIVOR"))
    var undo: String?

    enum Preference: String, ExpressibleByArgument, CaseIterable {
        case survivor, newest, longest
        var rule: MergePreference { MergePreference(rawValue: rawValue)! }
    }

    func validate() throws {
        if undo != nil {
            guard ids.isEmpty, into == nil else { throw ValidationError("--undo takes the survivor's id alone") }
            return
        }
        guard Set(ids).count >= 2 else { throw ValidationError("merge needs at least two different lead ids") }
        guard Set(ids).count == ids.count else { throw ValidationError("a lead id is given twice") }
        if let into, !ids.contains(into) { throw ValidationError("--into must be one of the ids being merged") }
    }

    func run() async throws {
        if let undo { return try await runUndo(undo) }
        let survivor = try await APISession.with(connection) { client -> Lead? in
            var leads: [Lead] = []
            for id in ids { leads.append(try await APISession.read(client, id: id)) }
            let plan = MergePlan(leads: leads, into: into, prefer: prefer.rule)
            let missing = plan.unaccountedValues
            guard missing.isEmpty else {
                throw CLIError(.failure, "the merge would lose \(missing.count) value(s) (\(missing[0].leadID) \(missing[0].path)); nothing was changed")
            }
            if let trashed = plan.survivor.isTrashed ? plan.survivor : nil {
                throw CLIError(.conflict, "the survivor \(trashed.id) is in the trash: restore it first, or choose another with --into")
            }
            // With --json stdout is for the survivor alone; the review goes to stderr.
            let review = json ? FileHandle.standardError : FileHandle.standardOutput
            review.write(Data(MergeReview.text(plan).utf8))
            if dryRun {
                review.write(Data("dry run: nothing was changed\n".utf8))
                return nil
            }
            if !yes { try confirm("Merge \(plan.others.count) lead(s) into \(plan.survivor.id)?") }
            return try await Self.apply(plan, client)
        }
        guard let survivor else { return }
        if json { try LeadPrinter.print(survivor, json: true) } else { StandardError.line("leads: merged \(ids.count - 1) lead\(ids.count == 2 ? "" : "s") into \(survivor.id)") }
    }

    /// Runs `plan.steps` (the survivor first, so no value is ever only in the trash; then each
    /// other lead marked and trashed), the same steps the browser sends; a part already done by an
    /// earlier, interrupted run is not among them.
    static func apply(_ plan: MergePlan, _ api: any LeadsAPI) async throws -> Lead {
        var survivor = plan.survivor
        for step in plan.steps {
            let lead = try await perform(step, api)
            if lead.id == survivor.id { survivor = lead }
        }
        return survivor
    }

    /// One step of a merge or of its undo, as the API's call.
    static func perform(_ step: MergeStep, _ api: any LeadsAPI) async throws -> Lead {
        switch step {
        case .update(let id, let change): try await api.update(id: id, change: change)
        case .recordMerge(let id, let record): try await api.mergeAttributes(id: id, [MergeRecord.key: record])
        case .markMerged(let id, let into): try await api.mergeAttributes(id: id, [MergePlan.mergedIntoKey: .string(into)])
        case .trash(let id): try await api.trash(id: id)
        case .restore(let id): try await api.restore(id: id)
        }
    }

    func confirm(_ question: String) throws {
        guard isatty(STDIN_FILENO) != 0 else {
            throw CLIError(.usage, "merging changes leads: run it on a terminal to confirm, or add --yes")
        }
        FileHandle.standardError.write(Data("\(question) [y/N] ".utf8))
        guard let answer = readLine(), answer.trimmingCharacters(in: .whitespaces).lowercased() == "y" else {
            throw CLIError(.failure, "nothing was changed")
        }
    }
}
