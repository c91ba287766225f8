import Foundation
import TiledeskLeads

/// What the duplicate finder needs of one lead: its keys, computed once (a phone through
/// libphonenumber is the costly one) and kept in the on-disk index, and the few fields a group
/// is shown with.
public struct DuplicateEntry: Sendable, Hashable {
    /// The thirteen fields, held in one immutable box: an entry is copied wherever leads are
    /// grouped, sorted and written (100,000 leads, 40,000 groups in a second look), and a copy of
    /// the box is one retain where thirteen loose fields were eleven. A change makes a new box.
    private var box: Box

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

    public var id: String { get { box.fields.id } set { change(\.id, newValue) } }
    public var createdAt: Date? { get { box.fields.createdAt } set { change(\.createdAt, newValue) } }
    public var updatedAt: Date? { get { box.fields.updatedAt } set { change(\.updatedAt, newValue) } }
    public var fullname: String? { get { box.fields.fullname } set { change(\.fullname, newValue) } }
    public var email: String? { get { box.fields.email } set { change(\.email, newValue) } }
    public var phone: String? { get { box.fields.phone } set { change(\.phone, newValue) } }
    public var company: String? { get { box.fields.company } set { change(\.company, newValue) } }
    public var city: String? { get { box.fields.city } set { change(\.city, newValue) } }
    public var emailKey: String? { get { box.fields.emailKey } set { change(\.emailKey, newValue) } }
    public var phoneKey: String? { get { box.fields.phoneKey } set { change(\.phoneKey, newValue) } }
    public var nameKey: String? { get { box.fields.nameKey } set { change(\.nameKey, newValue) } }
    public var companyKey: String? { get { box.fields.companyKey } set { change(\.companyKey, newValue) } }
    public var cityKey: String? { get { box.fields.cityKey } set { change(\.cityKey, newValue) } }

    private mutating func change<Value>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
        var fields = box.fields
        fields[keyPath: field] = value
        box = Box(fields)
    }

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
