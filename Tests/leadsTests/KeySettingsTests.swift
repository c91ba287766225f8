import Foundation
import LeadBrowser
import Testing
@testable import leads

/// `[keys.SCREEN]` in config.toml: read as written, and every mistake stops the start with one
/// error (exit 2) that names the file, the line and what is wrong.
@Suite struct KeySettingsTests {
    static func keys(_ text: String) throws -> KeyOverrides {
        try BrowseSupport.keys(try ColumnSettingsTests.environment(text))
    }

    static func error(_ text: String) throws -> CLIError? {
        let environment = try ColumnSettingsTests.environment(text)
        return #expect(throws: CLIError.self) { try BrowseSupport.keys(environment) }
    }

    /// The README's example, as written there.
    static let readmeExample = """
        [keys.list]
        open = ["Enter", "o"]   # both open the lead
        trash = ""              # d no longer trashes

        [keys.text]             # every text field: the form, the search box, prompts
        killToLineEnd = "^Q"
        """

    @Test func theReadmeExampleReadsAsOneOrSeveralKeysOrNone() throws {
        let overrides = try Self.keys(Self.readmeExample)
        #expect(overrides == KeyOverrides([.list: [.open: [.enter, .char("o")], .trash: []], .text: [.killToLineEnd: [.ctrl("q")]]]))
        let environment = try ColumnSettingsTests.environment(Self.readmeExample)
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).keys == overrides)
    }

    @Test func noTableMeansNoRemapping() throws {
        #expect(try Self.keys("[browser]\nskip_review_up_to = 1\n").isEmpty)
    }

    @Test func anUnknownScreenNamesItsTable() throws {
        let error = try Self.error("[browser]\nskip_review_up_to = 1\n\n[keys.lsit]\nopen = \"o\"\n")
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 4: unknown screen \"lsit\" in [keys.lsit]; screens are list, search, detail, form, text, tags, attributes, confirm, conflict, duplicates, duplicateGroup, mergeReview, choose, views, prompt, message, help, columns") == true,
            "\(error?.message ?? "")")
    }

    @Test func anUnknownActionNamesItsLineAndTheScreensActions() throws {
        let error = try Self.error("[keys.detail]\nedit = \"E\"\nopne = \"o\"\n")
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 3: unknown action \"opne\" in [keys.detail]; its actions are edit, editAsYAML, trash, restoreOrUndo, refresh, moveDown, moveUp, help, back, deleteForever") == true,
            "\(error?.message ?? "")")
        // An action of another screen is unknown here too.
        let other = try Self.error("[keys.confirm]\nopen = \"o\"\n")
        #expect(other?.message.contains("line 2: unknown action \"open\" in [keys.confirm]; its actions are confirm, dismiss") == true, "\(other?.message ?? "")")
    }

    @Test func anUnknownKeyNameNamesItsLine() throws {
        let error = try Self.error("[keys.list]\n\nopen = [\"Enter\", \"Entr\"]\n")
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 3: unknown key \"Entr\" for open in [keys.list]; a key is \(Key.nameHelp)") == true,
            "\(error?.message ?? "")")
    }

    @Test func oneKeyForTwoActionsOfAScreenNamesTheRemappedLine() throws {
        let error = try Self.error("[keys.list]\nsearch = \"/\"\nopen = [\"Enter\", \"d\"]\n")
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 3: d is bound to both open and trash in [keys.list]; give one of them other keys (or \"\" to unbind it)") == true,
            "\(error?.message ?? "")")
        // In the trash `d` deletes for good: that action needs another key too.
        let trashView = try Self.error("[keys.list]\nopen = [\"Enter\", \"d\"]\ntrash = \"\"\n")
        #expect(trashView?.message.hasSuffix("line 2: d is bound to both open and deleteForever in [keys.list]; give one of them other keys (or \"\" to unbind it)") == true,
            "\(trashView?.message ?? "")")
        // Moving both makes room for it.
        let overrides = try Self.keys("[keys.list]\nopen = [\"Enter\", \"d\"]\ntrash = \"z\"\ndeleteForever = \"Z\"\n")
        #expect(overrides.keys[.list]?[.open] == [.enter, .char("d")])
    }

    /// One mistake, written in each spelling TOML has for `[keys.list]`: the error names the line
    /// that holds it every time.
    @Test func everySpellingOfTheTablesNamesTheLine() throws {
        let unknownKey = "unknown key \"Entr\" for back in [keys.list]"
        let cases: [(String, Int, String)] = [
            ("[browser]\nmouse = true\n\n[keys.list]\nopen = [\n  \"Enter\",\n  \"o\",\n]\nback = \"Entr\"\n", 9, unknownKey),
            ("[browser]\nmouse = true\n\n[keys]\nlist.back = \"Entr\"\n", 5, unknownKey),
            ("# my keys\nkeys.list.back = \"Entr\"\n\n[browser]\nmouse = true\n", 2, unknownKey),
            ("[keys]\ndetail = { edit = \"E\" }\nlist = { open = \"o\", back = \"Entr\" }\n", 3, unknownKey),
            ("# keys\nkeys = { detail = { edit = \"E\" }, list = { back = \"Entr\" } }\n", 2, unknownKey),
            ("[keys]\n\"list\" . 'back' = \"Entr\"  # quoted\n", 2, unknownKey),
            ("[keys]\nlist = { opne = \"o\" }\n", 2, "unknown action \"opne\" in [keys.list]"),
            ("keys.detail.opne = \"o\"\n", 1, "unknown action \"opne\" in [keys.detail]"),
            ("[keys]\nlsit.open = \"o\"\n", 2, "unknown screen \"lsit\" in [keys.lsit]"),
            ("[browser]\nmouse = true\n[keys]\nlist = { open = \"o\" }\nlsit = { open = \"o\" }\n", 5, "unknown screen \"lsit\" in [keys.lsit]"),
            ("keys = { lsit = { open = \"o\" } }\n", 1, "unknown screen \"lsit\" in [keys.lsit]"),
            ("[keys]\nlist = { open = [\"Enter\", \"d\"] }\n", 2, "d is bound to both open and trash in [keys.list]"),
            ("keys.list.search = \"/\"\nkeys.list.open = [\"Enter\", \"d\"]\n", 2, "d is bound to both open and trash in [keys.list]"),
        ]
        for (text, line, what) in cases {
            let message = try Self.error(text)?.message ?? ""
            #expect(message.contains("config.toml line \(line): \(what)"), "\(text)\n→ \(message)")
        }
    }

    /// A value that is no key name at all stops the file from loading, with the line too.
    @Test func aValueOfTheWrongTypeNamesItsLine() throws {
        let expected = "a key name (\"o\"), a list of them ([\"Enter\", \"o\"]) or \"\" is expected"
        for (text, line) in [("[keys]\nsearch = { moveDown = \"^N\" }\nlist = { open = 5 }\n", 3), ("# mine\nkeys.list.open = [\"Enter\", 5]\n", 2), ("[keys.list]\n\nopen = true\n", 3)] {
            let error = try Self.error(text)
            #expect(error?.message.hasSuffix("config.toml line \(line) is not a valid leads config file: keys.list.open: \(expected)") == true,
                "\(text)\n→ \(error?.message ?? "")")
        }
    }

    @Test func aChordIsOneOfAnActionsKeys() throws {
        let overrides = try Self.keys("[keys.form]\nopenInEditor = [\"^O\", \"C-x C-f\"]\n")
        #expect(overrides == KeyOverrides([.form: [.openInEditor: [.ctrl("o"), .chord([.ctrl("x"), .ctrl("f")])]]]))
        #expect(try Self.keys("[keys.form]\nopenInEditor = \"^O\"\n").keys[.form]?[.openInEditor] == [.ctrl("o")], "the chord unbound")
    }

    @Test func aChordInATextInputOrAKeyThatBeginsOneIsAnError() throws {
        let input = try Self.error("[keys.text]\n\nlineEnd = \"C-x C-e\"\n")
        #expect(input?.message.hasSuffix(
            "config.toml line 3: \"C-x C-e\" for lineEnd in [keys.text] is a chord, and a text input takes each key as it comes; chords work on screens, not in search, text, tags, attributes, prompt") == true,
            "\(input?.message ?? "")")
        let prefix = try Self.error("[keys]\nform.save = \"^X\"\n")
        #expect(prefix?.message.hasSuffix(
            "config.toml line 2: ^X is bound to save and begins ^X ^E of openInEditor in [keys.form], so it would only wait for the chord's next key; give one of them other keys (or \"\" to unbind it)") == true,
            "\(prefix?.message ?? "")")
    }

    @Test func leadsKeysPrintsTheEffectiveMapAndStopsOnAWrongOne() async throws {
        let good = try await LeadsProcess.run(["keys"], environment: try ColumnSettingsTests.environment(Self.readmeExample))
        #expect(good.code == 0, "\(good.stderr)")
        #expect(good.stdout.contains("| `Enter/o` | open | `open` |"))
        #expect(good.stdout.contains("| (none) | trash | `trash` |"))
        #expect(good.stdout.contains("| `^Q` | kill to line end | `killToLineEnd` |"))
        let bad = try await LeadsProcess.run(["keys"], environment: try ColumnSettingsTests.environment("[keys.list]\nopen = \"Entr\"\n"))
        #expect(bad.code == 2)
        #expect(bad.stderr.contains("config.toml line 2: unknown key \"Entr\" for open in [keys.list]"), "\(bad.stderr)")
    }
}
