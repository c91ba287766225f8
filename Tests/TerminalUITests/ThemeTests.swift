import Testing
@testable import TerminalUI

/// `Theme.parse`: a role takes `COLOUR` or `COLOUR on COLOUR` (names, `default`, 0–255); anything
/// else is refused with the key or the value named.
@Suite struct ThemeTests {
    @Test func namesNumbersAndDefaultAreColours() throws {
        let theme = try Theme.parse([("header", "Bright-Cyan"), ("selection", "default on 17"), ("border", "blue")])
        #expect(theme.colors[.header] == Theme.Colors(foreground: 14))
        #expect(theme.colors[.selected] == Theme.Colors(foreground: nil, background: 17))
        #expect(theme.colors[.border] == Theme.Colors(foreground: 4))
        #expect(theme.colors[.normal] == nil, "roles not set keep their look")
    }

    @Test func unknownRolesAndColoursAreRefused() {
        #expect(throws: Theme.Problem.unknownRole("blink")) { try Theme.parse([("blink", "red")]) }
        #expect(throws: Theme.Problem.unknownColor("red on")) { try Theme.parse([("header", "red on")]) }
        #expect(throws: Theme.Problem.unknownColor("red with blue")) { try Theme.parse([("header", "red with blue")]) }
        #expect(throws: Theme.Problem.unknownColor("-1")) { try Theme.parse([("header", "-1")]) }
    }
}

/// The two roles that say "this is changed": marked rows of the list and the labels of edited,
/// unsaved form fields each have a role of their own, so a theme can colour them (the `✓` and
/// the `*` stay, for terminals without colour).
@Suite struct MarkedAndDirtyRoleTests {
    @Test func markedRowsAndDirtyLabelsHaveTheirRoles() {
        var state = ClickRoutingTests.loaded(80, 20)
        _ = state.update(.key(.char(" ")))  // marks row 0, moves to row 1
        _ = state.update(.key(.char("j")))
        let list = GridCanvas(width: 80, height: 20)
        BrowserScreen.draw(state, in: list)
        #expect(list.lines[2].hasPrefix("✓ Lead 0"))
        #expect(list.style(x: 2, y: 2).role == .marked, "the marked row, not under the cursor")
        #expect(list.style(x: 2, y: 5).role == .normal, "an unmarked row")

        var form = ClickRoutingTests.loaded(80, 20)
        _ = form.update(.key(.char("e")))
        _ = form.update(.key(.char("x")))  // the name changes
        _ = form.update(.key(.tab))
        let canvas = GridCanvas(width: 80, height: 20)
        BrowserScreen.draw(form, in: canvas)
        guard let row = canvas.lines.firstIndex(where: { $0.contains("*Name") }) else {
            Issue.record("no changed Name row: \(canvas.lines)")
            return
        }
        let x = canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: canvas.lines[row].range(of: "*Name")!.lowerBound)
        #expect(canvas.style(x: x, y: row).role == .dirty)
        #expect(Theme.roles["marked"] == [.marked] && Theme.roles["dirty"] == [.dirty])
    }
}
