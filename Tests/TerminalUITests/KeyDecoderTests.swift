import LeadBrowser
import Testing
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    func keys(_ inputs: [RawInput]) -> [InputEvent] {
        var decoder = KeyDecoder()
        return decoder.decode(inputs)
    }

    func keys(_ text: String) -> [InputEvent] { keys(RawInput.text(text)) }

    @Test(arguments: [
        (CursesKeyCode.up, Key.up), (CursesKeyCode.down, .down), (CursesKeyCode.left, .left),
        (CursesKeyCode.right, .right), (CursesKeyCode.home, .home), (CursesKeyCode.end, .end),
        (CursesKeyCode.pageUp, .pageUp), (CursesKeyCode.pageDown, .pageDown),
        (CursesKeyCode.backspace, .backspace), (CursesKeyCode.delete, .delete), (CursesKeyCode.insert, .insert),
        (CursesKeyCode.enter, .enter), (CursesKeyCode.backTab, .backTab),
        (CursesKeyCode.function(1), .function(1)), (CursesKeyCode.function(12), .function(12)),
    ])
    func cursesKeyCodesBecomeKeys(code: Int32, key: Key) {
        #expect(keys([.keyCode(code)]) == [.key(key)])
    }

    @Test func resizeAndMouseAreTerminalEvents() {
        #expect(keys([.keyCode(CursesKeyCode.resize)]) == [.resize])
        #expect(keys([.keyCode(CursesKeyCode.mouse)]) == [.mouse])
    }

    @Test func unknownKeyCodesAreIgnored() {
        #expect(keys([.keyCode(0o777)]) == [])
    }

    @Test func enterComesAsLineFeedCarriageReturnOrKeyEnter() {
        #expect(keys([.character(10)]) == [.key(.enter)])
        #expect(keys([.character(13)]) == [.key(.enter)])
    }

    @Test func backspaceVariantsAllMeanBackspace() {
        #expect(keys([.character(127), .character(8), .keyCode(CursesKeyCode.backspace)])
            == [.key(.backspace), .key(.backspace), .key(.backspace)])
    }

    @Test func controlLettersAreCtrlKeys() {
        #expect(keys([.character(1), .character(19), .character(5), .character(9)])
            == [.key(.ctrl("a")), .key(.ctrl("s")), .key(.ctrl("e")), .key(.tab)])
    }

    @Test func printableTextIsOneKeyPerGrapheme() {
        #expect(keys("aé東") == [.key(.char("a")), .key(.char("é")), .key(.char("東"))])
        // e + combining acute, and a thumbs-up with a skin tone, arrive as two scalars each.
        #expect(keys("e\u{301}👍\u{1F3FD}") == [.key(.char("e\u{301}")), .key(.char("👍\u{1F3FD}"))])
    }

    @Test func aGraphemeSplitAcrossFeedsIsJoinedBeforeRelease() {
        var d = KeyDecoder()
        #expect(d.feed(.character(0x65)) == [])
        #expect(d.feed(.character(0x301)) == [])
        #expect(d.feed(.character(0x78)) == [.key(.char("e\u{301}"))])
        #expect(d.endOfInput() == [.key(.char("x"))])
    }

    @Test func aLoneEscapeIsSettledAtEndOfInput() {
        var d = KeyDecoder()
        #expect(d.feed(.character(27)) == [])
        #expect(d.hasPending)
        #expect(d.endOfInput() == [.key(.escape)])
        #expect(!d.hasPending)
    }

    @Test func escapeFollowedByACharacterIsAlt() {
        #expect(keys("\u{1B}b\u{1B}f") == [.key(.alt("b")), .key(.alt("f"))])
        #expect(keys("\u{1B}\u{1B}") == [.key(.escape), .key(.escape)])
    }

    @Test func altWithTheSequenceIntroducersStillWorksWhenNothingFollows() {
        #expect(keys("\u{1B}O") == [.key(.alt("O"))])
        #expect(keys("\u{1B}[") == [.key(.alt("["))])
    }

    @Test func escapeBeforeAKeyCodeIsEscapeThenTheKey() {
        #expect(keys([.character(27), .keyCode(CursesKeyCode.up)]) == [.key(.escape), .key(.up)])
    }

    @Test(arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[2~", .insert),
        ("\u{1B}[Z", .backTab), ("\u{1B}[1;5C", .right), ("\u{1B}[15~", .function(5)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}OA", .up), ("\u{1B}OP", .function(1)), ("\u{1B}OH", .home), ("\u{1B}OM", .enter),
    ])
    func rawEscapeSequencesCursesDidNotDecodeAreKeys(sequence: String, key: Key) {
        #expect(keys(sequence) == [.key(key)])
    }

    @Test func unknownEscapeSequencesAreDroppedNotTyped() {
        #expect(keys("\u{1B}[99x" + "a") == [.key(.char("a"))])
    }

    @Test func bracketedPasteBecomesOnePasteKey() {
        let pasted = "\u{1B}[200~" + "hello\rworld\u{1B}x" + "\u{1B}[201~" + "q"
        #expect(keys(pasted) == [.key(.paste("hello\nworld\u{1B}x")), .key(.char("q"))])
    }

    @Test func aPasteSpanningSeveralBurstsIsKeptWhole() {
        var d = KeyDecoder()
        var events = d.decode(RawInput.text("\u{1B}[200~part one "))
        #expect(events == [])
        #expect(d.isInPaste)
        events = d.decode(RawInput.text("part two\u{1B}[201~"))
        #expect(events == [.key(.paste("part one part two"))])
        #expect(!d.isInPaste)
    }

    @Test func c1ControlsAreNeverTyped() {
        #expect(keys([.character(0x9B), .character(0x61)]) == [.key(.char("a"))])
    }

    @Test func theWgetWchPairBuildsRawInput() {
        #expect(RawInput(isKeyCode: true, value: UInt32(CursesKeyCode.up)) == .keyCode(CursesKeyCode.up))
        #expect(RawInput(isKeyCode: false, value: 65) == .character(65))
    }
}

@Suite struct KeyDecoderTimeoutTests {
    @Test func aPasteWhoseEndNeverComesIsDeliveredOnTimeout() {
        var d = KeyDecoder()
        #expect(d.decode(RawInput.text("\u{1B}[200~abc")) == [])
        #expect(d.timeOut() == [.key(.paste("abc"))])
        #expect(d.decode(RawInput.text("x")) == [.key(.char("x"))])
    }
}
