import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// The journal of one `leads edit`: the document the editor is open on, kept where the browser
/// keeps its drafts (`$XDG_STATE_HOME/leads/drafts/edit/PROJECT/`, one per lead, 0600 in a 0700
/// directory, since it holds customer data) with the lead as it was when the edit started beside
/// it, a `FormDraft` as the browser journals a `^E` document. The document is the editor's own
/// file, so what the user last saved is what a crash, `kill -9` or a dropped SSH session leaves,
/// and the next `leads edit` of the lead opens on it (`EditOpening`). An edit that ends (saved,
/// cancelled, or its text moved to a file whose path is printed) removes it.
///
/// While an edit runs it holds a lock on the journal, which the kernel lets go when the process
/// dies however it dies: a journal nobody holds was left by an edit that did not end, and a
/// second `leads edit` of the same lead stops instead of taking over a running edit's text.
final class EditJournal {
    let store: DraftStore
    let id: String
    private var lock: Int32 = -1

    /// What an edit that did not end left: the editor's text, the lead it started from when the
    /// journal still says so, and when the user last saved the text.
    struct Left {
        var text: String
        var base: Lead?
        var savedAt: Date?
    }

    init(project: String, id: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        store = DraftStore(directory: BrowseSupport.stateDirectory(environment) + "/drafts/edit/" + DraftStore.fileName(for: project))
        self.id = id
    }

    deinit {
        if lock >= 0 { close(lock) }
    }

    /// The editor's file.
    var file: EditFile { EditFile(path: store.documentPath(for: id)) }

    private var lockPath: String { String(store.documentPath(for: id).dropLast(".yaml".count)) + ".lock" }

    /// Takes the journal for this process; fails when another `leads edit` of the lead is running.
    func claim() throws {
        do {
            try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError(.failure, "cannot make the edit journal's directory \(store.directory): \(error.localizedDescription)")
        }
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError(.failure, "cannot open \(lockPath): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw CLIError(.failure, "lead \(id) is open in another `leads edit` (its text is in \(file.path)); finish that one first")
        }
        lock = fd
    }

    /// What an earlier edit of this lead left, or nil when there is nothing.
    func left() -> Left? {
        let path = store.documentPath(for: id)
        let draft = store.all().first { $0.key == id && !$0.isCreate }
        guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) ?? draft?.document else {
            return nil
        }
        let savedAt = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        return Left(text: text, base: draft?.original, savedAt: savedAt)
    }

    /// Journals the start of an edit of `base`, with the editor's file holding `text`.
    func begin(base: Lead, text: String) throws {
        do {
            try store.save(FormDraft(key: id, isCreate: false, original: base, draft: base, document: text))
        } catch {
            throw CLIError(.failure, "cannot write the edit journal in \(store.directory): \(error.localizedDescription)")
        }
        try file.write(text)
    }

    /// The edit ended: its journal goes.
    func remove() {
        store.remove(key: id)
        unlink(lockPath)
    }

    /// Moves what the editor left to a file of its own and removes the journal, so the next
    /// `leads edit` starts from the lead as it is then; returns that file's path. When the move
    /// fails the journal stays, and its path is returned: the text is offered back next time.
    func keep() -> String {
        do {
            let text = try file.read()
            let kept = try EditFile.create(for: id)
            try kept.write(text)
            remove()
            return kept.path
        } catch {
            return file.path
        }
    }
}
