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
        #expect(throws: Theme.Problem.unknownRole("marked")) { try Theme.parse([("marked", "red")]) }
        #expect(throws: Theme.Problem.unknownColor("red on")) { try Theme.parse([("header", "red on")]) }
        #expect(throws: Theme.Problem.unknownColor("red with blue")) { try Theme.parse([("header", "red with blue")]) }
        #expect(throws: Theme.Problem.unknownColor("-1")) { try Theme.parse([("header", "-1")]) }
    }
}
