import Testing
@testable import leads

/// Finding the line of a key in config.toml whatever its spelling, without being fooled by what
/// strings and arrays hold: the line an error names must be the one to fix.
@Suite struct TOMLKeyLinesTests {
    @Test func eachSpellingOfAKeyHasItsLine() {
        let text = """
            top.a = 1
            inline = { b = { c = 2 }, d = "x" }
            [t]
            "quoted key" = 3
            e . 'f' = 4
            [[arr]]
            g = 5
            """
        let lines = TOMLKeyLines(text)
        #expect(lines.line(of: ["top", "a"]) == 1)
        #expect(lines.line(of: ["top"]) == 1)
        #expect(lines.line(of: ["inline", "b", "c"]) == 2)
        #expect(lines.line(of: ["inline", "d"]) == 2)
        #expect(lines.line(of: ["t"]) == 3)
        #expect(lines.line(of: ["t", "quoted key"]) == 4)
        #expect(lines.line(of: ["t", "e", "f"]) == 5)
        #expect(lines.line(of: ["arr", "g"]) == 7)
        #expect(lines.line(of: ["t", "nothing"]) == nil)
    }

    @Test func stringsArraysAndCommentsHideNoKeys() {
        let text = """
            [views]
            note = \"\"\"
            [keys.list]
            quit = "x"
            \"\"\"
            list = ["[keys.list]", 'quit = "y"', { quit = "z" },
              # quit = "w"
              "]",
            ]
            literal = '''
            back = "v"
            '''
            escaped = "a \\" [keys.list] quit = \\""
            [keys.list]
            quit = "q"  # the one
            """
        let lines = TOMLKeyLines(text)
        #expect(lines.line(of: ["keys", "list"]) == 14)
        #expect(lines.line(of: ["keys", "list", "quit"]) == 15)
        #expect(lines.line(of: ["views", "back"]) == nil)
        #expect(lines.line(of: ["views", "escaped"]) == 13)
    }

    @Test func aTablesLinesIncludeDottedKeysAndContinuations() {
        let text = """
            theme.header = "red"
            [columns]
            # which ones
            shown = [
              "email",
            ]
            [theme]
            footer = "blue"
            """
        let lines = TOMLKeyLines(text)
        #expect(lines.lines(in: ["theme"]) == [1, 8])
        #expect(lines.lines(in: ["columns"]) == [4, 5, 6])
    }
}
