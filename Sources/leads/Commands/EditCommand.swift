import ArgumentParser
import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// `leads edit ID`: the lead as YAML in `$VISUAL`/`$EDITOR`, as `kubectl edit` does it. Text with
/// errors comes back to the editor with the errors on top; saving it unchanged or emptying it
/// cancels. The save re-reads the lead and merges three ways, as the browser's form does
/// (`SavePlan`); a conflict it cannot merge is printed, nothing is written (exit 5), and the
/// user's text is kept in a file whose path is printed. While the editor is open its file is a
/// journal (`EditJournal`): after a crash, `kill -9` or a dropped SSH session, the next `leads
/// edit` of the lead opens on the text left there (`EditOpening`), merged on save like any edit.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Edit a lead as YAML in $VISUAL or $EDITOR.",
        discussion: """
            The editor is $VISUAL, else $EDITOR (a command line: EDITOR='code --wait' works), else vi or nano.
            Save and quit to apply; save it unchanged or empty it to cancel. Text with errors reopens with the
            errors on top. Someone else's change made meanwhile is merged; a change to the same field on both
            sides stops with exit code 5 and keeps your text in a file. An edit that did not finish (a crash,
            kill -9, a dropped SSH session) is offered back by the next `leads edit` of the lead: the editor opens
            on your text, and saving it merges it with what changed since.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Flag(help: "Print the saved lead as JSON.") var json = false

    func run() async throws {
        let editor: ExternalEditor
        do {
            editor = try ExternalEditor.chosen()
        } catch {
            throw CLIError(.failure, error.description)
        }
        let journal = EditJournal(project: try connection.configuration().projectID, id: id)
        try journal.claim()
        let saved = try await APISession.with(connection) { client -> Lead? in
            let opening = EditOpening(current: try await APISession.read(client, id: id), left: journal.left())
            if let notice = opening.notice { StandardError.line("leads: " + notice) }
            try journal.begin(base: opening.base, text: opening.text)
            guard let mine = try edited(opening, in: journal, with: editor) else { return nil }
            return try await save(mine, base: opening.base, journal: journal, client: client)
        }
        if let saved { try LeadPrinter.print(saved, json: json) }
    }

    /// The lead as the user left it in the editor, or nil when the edit was cancelled.
    private func edited(_ opening: EditOpening, in journal: EditJournal, with editor: ExternalEditor) throws -> Lead? {
        var round = opening.round
        var shown = opening.text
        let file = journal.file
        while true {
            try file.write(shown)
            let status: Int32
            do {
                status = try editor.edit(path: file.path)
            } catch {
                throw CLIError(.failure, "could not start the editor (\(editor.command)): \(error)" + kept(shown, in: journal, round))
            }
            let text = try file.read()
            guard status == 0 else {
                throw CLIError(.failure, "the editor (\(editor.command)) exited with status \(status); nothing was saved" + kept(text, in: journal, round))
            }
            switch round.outcome(of: text) {
            case .unchanged where round.problems.isEmpty:
                journal.remove()
                StandardError.line("leads: edit cancelled: nothing was changed")
                return nil
            case .unchanged:
                throw CLIError(.failure, "edit cancelled: the text still has errors; nothing was saved" + kept(text, in: journal, round))
            case .emptied:
                journal.remove()
                StandardError.line("leads: edit cancelled: the file was emptied; nothing was saved")
                return nil
            case .invalid(let next):
                StandardError.line("leads: not saved: \(next.problems.count) problem(s); the editor opens again with them on top")
                round = next
                shown = next.text
            case .valid(let edit):
                let mine = edit.applied(to: opening.base)
                if LeadChange.between(opening.base, mine).isEmpty {
                    journal.remove()
                    StandardError.line("leads: edit cancelled: nothing was changed")
                    return nil
                }
                return mine
            }
        }
    }

    /// Re-reads the lead and saves by `SavePlan`; returns the lead as saved.
    private func save(_ mine: Lead, base: Lead, journal: EditJournal, client: HTTPLeadsClient) async throws -> Lead {
        let theirs: Lead?
        do {
            theirs = try await client.get(id: id)
        } catch let error as APIError where error.kind == .notFound {
            theirs = nil
        } catch {
            throw CLIError(.failure, "could not re-read the lead before saving: \(error); nothing was saved" + kept(journal))
        }
        switch SavePlan.after(reRead: theirs, base: base, mine: mine) {
        case .send(let change):
            // The re-read above is the client's "never write a lead you cannot read" check too:
            // a plan to send exists only when it found the lead, so the save costs one GET.
            let saved: Lead
            do {
                saved = try await client.update(id: id, change: change, justRead: true)
            } catch {
                // The text is all the user has of the edit: it is kept in a file, and they are told where.
                let code = (error as? APIError).map { LeadsExitCode($0.kind) } ?? .failure
                throw CLIError(code, "could not save lead \(id): \(error)" + kept(journal))
            }
            journal.remove()
            if theirs.map({ !SavePlan.isUnchanged($0, since: base) }) == true {
                StandardError.line("leads: merged with changes made meanwhile to other parts of the lead")
            }
            return saved
        case .nothingToSend:
            journal.remove()
            StandardError.line("leads: someone else made the same change meanwhile; nothing to send")
            return theirs ?? base
        case .conflicts(_, let merge):
            StandardError.line("leads: lead \(id) was changed on the server while you edited it, in the same places:")
            for conflict in merge.conflicts {
                StandardError.line(
                    "  \(conflict.label): yours \(MergeConflict.shown(conflict.mine)), theirs \(MergeConflict.shown(conflict.theirs)), "
                        + "before \(MergeConflict.shown(conflict.base))")
            }
            throw CLIError(.conflict, "nothing was saved; run `leads edit \(id)` again" + kept(journal))
        case .gone(let trashed):
            let what = trashed == nil ? "deleted" : "moved to the trash"
            throw CLIError(trashed == nil ? .notFound : .conflict, "lead \(id) was \(what) while you edited it; nothing was saved" + kept(journal))
        }
    }

    /// "; your text is kept in PATH" when the text holds anything the user typed (it moves out of
    /// the journal to a file of its own); otherwise the journal is removed and nothing is said.
    private func kept(_ text: String, in journal: EditJournal, _ round: EditorRound) -> String {
        if text.isEmpty || (round.problems.isEmpty && text == round.text) {
            journal.remove()
            return ""
        }
        return kept(journal)
    }

    private func kept(_ journal: EditJournal) -> String {
        "; your text is kept in \(journal.keep())"
    }
}
