import Foundation
import LeadBrowser
import LeadDuplicates
import Testing
import TiledeskLeads
@testable import TerminalUI

/// The Duplicates screen, a group side by side (rows where the leads differ in the accent style,
/// the kept value with ✓, the cell under the cursor selected) and the merge review, drawn whole
/// from the real view-model at 80x24 and 160x48 and compared with golden files.
@Suite struct DuplicateScreensGoldenTests {
    static let day: TimeInterval = 86_400
    static let leads = [
        Lead(id: "65a1f0c2e4b0a1b2c3d4e501", fullname: "Zoë Ångström", email: "zoe@example.se", phone: "+46 70 123 45 67",
             city: "Göteborg", tags: ["vip"], attributes: ["plan": .string("pro")], createdAt: Date(timeIntervalSince1970: 19_000 * day)),
        Lead(id: "65a1f0c2e4b0a1b2c3d4e502", fullname: "Zoe Angstrom", email: "ZOE@example.se", phone: "0046 701234567",
             company: "Nordwind AB", city: "Gothenburg", createdAt: Date(timeIntervalSince1970: 19_100 * day)),
        Lead(id: "65a1f0c2e4b0a1b2c3d4e503", fullname: "アングストロム ゾエ", email: "Zoe@Example.se", company: "Nordwind",
             note: "Asked for a demo\u{1B}[31m", createdAt: Date(timeIntervalSince1970: 19_200 * day)),
    ]

    static var groups: [DuplicateGroup] {
        let extra = DuplicateGroup(
            entries: [
                DuplicateEntry(lead: Lead(id: "65a1f0c2e4b0a1b2c3d4e511", fullname: "Omar Haddad", email: "omar@example.com", company: "Cedar")),
                DuplicateEntry(lead: Lead(id: "65a1f0c2e4b0a1b2c3d4e512", fullname: "Haddad Omar", company: "cedar")),
            ], reasons: [.nameAndCompany])
        return DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:))) + [extra]
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func duplicateScreens(width: Int, height: Int) {
        var state = BrowserScreenGoldenTests.loaded(width, height)
        guard case .loadDuplicates(let id)? = state.update(.key(.char("D"))).first else {
            Issue.record("D did not ask for the index")
            return
        }
        BrowserScreenGoldenTests.check(state, "duplicates-loading", width, height)
        _ = state.update(.duplicatesLoaded(requestID: id, groups: Self.groups))
        BrowserScreenGoldenTests.check(state, "duplicates-groups", width, height)

        for effect in state.update(.key(.enter)) {
            guard case .request(let requestID, .get(let leadID)) = effect, let lead = Self.leads.first(where: { $0.id == leadID }) else { continue }
            _ = state.update(.leadLoaded(requestID: requestID, lead: lead))
        }
        for key: Key in [.char("j"), .char("j"), .char("j"), .char("l"), .char("l"), .enter] { _ = state.update(.key(key)) }
        BrowserScreenGoldenTests.check(state, "duplicates-group", width, height)

        _ = state.update(.key(.char("m")))
        BrowserScreenGoldenTests.check(state, "duplicates-review", width, height)
    }
}
