import Foundation
import LeadBrowser
import Testing
@testable import leads

/// The column picker's `w`: `[columns] shown` is written into config.toml and nothing else in the
/// file changes — comments, other tables, a profile's token, tables this version does not know.
@Suite struct ColumnsTextEditTests {
    static let file = """
        # my settings
        [profiles.default]
        url = "https://api.tiledesk.com/v3"
        token = "JWT abc"

        [columns]   # what the list shows
        shown = [
          "fullname",   # first
          "email",
        ] # keep
        other = 1

        [keys.list]
        moveDown = ["j", "]"]
        """

    @Test func aMultiLineListIsReplacedAndEverythingElseKept() throws {
        let edited = try ColumnsTextEdit.settingShown(["email", "attributes.plan"], in: Self.file)
        #expect(edited == """
            # my settings
            [profiles.default]
            url = "https://api.tiledesk.com/v3"
            token = "JWT abc"

            [columns]   # what the list shows
            shown = ["email", "attributes.plan"] # keep
            other = 1

            [keys.list]
            moveDown = ["j", "]"]

            """)
    }

    @Test func noColumnsTableIsAppendedAndAMissingKeyIsAdded() throws {
        #expect(try ColumnsTextEdit.settingShown(["tags"], in: "[browser]\nmouse = true\n") == "[browser]\nmouse = true\n\n[columns]\nshown = [\"tags\"]\n")
        #expect(try ColumnsTextEdit.settingShown(["tags"], in: "") == "[columns]\nshown = [\"tags\"]\n")
        #expect(try ColumnsTextEdit.settingShown(["tags"], in: "[columns]\n[browser]\n") == "[columns]\nshown = [\"tags\"]\n[browser]\n")
    }

    @Test func namesAreQuotedAsTOMLStrings() {
        #expect(ColumnsTextEdit.quoted("attributes.a\"b\\c") == "\"attributes.a\\\"b\\\\c\"")
        #expect(ColumnsTextEdit.quoted("x\u{1B}") == "\"x\\u001b\"")
    }

    @Test func formsThisEditCannotRewriteAreRefused() {
        #expect(throws: ColumnsTextEdit.Unsupported.self) { try ColumnsTextEdit.settingShown(["tags"], in: "columns = { shown = [\"email\"] }\n") }
        #expect(throws: ColumnsTextEdit.Unsupported.self) { try ColumnsTextEdit.settingShown(["tags"], in: "columns.shown = [\"email\"]\n") }
        #expect(throws: ColumnsTextEdit.Unsupported.self) { try ColumnsTextEdit.settingShown(["tags"], in: "[columns]\nshown = \"email\"\n") }
        #expect(throws: ColumnsTextEdit.Unsupported.self) { try ColumnsTextEdit.settingShown(["tags"], in: "[columns]\nshown = [\"email\"\n") }
    }

    @Test func savingWritesTheFileThatTheNextStartReads() throws {
        let environment = try ColumnSettingsTests.environment(Self.file)
        let file = ConfigFile.standard(environment: environment)
        let save = try #require(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).saveColumns)
        #expect(try save(["email", "attributes.plan", "updatedAt"]) == file.path)
        #expect(try BrowseSupport.columns(environment) == [.field(.email), .attribute("plan"), .updatedAt])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.contains("token = \"JWT abc\"") && text.contains("# my settings") && text.contains("moveDown = [\"j\", \"]\"]"))
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test func aFileThatCannotBeRewrittenSafelyIsLeftAlone() throws {
        let text = "columns = { shown = [\"email\"] }\n"
        let environment = try ColumnSettingsTests.environment(text)
        let file = ConfigFile.standard(environment: environment)
        let error = #expect(throws: CLIError.self) { try file.saveColumns(["tags"]) }
        #expect(error?.message.hasSuffix("the columns stay for this session") == true, "\(error?.message ?? "")")
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == text)
    }

    @Test func mouseTrueUnderBrowserTurnsTheMouseOn() throws {
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: ColumnSettingsTests.environment("[browser]\nmouse = true\n")).mouse)
        #expect(try !BrowseSupport.options(mouse: false, greeting: nil, environment: ColumnSettingsTests.environment("[browser]\nmouse = false\n")).mouse)
        #expect(try BrowseSupport.options(mouse: true, greeting: nil, environment: ColumnSettingsTests.environment("")).mouse)
    }
}
