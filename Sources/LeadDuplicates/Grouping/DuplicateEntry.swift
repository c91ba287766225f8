import Foundation
import TiledeskLeads

/// What the duplicate finder needs of one lead: its keys, computed once (a phone through
/// libphonenumber is the costly one) and kept in the on-disk index, and the few fields a group
/// is shown with.
public struct DuplicateEntry: Sendable, Hashable {
    /// The thirteen fields, held in one immutable box: an entry is copied wherever leads are
    /// grouped, sorted and written (100,000 leads, 40,000 groups in a second look), and a copy of
    /// the box is one retain where thirteen loose fields were eleven. An entry is made whole and
    /// never changed.
    private let box: Box

    private final class Box: Sendable {
        let fields: Fields
        let keyHashes: KeyHashes

        init(_ fields: Fields) {
            self.fields = fields
            keyHashes = KeyHashes(
                email: KeyNumbers.hash(fields.emailKey), phone: KeyNumbers.hash(fields.phoneKey), name: KeyNumbers.hash(fields.nameKey),
                company: KeyNumbers.hash(fields.companyKey), city: KeyNumbers.hash(fields.cityKey))
        }
    }

    private struct Fields: Sendable, Hashable {
        var id: String
        var createdAt: Date?
        var updatedAt: Date?
        var fullname: String?
        var email: String?
        var phone: String?
        var company: String?
        var city: String?
        var emailKey: String?
        var phoneKey: String?
        var nameKey: String?
        var companyKey: String?
        var cityKey: String?
    }

    /// The keys a lead is grouped by.
    enum KeyColumn: CaseIterable {
        case email, phone, name, company, city
    }

    /// `KeyNumbers.hash` of each key, worked out as the entry is made, while its texts are fresh
    /// in the processor's cache: grouping then numbers 100,000 keys of each kind without reaching
    /// into the texts, each a piece of memory of its own, which was most of its time.
    struct KeyHashes: Sendable {
        let email, phone, name, company, city: Int

        subscript(column: KeyColumn) -> Int {
            switch column {
            case .email: email
            case .phone: phone
            case .name: name
            case .company: company
            case .city: city
            }
        }
    }

    var keyHashes: KeyHashes { box.keyHashes }

    /// The key of one kind.
    func key(_ column: KeyColumn) -> String? {
        switch column {
        case .email: box.fields.emailKey
        case .phone: box.fields.phoneKey
        case .name: box.fields.nameKey
        case .company: box.fields.companyKey
        case .city: box.fields.cityKey
        }
    }

    public var id: String { box.fields.id }
    public var createdAt: Date? { box.fields.createdAt }
    public var updatedAt: Date? { box.fields.updatedAt }
    public var fullname: String? { box.fields.fullname }
    public var email: String? { box.fields.email }
    public var phone: String? { box.fields.phone }
    public var company: String? { box.fields.company }
    public var city: String? { box.fields.city }
    public var emailKey: String? { box.fields.emailKey }
    public var phoneKey: String? { box.fields.phoneKey }
    public var nameKey: String? { box.fields.nameKey }
    public var companyKey: String? { box.fields.companyKey }
    public var cityKey: String? { box.fields.cityKey }

    public static func == (a: DuplicateEntry, b: DuplicateEntry) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    public init(
        id: String, createdAt: Date?, updatedAt: Date?, fullname: String?, email: String?, phone: String?, company: String?,
        city: String?, emailKey: String?, phoneKey: String?, nameKey: String?, companyKey: String?, cityKey: String?
    ) {
        box = Box(
            Fields(
                id: id, createdAt: createdAt, updatedAt: updatedAt, fullname: fullname, email: email, phone: phone, company: company,
                city: city, emailKey: emailKey, phoneKey: phoneKey, nameKey: nameKey, companyKey: companyKey, cityKey: cityKey))
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
