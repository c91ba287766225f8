import Foundation
import Testing
import TerminalUI
@testable import leads

/// `[theme]` in config.toml: colours by role as written, and an unknown role or colour stops the
/// start with one error naming the file, the line and what there is to choose from.
@Suite struct ThemeSettingsTests {
    @Test func rolesTakeAColourOrAColourOnAColour() throws {
        let environment = try ColumnSettingsTests.environment("""
            [browser]
            mouse = false

            [theme]
            header = "magenta"
            selection = "black on Yellow"
            footer_keys = "208"
            error = "default on red"
            """)
        let theme = try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).theme
        #expect(theme.colors[.header] == Theme.Colors(foreground: 5))
        #expect(theme.colors[.selected] == Theme.Colors(foreground: 0, background: 3))
        #expect(theme.colors[.key] == Theme.Colors(foreground: 208))
        #expect(theme.colors[.error] == Theme.Colors(foreground: nil, background: 1))
        #expect(theme.colors[.statusError] == theme.colors[.error], "the status line's errors too")
    }

    @Test func anUnknownRoleNamesItsLine() throws {
        let environment = try ColumnSettingsTests.environment("[theme]\nheader = \"cyan\"\nheadr = \"red\"\n")
        let error = #expect(throws: CLIError.self) { try BrowseSupport.options(mouse: false, greeting: nil, environment: environment) }
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 3: unknown role \"headr\" in [theme]; roles are accent, border, dirty, error, focused, footer_keys, header, marked, selection, status, title") == true,
            "\(error?.message ?? "")")
    }

    @Test func anUnknownColourNamesItsLine() throws {
        let environment = try ColumnSettingsTests.environment("[theme]\n\nselection = \"black on purple\"\n")
        let error = #expect(throws: CLIError.self) { try BrowseSupport.options(mouse: false, greeting: nil, environment: environment) }
        #expect(error?.message.contains("config.toml line 3: unknown colour \"black on purple\" in [theme]; colours are default, black, red, green") == true,
            "\(error?.message ?? "")")
        let number = try ColumnSettingsTests.environment("[theme]\nheader = \"256\"\n")
        #expect(throws: CLIError.self) { try BrowseSupport.options(mouse: false, greeting: nil, environment: number) }
    }

    @Test func noThemeIsTheDefaultLook() throws {
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: ColumnSettingsTests.environment("")).theme == Theme())
    }
}
