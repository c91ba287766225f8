import LeadBrowser
import Testing
import TiledeskLeads
@testable import TerminalUI

/// A click above the list finds what was drawn under it, with the layout code that drew it: a
/// form row by its label, a choice by its line, `[y] Yes` / `[N] No`, a column picker's line; and
/// the message it becomes does what the user clicked.
@Suite struct ClickRoutingTests {
    static let leads = (0..<30).map { n in
        Lead(id: String(format: "%024x", n), fullname: "Lead \(n)", email: "lead\(n)@example.com", city: "City \(n)",
             attributes: n == 0 ? ["alpha": 1, "beta": 2, "gamma": 3] : nil, status: 100)
    }

    static func loaded(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var state = AppState(leadIDPrefix: "click")
        let effects = state.start() + state.update(.resize(rows: height, columns: width))
        for case .request(let id, .list) in effects {
            _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: leads.count, leads: leads)))
        }
        return state
    }

    /// Where `text` is drawn (ASCII screens: a character is a cell).
    static func find(_ text: String, in state: AppState) -> (x: Int, y: Int)? {
        let canvas = GridCanvas(width: state.columns, height: state.rows)
        BrowserScreen.draw(state, in: canvas)
        for (y, line) in canvas.lines.enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), y) }
        }
        return nil
    }

    static func click(_ state: inout AppState, on text: String, offset: Int = 0) {
        guard let spot = find(text, in: state) else { Issue.record("\(text) is not on screen"); return }
        guard let message = ClickRouting.message(for: state, x: spot.x + offset, y: spot.y, double: false, width: state.columns, height: state.rows)
        else { Issue.record("a click on \(text) found nothing"); return }
        _ = state.update(message)
    }

    @Test func aClickOnAFormLabelOrValueFocusesThatField() {
        var state = Self.loaded()
        _ = state.update(.key(.char("e")))
        Self.click(&state, on: "City 0")
        guard case .form(let form) = state.stack.last else { Issue.record("no form"); return }
        #expect(form.focus == .field(.city))
        Self.click(&state, on: "Zip ")
        guard case .form(let next) = state.stack.last else { return }
        #expect(next.focus == .field(.zipcode))
    }

    @Test func aClickOnAnAttributeSelectsItsRow() {
        var state = Self.loaded()
        _ = state.update(.key(.char("e")))
        Self.click(&state, on: "gamma: 3")
        guard case .form(let form) = state.stack.last else { Issue.record("no form"); return }
        #expect(form.focus == .attributes)
        #expect(form.attributes.selectedRow?.label == "gamma")
    }

    @Test func aPickListTakesAClickOnAChoice() {
        var state = Self.loaded()
        _ = state.update(.key(.char("s")))
        Self.click(&state, on: "│ City ")
        #expect(state.stack.isEmpty)
        #expect(state.query.sort == .city)
    }

    @Test func aConfirmationTakesYesAndNoAndOutsideIsNo() {
        var state = Self.loaded()
        _ = state.update(.key(.char("d")))
        Self.click(&state, on: "[N] No")
        #expect(state.stack.isEmpty)
        _ = state.update(.key(.char("d")))
        let outside = ClickRouting.message(for: state, x: 0, y: 3, double: false, width: state.columns, height: state.rows)
        #expect(outside == .clickOn(.outside, double: false))
        _ = state.update(.key(.char("d")))
        guard let spot = Self.find("[y] Yes", in: state),
            let yes = ClickRouting.message(for: state, x: spot.x + 1, y: spot.y, double: false, width: state.columns, height: state.rows)
        else { Issue.record("no yes"); return }
        #expect(yes == .clickOn(.answer(true), double: false))
        let effects = state.update(yes)
        #expect(effects.contains { if case .request(_, .trash) = $0 { true } else { false } })
    }

    @Test func theColumnPickerTakesAClickOnALine() {
        var state = Self.loaded()
        _ = state.update(.key(.char("c")))
        Self.click(&state, on: "[ ] Zip ")
        #expect(state.tableColumns == LeadColumn.defaults + [.field(.zipcode)])
        #expect(Self.find("[x] Zip ", in: state) != nil)
    }

    @Test func theListKeepsItsOwnCellClicksAndTheDetailTakesNone() {
        var state = Self.loaded()
        #expect(ClickRouting.message(for: state, x: 3, y: 4, double: true, width: 100, height: 30) == .click(x: 3, y: 4, double: true))
        _ = state.update(.key(.enter))
        #expect(ClickRouting.message(for: state, x: 3, y: 4, double: false, width: 100, height: 30) == nil)
    }
}
