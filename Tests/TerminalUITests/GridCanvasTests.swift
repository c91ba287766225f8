import LeadBrowser
import ScreenText
import Testing
@testable import TerminalUI

@Suite struct GridCanvasTests {
    @Test func asciiTextIsDrawnAtItsPosition() {
        let c = GridCanvas(width: 8, height: 2)
        c.draw("hello", x: 1, y: 1)
        #expect(c.lines == ["        ", " hello  "])
    }

    @Test func wideCharactersTakeTwoCellsAndRowsStayAligned() {
        let c = GridCanvas(width: 10, height: 3)
        c.draw("東京|", x: 0, y: 0)
        c.draw("ab|", x: 0, y: 1)
        c.draw("😀x|", x: 0, y: 2)
        #expect(c.trimmedLines == ["東京|", "ab|", "😀x|"])
        #expect(c.cells[0][1].isContinuation)
        #expect(c.cells[0][4].character == "|")
        #expect(c.cells[2][3].character == "|")
    }

    @Test func wideCharacterStraddlingTheLimitIsNotDrawnHalf() {
        let c = GridCanvas(width: 6, height: 1)
        c.fill(c.bounds, with: "#")
        let drawn = c.draw("a東京", x: 0, y: 0, maxWidth: 4)
        #expect(drawn == 4)
        #expect(c.lines == ["a東 ##"])
    }

    @Test func wideCharacterAtTheRightEdgeOfTheCanvasIsNotDrawnHalf() {
        let c = GridCanvas(width: 5, height: 1)
        c.draw("abcd東", x: 0, y: 0)
        #expect(c.lines == ["abcd "])
    }

    @Test func controlCharactersShowAsPlaceholders() {
        let c = GridCanvas(width: 12, height: 1)
        c.draw("a\u{1B}[2Jb\u{07}\n", x: 0, y: 0)
        #expect(c.trimmedLines == ["a␛[2Jb␇␤"])
        #expect(!c.lines[0].unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func combiningMarksStayWithTheirBase() {
        let c = GridCanvas(width: 6, height: 1)
        c.draw("e\u{301}x|", x: 0, y: 0)
        #expect(c.trimmedLines == ["e\u{301}x|"])
        #expect(c.cells[0][2].character == "|")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let c = GridCanvas(width: 4, height: 1)
        c.draw("東京", x: 0, y: 0)
        c.draw("x", x: 1, y: 0)
        #expect(c.lines == [" x京"])
    }

    @Test func drawFittedAlignsAndCuts() {
        let c = GridCanvas(width: 6, height: 3)
        c.drawFitted("ab", x: 0, y: 0, width: 6, alignment: .right)
        c.drawFitted("ab", x: 0, y: 1, width: 6, alignment: .center)
        c.drawFitted("abcdefgh", x: 0, y: 2, width: 6)
        #expect(c.lines == ["    ab", "  ab  ", "abcde…"])
    }

    @Test func boxDrawsBordersAndTitle() {
        let c = GridCanvas(width: 10, height: 3)
        c.box(c.bounds, title: "Hi")
        #expect(c.lines == ["┌─ Hi ───┐", "│        │", "└────────┘"])
        #expect(c.style(x: 0, y: 0).role == .border)
    }

    @Test func styleLinesShowRoles() {
        let c = GridCanvas(width: 4, height: 1)
        c.draw("ab", x: 0, y: 0, style: .selected)
        #expect(c.styleLines == ["SS.."])
    }

    @Test func emojiSequencesFlagsAndRightToLeftTextKeepTheRowAligned() {
        let c = GridCanvas(width: 12, height: 4)
        c.draw("👨‍👩‍👧|", x: 0, y: 0)
        c.draw("🇮🇹|", x: 0, y: 1)
        c.draw("❤️|", x: 0, y: 2)
        c.draw("שלום|", x: 0, y: 3)
        #expect(c.cells[0][2].character == "|")
        #expect(c.cells[1][2].character == "|")
        #expect(c.cells[2][2].character == "|")
        #expect(c.cells[3][4].character == "|")
    }

    @Test func bidiOverridesInDataCannotReorderTheRow() {
        let c = GridCanvas(width: 12, height: 1)
        c.draw("a\u{202E}bc\u{2066}d|", x: 0, y: 0)
        #expect(c.trimmedLines == ["a�bc�d|"])
    }

    @Test func aConjunctTakesOneCellPerSpacingLetterAsTheTerminalDoes() {
        // "अनन्या": न्या is one grapheme cluster but three columns to wcwidth (न, य, ा).
        let c = GridCanvas(width: 10, height: 1)
        let used = c.draw("अनन्या|", x: 0, y: 0)
        #expect(used == 6)
        #expect(c.lines[0].hasPrefix("अनन्या|"), "no letter dropped, the bar right after them")
        #expect(TerminalText.width(of: "अनन्या Iyer") == 10)
        #expect(TerminalText.width(of: "👩‍💻") == 2, "an emoji sequence stays one wide cell")
    }

    @Test func runsOfTextOrFillCutWideCharactersAtBothEndsAsSingleCellsDo() {
        let c = GridCanvas(width: 8, height: 2)
        c.draw("東京都", x: 0, y: 0)
        c.draw("ab", x: 1, y: 0)  // from the right half of 東 to the left half of 京
        c.draw("東京都", x: 0, y: 1)
        c.fill(Rect(x: 1, y: 1, width: 4, height: 1), with: "-")  // from 東's right half to 都's left half
        #expect(c.lines == [" ab 都  ", " ----   "])
        #expect(c.cells[0][5].isContinuation)
        #expect(!c.cells[1].contains { $0.isContinuation }, "no half of a wide character is left behind")
    }

    @Test func multiScalarClustersReadBackAsDrawn() {
        let c = GridCanvas(width: 10, height: 1)
        c.draw("e\u{301}👩‍💻🇮🇹e\u{301}", x: 0, y: 0)
        #expect(c.trimmedLines == ["e\u{301}👩‍💻🇮🇹e\u{301}"])
        #expect(c.cells[0][0].character == "e\u{301}" && c.cells[0][5].character == "e\u{301}")
    }

    @Test func aMarkAfterPlainLettersJoinsItsBaseAndTheRestStaysAligned() {
        // Δ and the letters before it are drawn one by one; from the e that the accent joins,
        // the rest is segmented: é is one cell, 東 two, the bar lands at column 7.
        let c = GridCanvas(width: 10, height: 1)
        let used = c.draw("abcΔe\u{301}東|", x: 0, y: 0)
        #expect(used == 8)
        #expect(c.trimmedLines == ["abcΔe\u{301}東|"])
        #expect(c.cells[0][4].character == "e\u{301}" && c.cells[0][6].isContinuation && c.cells[0][7].character == "|")
    }
}
