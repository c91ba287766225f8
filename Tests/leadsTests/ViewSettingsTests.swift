import Foundation
import LeadBrowser
import Testing
import TiledeskLeads
@testable import leads

/// `[[views]]` and `remember_view` in config.toml: read as written, every mistake one error that
/// names the file, the line and what is wrong.
@Suite struct ViewSettingsTests {
    static func environment(_ text: String) throws -> [String: String] {
        var environment = try ColumnSettingsTests.environment(text)
        environment["XDG_STATE_HOME"] = environment["HOME"]! + "/state"
        return environment
    }

    static func error(_ text: String) throws -> String {
        let environment = try environment(text)
        let error = #expect(throws: CLIError.self) { try BrowseSupport.views(environment) }
        #expect(error?.code == .usage)
        return error?.message ?? ""
    }

    @Test func viewsAreReadInOrderWithEveryPart() throws {
        let environment = try Self.environment("""
            [[views]]
            name = "VIP"
            tag = "vip"
            sort = "updatedAt"
            direction = "asc"
            columns = ["fullname", "updatedAt"]

            [[views]]
            name = "Acme"
            search = "acme"
            email = "a@acme.io"
            trash = true
            """)
        let views = try BrowseSupport.views(environment)
        #expect(views == [
            SavedView(name: "VIP", tag: "vip", sort: .updatedAt, direction: .ascending, columns: [.field(.fullname), .updatedAt]),
            SavedView(name: "Acme", search: "acme", email: "a@acme.io", trash: true),
        ])
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).views == views)
    }

    @Test func eachMistakeNamesItsLine() throws {
        #expect(try Self.error("[[views]]\nname = \"A\"\ntags = \"vip\"\n").hasSuffix(
            "config.toml line 3: unknown key tags in [[views]]; a view has name, search, email, tag, trash, sort, direction, columns"))
        #expect(try Self.error("[[views]]\ntag = \"vip\"\n").hasSuffix("config.toml line 1: a [[views]] table has no name; give it name = \"…\""))
        #expect(try Self.error("[[views]]\nname = \"A\"\n\n[[views]]\nname = \"A\"\n").hasSuffix(
            "config.toml line 5: two views are named A; names pick views, so each must be unique"))
        #expect(try Self.error("[[views]]\nname = \"A\"\nsort = \"size\"\n").contains("config.toml line 3: view A: cannot sort by size; sort by one of createdAt"))
        #expect(try Self.error("[[views]]\nname = \"A\"\ndirection = \"up\"\n").hasSuffix(
            "config.toml line 3: view A: direction is \"asc\" or \"desc\", not \"up\""))
        #expect(try Self.error("[[views]]\nname = \"A\"\ncolumns = [\n  \"fullname\",\n  \"emial\",\n]\n").contains(
            "config.toml line 5: view A: unknown column \"emial\"; columns are fullname"))
        #expect(try Self.error("[[views]]\nname = \"A\"\ncolumns = []\n").hasSuffix(
            "config.toml line 3: view A: columns is empty; list at least one column or leave it out"))
    }

    @Test func theRememberedViewOpensUnlessRememberViewIsFalse() throws {
        let text = "[[views]]\nname = \"VIP\"\ntag = \"vip\"\n"
        let environment = try Self.environment(text)
        let memory = BrowseSupport.viewMemory(environment)
        try memory.save(.init(name: "VIP", segmentID: nil))
        let options = try BrowseSupport.options(mouse: false, greeting: nil, environment: environment)
        #expect(options.startView?.name == "VIP" && options.startView?.tag == "vip")
        #expect(options.viewMemory?.path == environment["XDG_STATE_HOME"]! + "/leads/view.json")

        try memory.save(.init(name: "Team", segmentID: "65aa00000000000000000001"))
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).startView?.query(limit: 40).segment
            == "65aa00000000000000000001", "a shared view opens on its segment")
        try memory.save(.init(name: "Removed since", segmentID: nil))
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).startView == nil)

        let off = try Self.environment("[browser]\nremember_view = false\n\n" + text)
        try BrowseSupport.viewMemory(off).save(.init(name: "VIP", segmentID: nil))
        let plain = try BrowseSupport.options(mouse: false, greeting: nil, environment: off)
        #expect(plain.startView == nil && plain.viewMemory == nil)
    }
}
