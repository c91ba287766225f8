import Foundation
import TiledeskLeads

/// What the duplicate finder needs of one lead: its keys, computed once (a phone through
/// libphonenumber is the costly one) and kept in the on-disk index, and the few fields a group
/// is shown with.
public struct DuplicateEntry: Sendable, Hashable {
    public var id: String
    public var createdAt: Date?
    public var updatedAt: Date?
    public var fullname: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    public var city: String?
    public var emailKey: String?
    public var phoneKey: String?
    public var nameKey: String?
    public var companyKey: String?
    public var cityKey: String?

    public init(
        id: String, createdAt: Date?, updatedAt: Date?, fullname: String?, email: String?, phone: String?, company: String?,
        city: String?, emailKey: String?, phoneKey: String?, nameKey: String?, companyKey: String?, cityKey: String?
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.fullname = fullname
        self.email = email
        self.phone = phone
        self.company = company
        self.city = city
        self.emailKey = emailKey
        self.phoneKey = phoneKey
        self.nameKey = nameKey
        self.companyKey = companyKey
        self.cityKey = cityKey
    }

    /// The entry of a lead, its keys normalised.
    public init(lead: Lead) {
        self.init(
            lead: lead, phoneRegion: lead.phone?.isEmpty == false ? CountryRegion.code(for: lead.country) : nil,
            nameKey: TextKey.name, placeKey: TextKey.place)
    }

    /// The entry of a lead with the keys of its texts made by the functions given (a
    /// `DuplicateKeyCache` passes ones that remember what they made).
    init(lead: Lead, phoneRegion: String?, nameKey: (String) -> String?, placeKey: (String) -> String?) {
        self.init(
            id: lead.id, createdAt: lead.createdAt, updatedAt: lead.updatedAt, fullname: lead.fullname, email: lead.email,
            phone: lead.phone, company: lead.company, city: lead.city, emailKey: TextKey.email(lead.email),
            phoneKey: PhoneKey.key(lead.phone, region: phoneRegion), nameKey: lead.fullname.flatMap(nameKey),
            companyKey: lead.company.flatMap(placeKey), cityKey: lead.city.flatMap(placeKey))
    }

    /// The keys this entry is found by for each reason.
    func keys(for reason: DuplicateReason) -> String? {
        switch reason {
        case .email: emailKey
        case .phone: phoneKey
        case .nameAndCompany: nameKey.flatMap { name in companyKey.map { name + "\u{1F}" + $0 } }
        case .nameAndCity: nameKey.flatMap { name in cityKey.map { name + "\u{1F}" + $0 } }
        }
    }
}
