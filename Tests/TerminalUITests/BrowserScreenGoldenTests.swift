import Foundation
import LeadBrowser
import Testing
import TiledeskLeads
@testable import TerminalUI

/// Every screen of the browser drawn whole, from the real view-model driven by messages, at
/// 80x24 and 160x48 (the list's columns also at 120x40 and 200x60), and compared with golden files (text, then one style letter per cell:
/// see `GridCanvas.styleLines`). The data mixes scripts, widths, right-to-left text and a lead
/// whose fields carry escape sequences, so drift in layout or sanitising shows here.
@Suite struct BrowserScreenGoldenTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func listScreens(width: Int, height: Int) {
        let (loading, _) = Self.app(width, height)
        Self.check(loading, "list-loading", width, height)

        Self.check(Self.loaded(width, height, leads: []), "list-empty", width, height)
        Self.check(Self.loaded(width, height), "list-loaded", width, height)

        var (failed, started) = Self.app(width, height)
        if let id = Self.firstRequest(started) {
            _ = failed.update(.requestFailed(requestID: id, error: APIError(.offline, message: "could not connect to 127.0.0.1:9")))
        }
        Self.check(failed, "list-error", width, height)

        var trash = Self.loaded(width, height)
        if let id = Self.firstRequest(trash.update(.key(.char("t")))) {
            _ = trash.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: 1, leads: [Self.trashed])))
        }
        Self.check(trash, "list-trash", width, height)

        var search = Self.loaded(width, height)
        _ = search.update(.key(.char("/")))
        for c in "maria" { _ = search.update(.key(.char(c))) }
        Self.check(search, "list-search-typing", width, height)
        if let id = Self.firstRequest(search.update(.key(.enter))) {
            _ = search.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: 1, leads: [Self.leads[1]])))
        }
        Self.check(search, "list-search-results", width, height)
    }

    /// The list at the three sizes users run it at, with the default columns and with a chosen
    /// set (`[columns]` in config.toml); the column cursor (`→ →`) on the second sorts by it.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func listColumns(width: Int, height: Int) {
        Self.check(Self.loaded(width, height), "columns-default", width, height)
        var custom = Self.loaded(width, height)
        custom.tableColumns = ["fullname", "zipcode", "country", "lead_id", "attributes.plan", "attributes.source.campaign", "tags"]
            .compactMap(LeadColumn.init(name:))
        _ = custom.update(.key(.right))
        _ = custom.update(.key(.right))
        Self.check(custom, "columns-custom-cursor", width, height)
        if let id = Self.firstRequest(custom.update(.key(.char("s")))) {
            _ = custom.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: Self.leads.count, leads: Self.leads)))
        }
        Self.check(custom, "columns-custom-sorted", width, height)
    }

    /// The column picker (`c`) over the list, Email just hidden: the list behind it already
    /// shows the columns as picked.
    @Test(arguments: [(80, 24), (120, 40)])
    func columnPicker(width: Int, height: Int) {
        var state = Self.loaded(width, height)
        for key in [Key.char("c"), .char("j"), .char(" ")] { _ = state.update(.key(key)) }
        Self.check(state, "column-picker", width, height)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func detailFormAndDialogs(width: Int, height: Int) {
        var detail = Self.loaded(width, height)
        _ = detail.update(.key(.enter))
        Self.check(detail, "detail", width, height)

        var hostile = Self.loaded(width, height)
        _ = hostile.update(.key(.char("G")))
        _ = hostile.update(.key(.enter))
        Self.check(hostile, "detail-hostile", width, height)

        var form = Self.loaded(width, height)
        _ = form.update(.key(.char("e")))
        _ = form.update(.key(.tab))
        _ = form.update(.key(.ctrl("a")))
        _ = form.update(.key(.ctrl("k")))
        for c in "not an address" { _ = form.update(.key(.char(c))) }
        Self.check(form, "form-invalid-email", width, height)

        var tags = Self.loaded(width, height)
        _ = tags.update(.key(.char("e")))
        for _ in LeadField.allCases { _ = tags.update(.key(.tab)) }
        for c in "renewal" { _ = tags.update(.key(.char(c))) }
        Self.check(tags, "form-tags", width, height)

        var attributes = tags
        _ = attributes.update(.key(.enter))
        _ = attributes.update(.key(.tab))
        Self.check(attributes, "form-attributes", width, height)

        var confirm = Self.loaded(width, height)
        _ = confirm.update(.key(.char("d")))
        Self.check(confirm, "dialog-confirm", width, height)

        var pick = Self.loaded(width, height)
        _ = pick.update(.key(.char("f")))
        Self.check(pick, "dialog-pick", width, height)

        var help = Self.loaded(width, height)
        _ = help.update(.key(.char("?")))
        Self.check(help, "help", width, height)

        // A save that met a colleague's change to the same field and to the attributes.
        var conflict = Self.loaded(width, height)
        let base = Self.leads[0]
        var mine = base, theirs = base
        mine.company = "Mine Co"
        theirs.company = "Theirs Co"
        mine.attributes = ["plan": ["tier": "gold"]]
        theirs.attributes = ["plan": ["tier": "silver"], "source": "chat"]
        var screen = ConflictState(theirs: theirs, merge: LeadMerge(base: base, mine: mine, theirs: theirs))
        screen.choose(.mine)
        conflict.stack = [.form(FormState(editing: base)), .conflict(screen)]
        Self.check(conflict, "conflict", width, height)
    }

    // MARK: - Fixtures

    static let base = Date(timeIntervalSince1970: 1_760_000_000)

    static let leads: [Lead] = [
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e501", leadID: "web-1", fullname: "Zoë Ångström", email: "zoe@example.se",
            phone: "+46 70 123 45 67", company: "Nordwind AB", note: "Met at the fair.\nWants a demo in March.",
            streetAddress: "Drottninggatan 12", city: "Stockholm", region: "Stockholm", zipcode: "111 51", country: "Sweden",
            tags: ["vip", "b2b"],
            attributes: [
                "plan": .string("pro"), "seats": .int(12), "trial": .bool(false),
                "source": .object(["campaign": .string("spring"), "channel": .string("web")]),
                "items": .array([.string("A-1"), .int(3)]),
            ],
            status: 100, createdAt: base, updatedAt: base.addingTimeInterval(86_400)),
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e502", fullname: "María José Núñez", email: "maria@example.es", phone: "+34 600 000 000",
            company: "Tessera S.L.", city: "Sevilla", country: "Spain", tags: ["lead/cold"], status: 100,
            createdAt: base.addingTimeInterval(-3_600), updatedAt: base.addingTimeInterval(-3_600)),
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e503", fullname: "東京 太郎", email: "taro@example.jp", company: "株式会社サクラ", city: "東京",
            tags: ["partner"], status: 100, createdAt: base.addingTimeInterval(-7_200), updatedAt: base.addingTimeInterval(-7_200)),
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e504", fullname: "מרים כהן", email: "miriam@example.co.il", city: "תל אביב", status: 100,
            createdAt: base.addingTimeInterval(-10_800), updatedAt: base.addingTimeInterval(-10_800)),
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e505", fullname: "😀 Joy Δημητρίου", email: "joy@example.gr", status: 100,
            createdAt: base.addingTimeInterval(-14_400), updatedAt: base.addingTimeInterval(-14_400)),
        Lead(
            id: "65a1f0c2e4b0a1b2c3d4e506", fullname: "Evil\u{1B}]0;pwned\u{07} \u{1B}[2J\u{202E}Corp", email: "x\u{1B}]52;c;aGk=\u{07}@evil.example",
            company: "\u{9B}31mRed", note: "line1\u{1B}[1A\rline2", city: String(repeating: "W", count: 300), tags: ["\u{1B}[5m"], status: 100,
            createdAt: base.addingTimeInterval(-18_000), updatedAt: base.addingTimeInterval(-18_000)),
    ]

    static let trashed = Lead(
        id: "65a1f0c2e4b0a1b2c3d4e5ff", fullname: "Old Contact", email: "old@example.com", tags: ["churned"], status: 1000,
        createdAt: base.addingTimeInterval(-90_000), updatedAt: base.addingTimeInterval(-80_000))

    /// A started app of this size and the fetches it asked for.
    static func app(_ width: Int, _ height: Int) -> (AppState, [Effect]) {
        var state = AppState(leadIDPrefix: "golden")
        let effects = state.start() + state.update(.resize(rows: height, columns: width))
        return (state, effects)
    }

    static func loaded(_ width: Int, _ height: Int, leads: [Lead] = Self.leads) -> AppState {
        var (state, started) = app(width, height)
        if let id = firstRequest(started) {
            _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: leads.count, leads: leads)))
        }
        return state
    }

    static func firstRequest(_ effects: [Effect]) -> Int? {
        for case .request(let id, .list) in effects { return id }
        return nil
    }

    static func check(_ state: AppState, _ name: String, _ width: Int, _ height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let canvas = GridCanvas(width: width, height: height)
        BrowserScreen.draw(state, in: canvas)
        for line in canvas.lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(name): a control character reached the screen")
        }
        GoldenFile.check(canvas.lines + ["--- styles"] + canvas.styleLines, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
    }
}
