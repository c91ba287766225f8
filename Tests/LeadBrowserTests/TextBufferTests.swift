import Testing
@testable import LeadBrowser

@Suite struct TextBufferTests {
    /// Applies keys to a buffer holding `text` with the cursor at `cursor`.
    func run(_ text: String, cursor: Int? = nil, multiline: Bool = false, _ keys: [Key]) -> TextBuffer {
        var buffer = TextBuffer(text, multiline: multiline)
        if let cursor { buffer.moveCursor(to: cursor) }
        for key in keys { _ = buffer.handle(key) }
        return buffer
    }

    @Test(arguments: [
        // (text, start cursor, keys, expected text, expected cursor)
        ("hello", 5, [Key.backspace], "hell", 4),
        ("hello", 0, [.delete], "ello", 0),
        ("hello", 5, [.ctrl("a"), .char("X")], "Xhello", 1),
        ("hello", 0, [.ctrl("e"), .char("!")], "hello!", 6),
        ("hello world", 11, [.ctrl("w")], "hello ", 6),
        ("hello world", 6, [.ctrl("k")], "hello ", 6),
        ("hello world", 6, [.ctrl("u")], "world", 0),
        ("hello world", 6, [.ctrl("u"), .ctrl("e"), .char(" "), .ctrl("y")], "world hello ", 12),
        ("foo bar baz", 0, [.alt("f"), .alt("f")], "foo bar baz", 7),
        ("foo bar baz", 11, [.alt("b")], "foo bar baz", 8),
        ("foo bar baz", 3, [.alt("d")], "foo baz", 3),
        ("ab", 1, [.left, .left, .left, .right], "ab", 1),
        ("ab", 0, [.end, .home], "ab", 0),
        ("🇮🇹x", 3, [.left, .left, .backspace], "🇮🇹x", 0),
        ("🇮🇹x", 1, [.backspace], "x", 0),
        ("e\u{301}t", 1, [.backspace], "t", 0),
        ("漢字", 2, [.left, .char("a")], "漢a字", 2),
        ("a", 1, [.paste("b\nc")], "ab c", 4),
    ] as [(String, Int, [Key], String, Int)])
    func editingKeysChangeTextAndCursorByGrapheme(text: String, start: Int, keys: [Key], expected: String, cursor: Int) {
        let buffer = run(text, cursor: start, keys)
        #expect(buffer.text == expected)
        #expect(buffer.cursor == cursor)
    }

    @Test func enterInsertsNewlineOnlyInMultilineFields() {
        #expect(run("ab", cursor: 1, multiline: true, [.enter]).text == "a\nb")
        #expect(run("ab", cursor: 1, multiline: false, [.enter]).text == "ab")
    }

    @Test func upAndDownKeepTheColumnInTheNote() {
        var buffer = run("first line\nab\nthird", multiline: true, [])
        #expect(buffer.lineAndColumn == (2, 5))
        _ = buffer.handle(.up)
        #expect(buffer.lineAndColumn == (1, 2))
        _ = buffer.handle(.up)
        #expect(buffer.lineAndColumn == (0, 2))
        #expect(buffer.handle(.up) == false)
    }

    @Test func ctrlAAndCtrlEActOnTheCurrentLineOfTheNote() {
        let buffer = run("one\ntwo", cursor: 5, multiline: true, [.ctrl("a"), .char(">")])
        #expect(buffer.text == "one\n>two")
        let killed = run("one\ntwo", cursor: 1, multiline: true, [.ctrl("k")])
        #expect(killed.text == "o\ntwo")
    }

    @Test func insertingACombiningMarkJoinsThePreviousLetterIntoOneGrapheme() {
        let buffer = run("e", [.char("\u{301}")])
        #expect(buffer.characters.count == 1)
        #expect(buffer.cursor == 1)
    }

    @Test(arguments: [1, 2, 3, 42, 1234, 99_999] as [UInt64])
    func randomEditSequencesKeepCursorInsideTextAndGraphemesConsistent(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let keys: [Key] = [
            .char("a"), .char(" "), .char("漢"), .char("\u{301}"), .char("🇮"), .char("🇹"), .char("👍🏽"),
            .paste("x\ny"), .enter, .backspace, .delete, .left, .right, .home, .end, .up, .down,
            .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("w"), .ctrl("y"), .alt("b"), .alt("f"), .alt("d"),
        ]
        for multiline in [false, true] {
            var buffer = TextBuffer("start", multiline: multiline)
            for _ in 0..<500 {
                _ = buffer.handle(keys.randomElement(using: &rng)!)
                #expect(buffer.cursor >= 0 && buffer.cursor <= buffer.characters.count)
                #expect(Array(buffer.text) == buffer.characters, "graphemes drifted, seed \(seed)")
                if !multiline { #expect(!buffer.text.contains("\n"), "newline in a one-line field, seed \(seed)") }
            }
        }
    }
}
