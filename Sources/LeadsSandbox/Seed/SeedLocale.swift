/// One country's way of writing a person and an address: names in the local script with the
/// Latin spelling an email address would use, cities with their region and a postcode pattern,
/// street patterns and a phone pattern (`#` a digit, `@` a capital letter).
struct SeedLocale: Sendable {
    /// (local spelling, Latin spelling for the email address)
    typealias Name = (local: String, latin: String)
    typealias City = (name: String, region: String, zipcode: String)

    let country: String
    let givenNames: [Name]
    let familyNames: [Name]
    /// CJK and Hungarian order: family name first, no space for CJK.
    let familyFirst: Bool
    let separator: String
    let cities: [City]
    /// `{n}` is a house number, `{s}` a street name.
    let streetPattern: String
    let streets: [String]
    let phonePattern: String
    let mailDomains: [String]

    func fullname(given: Name, family: Name) -> String {
        familyFirst ? family.local + separator + given.local : given.local + separator + family.local
    }
}
