import Testing
@testable import TerminalUI

@Suite struct StatusLineTests {
    @Test func leftAndRightTextShareTheRow() {
        let c = GridCanvas(width: 30, height: 1)
        StatusLine(left: "Leads", right: "1,204 of 98,311").render(in: c)
        #expect(c.lines == [" Leads        1,204 of 98,311 "])
        #expect(c.highlightedRows == [0])
    }

    @Test func theLeftSideIsCutToKeepThePosition() {
        let c = GridCanvas(width: 20, height: 1)
        StatusLine(left: "searching for something long", right: "3 of 9").render(in: c)
        #expect(c.lines == [" searching … 3 of 9 "])
    }

    @Test func errorsUseTheErrorStyle() {
        let c = GridCanvas(width: 10, height: 1)
        StatusLine(left: "boom", isError: true).render(in: c)
        #expect(c.styleLines == ["EEEEEEEEEE"])
    }
}
