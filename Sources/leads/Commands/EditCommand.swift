import ArgumentParser
import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// `leads edit ID`: the lead as YAML in `$VISUAL`/`$EDITOR`, as `kubectl edit` does it. Text with
/// errors comes back to the editor with the errors on top; saving it unchanged or emptying it
/// cancels. The save re-reads the lead and merges three ways, as the browser's form does
/// (`SavePlan`); a conflict it cannot merge is printed, nothing is written (exit 5), and the
/// user's text is kept in a file whose path is printed.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Edit a lead as YAML in $VISUAL or $EDITOR.",
        discussion: """
            The editor is $VISUAL, else $EDITOR (a command line: EDITOR='code --wait' works), else vi or nano.
            Save and quit to apply; save it unchanged or empty it to cancel. Text with errors reopens with the
            errors on top. Someone else's change made meanwhile is merged; a change to the same field on both
            sides stops with exit code 5 and keeps your text in a file.
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
        let saved = try await APISession.with(connection) { client -> Lead? in
            let base = try await APISession.read(client, id: id)
            let file = try EditFile.create(for: id)
            guard let mine = try edited(base, in: file, with: editor) else { return nil }
            return try await save(mine, base: base, file: file, client: client)
        }
        if let saved { try LeadPrinter.print(saved, json: json) }
    }

    /// The lead as the user left it in the editor, or nil when the edit was cancelled.
    private func edited(_ base: Lead, in file: EditFile, with editor: ExternalEditor) throws -> Lead? {
        var round = EditorRound(text: LeadYAML.text(base))
        while true {
            try file.write(round.text)
            let status: Int32
            do {
                status = try editor.edit(path: file.path)
            } catch {
                file.remove()
                throw CLIError(.failure, "could not start the editor (\(editor.command)): \(error)")
            }
            let text = try file.read()
            guard status == 0 else {
                throw CLIError(.failure, "the editor (\(editor.command)) exited with status \(status); nothing was saved" + kept(text, in: file, round))
            }
            switch round.outcome(of: text) {
            case .unchanged where round.problems.isEmpty:
                file.remove()
                StandardError.line("leads: edit cancelled: nothing was changed")
                return nil
            case .unchanged:
                throw CLIError(.failure, "edit cancelled: the text still has errors; nothing was saved" + kept(text, in: file, round))
            case .emptied:
                file.remove()
                StandardError.line("leads: edit cancelled: the file was emptied; nothing was saved")
                return nil
            case .invalid(let next):
                StandardError.line("leads: not saved: \(next.problems.count) problem(s); the editor opens again with them on top")
                round = next
            case .valid(let edit):
                let mine = edit.applied(to: base)
                if LeadChange.between(base, mine).isEmpty {
                    file.remove()
                    StandardError.line("leads: edit cancelled: nothing was changed")
                    return nil
                }
                return mine
            }
        }
    }

    /// Re-reads the lead and saves by `SavePlan`; returns the lead as saved.
    private func save(_ mine: Lead, base: Lead, file: EditFile, client: HTTPLeadsClient) async throws -> Lead {
        let theirs: Lead?
        do {
            theirs = try await client.get(id: id)
        } catch let error as APIError where error.kind == .notFound {
            theirs = nil
        } catch {
            throw CLIError(.failure, "could not re-read the lead before saving: \(error); nothing was saved" + kept(in: file))
        }
        switch SavePlan.after(reRead: theirs, base: base, mine: mine) {
        case .send(let change):
            // The re-read above is the client's "never write a lead you cannot read" check too:
            // a plan to send exists only when it found the lead, so the save costs one GET.
            let saved: Lead
            do {
                saved = try await client.update(id: id, change: change, justRead: true)
            } catch {
                // The text is all the user has of the edit: its file stays, and they are told where.
                let code = (error as? APIError).map { LeadsExitCode($0.kind) } ?? .failure
                throw CLIError(code, "could not save lead \(id): \(error)" + kept(in: file))
            }
            file.remove()
            if theirs.map({ !SavePlan.isUnchanged($0, since: base) }) == true {
                StandardError.line("leads: merged with changes made meanwhile to other parts of the lead")
            }
            return saved
        case .nothingToSend:
            file.remove()
            StandardError.line("leads: someone else made the same change meanwhile; nothing to send")
            return theirs ?? base
        case .conflicts(_, let merge):
            StandardError.line("leads: lead \(id) was changed on the server while you edited it, in the same places:")
            for conflict in merge.conflicts {
                StandardError.line(
                    "  \(conflict.label): yours \(MergeConflict.shown(conflict.mine)), theirs \(MergeConflict.shown(conflict.theirs)), "
                        + "before \(MergeConflict.shown(conflict.base))")
            }
            throw CLIError(.conflict, "nothing was saved; run `leads edit \(id)` again" + kept(in: file))
        case .gone(let trashed):
            let what = trashed == nil ? "deleted" : "moved to the trash"
            throw CLIError(trashed == nil ? .notFound : .conflict, "lead \(id) was \(what) while you edited it; nothing was saved" + kept(in: file))
        }
    }

    /// "; your text is kept in PATH" when the file holds anything the user typed; otherwise the
    /// file is removed and nothing is said.
    private func kept(_ text: String, in file: EditFile, _ round: EditorRound) -> String {
        if text.isEmpty || (round.problems.isEmpty && text == round.text) {
            file.remove()
            return ""
        }
        return kept(in: file)
    }

    private func kept(in file: EditFile) -> String {
        "; your text is kept in \(file.path)"
    }
}
