import Foundation
import LeadBrowser
import TiledeskLeads

/// What `leads edit` opens the editor on: the lead as it is now, or, when an earlier edit of it
/// did not end (`EditJournal.Left`), the text that edit left, with comment lines on top saying so.
/// A resumed text is the user's edit of the lead as it was when that edit started, so a save
/// merges it with what changed since, as any save does; saving it as shown applies it (only the
/// untouched document counts as unchanged, as the browser's `DocumentSession(resuming:)` does),
/// and emptying it discards it.
struct EditOpening {
    /// The lead the text was written from: the base of the save's three-way merge.
    var base: Lead
    /// The text the editor opens on.
    var text: String
    /// What the saved text is compared with.
    var round: EditorRound
    /// Said on standard error when the text is an unfinished edit's; nil otherwise.
    var notice: String?

    /// The comment lines this type puts on top start so, and are taken off again when an edit
    /// that opened on them does not end either.
    static let marker = "# leads: "

    init(current: Lead, left: EditJournal.Left?) {
        let fresh = LeadYAML.text(current)
        base = current
        text = fresh
        round = EditorRound(text: fresh)
        notice = nil
        guard let left else { return }
        let start = left.base ?? current
        let untouched = EditorRound(text: LeadYAML.text(start))
        let body = Self.withoutHeader(left.text)
        switch untouched.outcome(of: body) {
        case .unchanged, .emptied:
            return  // nothing was typed, or it was all deleted: nothing to offer back
        case .valid(let edit) where LeadChange.between(start, edit.applied(to: start)).isEmpty:
            return
        case .valid, .invalid:
            break
        }
        let when = left.savedAt.map { " (last saved \(Self.shown($0)))" } ?? ""
        var note = ["This is the text of an edit of lead \(current.id) that did not finish\(when)."]
        if left.base == nil {
            note.append("The lead as it was when that edit started is not known: all of this is taken as your edit of the lead as it is now.")
        } else {
            note.append("Changes made to the lead since then are merged when you save.")
        }
        note.append("Save it to apply it; empty it to discard it.")
        let shown = note.map { Self.marker + $0 }.joined(separator: "\n") + "\n" + body
        base = start
        notice = "the editor opens on the text of an edit of lead \(current.id) that did not finish\(when)"
            + (left.base == nil ? "; the lead as it was then is not known, so all of it is taken as your edit of the lead as it is now" : "")
        // A text with errors shows them on top at once, line numbers matching what the user sees.
        if case .invalid(let next) = untouched.outcome(of: shown) {
            text = next.text
            round = next
        } else {
            text = shown
            round = untouched
        }
    }

    /// The text without the lines put on top of it: errors (`#!`) and the notes of this type.
    static func withoutHeader(_ text: String) -> String {
        var rest = Substring(text)
        while rest.hasPrefix("#!") || rest.hasPrefix(marker) {
            guard let end = rest.firstIndex(where: \.isNewline) else { return "" }
            rest = rest[rest.index(after: end)...]
        }
        return String(rest)
    }

    /// A time as people read it, in the local time zone.
    private static func shown(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
