import Foundation
import TiledeskLeads

/// The form's duplicate warning: on leaving the email field, the leads that already have the
/// address (the server's exact `email` filter, as typed and in lower case) are looked up; the
/// field then says "2 leads have this email" and `^G` opens them. Saving is never refused for it.
extension AppState {
    /// Asks for the leads with the typed email, when it is a new, well-formed address.
    mutating func checkEmailDuplicates(_ form: inout FormState) -> [Effect] {
        let typed = (form.fields[.email]?.text ?? "").trimmingCharacters(in: .whitespaces)
        guard typed != form.emailChecked else { return [] }
        form.emailChecked = typed
        form.emailMatches = []
        guard !typed.isEmpty, EmailSyntax.isValid(typed), typed.lowercased() != (form.original.email ?? "").lowercased() else { return [] }
        var spellings = [typed]
        if typed.lowercased() != typed { spellings.append(typed.lowercased()) }
        return spellings.map { send(.list(LeadQuery(limit: 20, email: $0)), for: .duplicateCheck).effect }
    }

    /// Adds the leads found to the form that asked, if it is still open and still has that email.
    mutating func duplicatesArrived(_ leads: [Lead]) -> [Effect] {
        for (index, screen) in stack.enumerated() {
            guard case .form(var form) = screen, let checked = form.emailChecked?.lowercased() else { continue }
            for lead in leads
            where lead.id != form.original.id && (lead.email ?? "").lowercased() == checked && !form.emailMatches.contains(where: { $0.id == lead.id }) {
                form.emailMatches.append(lead)
            }
            stack[index] = .form(form)
        }
        return []
    }

    /// Opens each lead with the typed email over the form; `q` goes back through them to it.
    mutating func openEmailMatches(_ form: FormState) {
        guard !form.emailMatches.isEmpty else {
            setStatus("No other lead has this email")
            return
        }
        for lead in form.emailMatches.reversed() { stack.append(.detail(DetailState(lead: lead, load: .loaded))) }
        setStatus("\(form.emailMatches.count) lead\(form.emailMatches.count == 1 ? "" : "s") with this email — q goes back to the form")
    }

    /// The warning beside the email field, or nil.
    public static func duplicateWarning(_ form: FormState) -> String? {
        let count = form.emailMatches.count
        guard count > 0, form.emailChecked == (form.fields[.email]?.text ?? "").trimmingCharacters(in: .whitespaces) else { return nil }
        return "\(count) lead\(count == 1 ? " has" : "s have") this email — ^G opens \(count == 1 ? "it" : "them")"
    }
}
