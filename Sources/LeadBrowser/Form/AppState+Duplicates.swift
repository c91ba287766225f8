import Foundation
import LeadDuplicates
import TiledeskLeads

/// The form's duplicate warnings: on leaving the email field, the leads that already have the
/// address (the server's exact `email` filter, as typed and in lower case) are looked up; on
/// leaving the email, phone, name, company, city or country, the duplicate index (where
/// `leads duplicates` or the Duplicates screen made one) is asked for the same phone and the same
/// name with company or city. The field then says "2 leads have this email" and `^G` opens them.
/// Saving is never refused for it.
extension AppState {
    /// Leaving one of these fields looks the lead up again.
    static let indexedFields: Set<LeadField> = [.email, .phone, .fullname, .company, .city, .country]
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

    /// Asks the duplicate index for leads with this phone, or this name with the company or city,
    /// when they changed since the last look (on an edit, only when the phone or name changed).
    mutating func lookUpIndex(_ form: inout FormState) -> [Effect] {
        let lead = form.draft
        let key = [lead.phone, lead.fullname, lead.company, lead.city, lead.country].map { $0 ?? "" }
        guard key != form.indexChecked else { return [] }
        form.indexChecked = key
        form.indexMatches = []
        form.indexRequestID = nil
        let changed = form.isCreate || (lead.phone ?? "") != (form.original.phone ?? "") || (lead.fullname ?? "") != (form.original.fullname ?? "")
        guard changed, !(lead.phone ?? "").isEmpty || !(lead.fullname ?? "").isEmpty else { return [] }
        let id = nextRequestID
        nextRequestID += 1
        form.indexRequestID = id
        return [.lookUpDuplicates(requestID: id, lead: lead)]
    }

    /// The index's answer reaches the form that asked, if it is still open.
    mutating func indexMatchesArrived(requestID: Int, _ matches: [DuplicateMatch]) {
        for (index, screen) in stack.enumerated() {
            guard case .form(var form) = screen, form.indexRequestID == requestID else { continue }
            form.indexRequestID = nil
            form.indexMatches = matches.filter { $0.entry.id != form.original.id && $0.reason != .email }
            stack[index] = .form(form)
        }
    }

    /// Opens each lead found over the form (those from the index are read whole first); `q`
    /// goes back through them to it.
    mutating func openEmailMatches(_ form: FormState) -> [Effect] {
        let fromIndex = form.indexMatches.map(\.entry).filter { entry in !form.emailMatches.contains { $0.id == entry.id } }
        let count = form.emailMatches.count + fromIndex.count
        guard count > 0 else {
            setStatus("No other lead has this email, phone or name")
            return []
        }
        var effects: [Effect] = []
        for entry in fromIndex.reversed() {
            let (id, effect) = send(.get(id: entry.id), for: .detail)
            let shown = Lead(id: entry.id, fullname: entry.fullname, email: entry.email, phone: entry.phone, company: entry.company, city: entry.city)
            stack.append(.detail(DetailState(lead: shown, load: .loading, requestID: id)))
            effects.append(effect)
        }
        for lead in form.emailMatches.reversed() { stack.append(.detail(DetailState(lead: lead, load: .loaded))) }
        setStatus("\(count) lead\(count == 1 ? "" : "s") like this one — q goes back to the form")
        return effects
    }

    /// The warning beside the phone or the name field from the duplicate index, or nil.
    public static func indexWarning(_ form: FormState, for field: LeadField) -> String? {
        let reasons: Set<DuplicateReason> = field == .phone ? [.phone] : field == .fullname ? [.nameAndCompany, .nameAndCity] : []
        let found = form.indexMatches.filter { reasons.contains($0.reason) }
        guard let first = found.first else { return nil }
        let what = switch first.reason {
        case .phone: "this phone"
        case .nameAndCompany: "this name and company"
        default: "this name and city"
        }
        let count = found.count
        return "\(count) lead\(count == 1 ? " has" : "s have") \(what) — ^G opens \(count == 1 ? "it" : "them")"
    }

    /// The warning beside the email field, or nil.
    public static func duplicateWarning(_ form: FormState) -> String? {
        let count = form.emailMatches.count
        guard count > 0, form.emailChecked == (form.fields[.email]?.text ?? "").trimmingCharacters(in: .whitespaces) else { return nil }
        return "\(count) lead\(count == 1 ? " has" : "s have") this email — ^G opens \(count == 1 ? "it" : "them")"
    }
}
