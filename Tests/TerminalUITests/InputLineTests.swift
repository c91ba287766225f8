import Testing
@testable import TerminalUI

@Suite struct InputLineTests {
    @Test func promptTextHintAndCursor() {
        let c = GridCanvas(width: 40, height: 1)
        InputLine(prompt: "/", text: "東京 ann", hint: "Enter search").render(in: c)
        #expect(c.lines == ["/東京 ann                   Enter search"])
        #expect(c.cursor == Point(x: 9, y: 0))
        #expect(c.style(x: 0, y: 0).role == .accent)
    }

    @Test func anEmptyBoxShowsThePlaceholderWithTheCursorAtTheStart() {
        let c = GridCanvas(width: 20, height: 1)
        InputLine(prompt: "tag: ", text: "", placeholder: "type a tag").render(in: c)
        #expect(c.trimmedLines == ["tag: type a tag"])
        #expect(c.cursor == Point(x: 5, y: 0))
    }

    @Test func longTextScrollsToKeepTheCursorVisibleAndTheHintGoesFirst() {
        let c = GridCanvas(width: 12, height: 1)
        InputLine(prompt: "/", text: "abcdefghijklmnop", hint: "Enter search").render(in: c)
        #expect(c.lines == ["/ghijklmnop "])  // the cursor needs the last cell
        #expect(c.cursor == Point(x: 11, y: 0))
    }
}
