import Testing
import TiledeskLeads

@testable import LeadBrowser

/// `c` on the list: every column the list could show, shown ones first; Space shows or hides,
/// `K`/`J` move, each change lands on the list at once, `w` asks to keep them in config.toml.
@Suite struct ColumnPickerTests {
    /// A loaded list whose leads carry nested attributes, with the picker open.
    static func picking(canSave: Bool = false) -> AppState {
        var state = AppState(leadIDPrefix: "test")
        state.canSaveColumns = canSave
        let effects = state.start() + state.update(.resize(rows: 24, columns: 100))
        var leads = page(0, total: 40)
        leads[0].attributes = ["plan": "pro", "source": ["campaign": "spring", "channel": "web"], "items": [1, 2]]
        leads[1].attributes = ["seats": 3, "odd.key": true]
        if case .request(let id, .list) = effects.first {
            _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: 40, leads: leads)))
        }
        _ = state.update(.key(.char("c")))
        return state
    }

    static func picker(_ state: AppState) -> ColumnPicker? {
        if case .columns(let picker) = state.stack.last { return picker }
        return nil
    }

    @Test func theShownColumnsComeFirstThenEveryOtherCandidateWithTheAttributesSeen() throws {
        let picker = try #require(Self.picker(Self.picking()))
        #expect(picker.entries.prefix(6).map(\.column) == LeadColumn.defaults)
        #expect(picker.entries.prefix(6).allSatisfy { $0.shown })
        let hidden = picker.entries.dropFirst(6).map(\.column.name)
        #expect(hidden == [
            "note", "streetAddress", "region", "zipcode", "country", "createdAt", "updatedAt", "lead_id",
            "attributes.items", "attributes.plan", "attributes.seats", "attributes.source.campaign", "attributes.source.channel",
        ], "a key with a dot cannot be named by a path and is left out")
        #expect(picker.entries.dropFirst(6).allSatisfy { !$0.shown })
    }

    @Test func spaceShowsAColumnOnTheListAtOnceAndAgainHidesIt() throws {
        var state = Self.picking()
        let index = try #require(Self.picker(state)?.entries.firstIndex { $0.column == .attribute("source.campaign") })
        for _ in 0..<index { _ = press(&state, .char("j")) }
        _ = press(&state, .char(" "))
        #expect(state.tableColumns == LeadColumn.defaults + [.attribute("source.campaign")])
        #expect(ListScreenText.tableLines(state, width: 200).header.contains("source.campaign"))
        _ = press(&state, .enter)
        #expect(state.tableColumns == LeadColumn.defaults)
        #expect(!ListScreenText.tableLines(state, width: 200).header.contains("source.campaign"))
    }

    @Test func movingAColumnReordersTheList() {
        var state = Self.picking()
        _ = press(&state, .char("j"), .char("J"))  // Email below Phone
        #expect(state.tableColumns.prefix(3) == [.field(.fullname), .field(.phone), .field(.email)])
        #expect(Self.picker(state)?.selected == 2, "the highlight moves with the column")
        _ = press(&state, .char("K"), .char("K"))  // and now above Name
        #expect(state.tableColumns.prefix(3) == [.field(.email), .field(.fullname), .field(.phone)])
        let header = ListScreenText.tableLines(state, width: 100).header
        #expect(header.hasPrefix("Email"), "\(header)")
        _ = press(&state, .char("K"))
        #expect(Self.picker(state)?.selected == 0, "the first stays first")
    }

    @Test func theLastShownColumnCannotBeHidden() {
        var state = Self.picking()
        for _ in 0..<5 { _ = press(&state, .char(" "), .char("j")) }
        #expect(state.tableColumns == [.tags])
        _ = press(&state, .char(" "))
        #expect(state.tableColumns == [.tags])
        #expect(state.status?.isError == true && state.status?.text == "The list needs at least one column")
    }

    @Test func escClosesThePickerAndTheColumnsStay() {
        var state = Self.picking()
        _ = press(&state, .char(" "), .escape)
        #expect(state.stack.isEmpty)
        #expect(state.tableColumns == Array(LeadColumn.defaults.dropFirst()))
    }

    @Test func saveAsksTheFrontEndOnlyWhenItCanWrite() {
        var cannot = Self.picking(canSave: false)
        #expect(press(&cannot, .char("w")).isEmpty)
        #expect(!cannot.keyMap.footer.contains { $0.help.contains("save") })

        var state = Self.picking(canSave: true)
        _ = press(&state, .char("j"), .char(" "))
        #expect(press(&state, .char("w")) == [.saveColumns([.field(.fullname), .field(.phone), .field(.company), .field(.city), .tags])])
        _ = state.update(.columnsSaved(message: "Columns saved to /x/config.toml", failed: false))
        #expect(state.status?.text == "Columns saved to /x/config.toml" && state.status?.isError == false)
        _ = state.update(.columnsSaved(message: "Columns not saved: no", failed: true))
        #expect(state.status?.isError == true)
    }

    @Test func aColumnChangeDropsTheColumnCursor() {
        var state = loadedApp()
        _ = press(&state, .right, .right)
        #expect(state.columnCursor == 1)
        _ = press(&state, .char("c"), .char(" "))
        #expect(state.columnCursor == nil)
    }
}
