import Foundation
import TiledeskLeads

/// The duplicate families of the seed: about 3% of leads (every index ≡ 31 mod 32) are the same
/// person as the lead 16 places before, written the way a second chat writes them: the email in
/// another case, the phone in another format, the name without its accents or in another order
/// (with the same company and city, and no email or phone: a chat where only a name was given —
/// an address of its own would say it is someone else). Only those leads differ from a seed without families; their
/// ids, dates, tags and attributes stay their own.
enum DuplicateFamilies {
    /// How a family member repeats its origin.
    enum Variant: Int, CaseIterable, Sendable {
        case emailCase, phoneFormat, unaccentedName, nameOrder, emailAndPhone
    }

    /// The index of the lead this one duplicates, or nil for a lead of its own.
    static func origin(of index: Int) -> Int? {
        guard index % 32 == 31 else { return nil }
        let origin = index - 16
        return HostileSeed.isHostile(index) || HostileSeed.isHostile(origin) ? nil : origin
    }

    /// The variant tried first for the member at `index`; one the origin cannot show (no email,
    /// no phone, no company or city) gives way to the next.
    static func variant(of index: Int, origin: Lead) -> Variant {
        let first = (index / 32) % Variant.allCases.count
        for step in 0..<Variant.allCases.count {
            let variant = Variant(rawValue: (first + step) % Variant.allCases.count)!
            if canShow(variant, origin) { return variant }
        }
        return .unaccentedName
    }

    /// Makes `lead` a member of `origin`'s family.
    static func apply(_ variant: Variant, from origin: Lead, to lead: inout Lead) {
        switch variant {
        case .emailCase:
            lead.fullname = origin.fullname
            lead.email = caseVariant(origin.email ?? "")
        case .phoneFormat:
            lead.phone = formatVariant(origin.phone ?? "")
            lead.country = origin.country
        case .unaccentedName:
            lead.fullname = origin.fullname?.folding(options: .diacriticInsensitive, locale: nil)
            lead.company = origin.company
            lead.city = origin.city
            lead.email = nil
            lead.phone = nil
        case .nameOrder:
            let words = (origin.fullname ?? "").split(separator: " ")
            lead.fullname = (words.dropFirst() + words.prefix(1)).joined(separator: " ").uppercased()
            lead.company = origin.company
            lead.city = origin.city
            lead.email = nil
            lead.phone = nil
        case .emailAndPhone:
            lead.email = " " + caseVariant(origin.email ?? "")
            lead.phone = formatVariant(origin.phone ?? "")
            lead.country = origin.country
        }
    }

    static func canShow(_ variant: Variant, _ origin: Lead) -> Bool {
        let hasEmail = !(origin.email ?? "").isEmpty
        let hasPhone = (origin.phone ?? "").hasPrefix("+")
        let hasPlace = !(origin.company ?? "").isEmpty || !(origin.city ?? "").isEmpty
        let words = (origin.fullname ?? "").split(separator: " ").count
        switch variant {
        case .emailCase: return hasEmail
        case .phoneFormat: return hasPhone
        case .unaccentedName: return hasPlace && words > 0
        case .nameOrder: return hasPlace && words > 1
        case .emailAndPhone: return hasEmail && hasPhone
        }
    }

    /// `Mario.Rossi@Gmail.COM` for `mario.rossi@gmail.com`: the first letter of each part up.
    static func caseVariant(_ email: String) -> String {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return email.uppercased() }
        return parts[0].prefix(1).uppercased() + parts[0].dropFirst() + "@" + parts[1].uppercased()
    }

    /// `0039 3331234567` for `+39 333 123 4567`: the international prefix and no spacing.
    static func formatVariant(_ phone: String) -> String {
        let words = phone.dropFirst().split(separator: " ")
        guard let code = words.first else { return phone }
        let rest = words.dropFirst().joined().filter { $0.isNumber }
        return "00" + code + " " + rest
    }
}
