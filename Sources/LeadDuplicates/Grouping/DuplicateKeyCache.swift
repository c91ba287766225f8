import TiledeskLeads

/// The keys of names, companies, cities and countries already worked out during one read of a
/// project, by the text they came from. A project repeats these (a few hundred cities and
/// companies, a few dozen countries, names shared by several leads), and folding a text (case,
/// accents, width, word by word) costs far more than looking it up; `leads duplicates` makes
/// 100,000 entries in one go. Phones are not kept: nearly every one is different.
public struct DuplicateKeyCache {
    private var names: [String: String?] = [:]
    private var places: [String: String?] = [:]
    private var regions: [String: String?] = [:]

    public init() {}

    /// The entry of `lead`, the same as `DuplicateEntry(lead:)`.
    public mutating func entry(_ lead: Lead) -> DuplicateEntry {
        let region = lead.phone?.isEmpty == false ? lead.country.flatMap { country in Self.cached(&regions, country, CountryRegion.code(for:)) } : nil
        return DuplicateEntry(
            lead: lead, phoneRegion: region, nameKey: { Self.cached(&names, $0, TextKey.name) },
            placeKey: { Self.cached(&places, $0, TextKey.place) })
    }

    private static func cached(_ table: inout [String: String?], _ text: String, _ make: (String?) -> String?) -> String? {
        if let known = table[text] { return known }
        let key = make(text)
        table[text] = .some(key)
        return key
    }
}
