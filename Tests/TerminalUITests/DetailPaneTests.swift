import Testing
@testable import TerminalUI

@Suite struct DetailPaneTests {
    @Test func labelsLineUpAndLongOrMultiLineValuesWrap() {
        let c = GridCanvas(width: 30, height: 7)
        DetailPane(lines: [
            .init("Name", "Ann Smith"), .init("Email", "—", style: .placeholder),
            .init("Note", "first line\nsecond line is long enough to wrap"), .init("City", "東京"),
        ]).render(in: c)
        #expect(c.trimmedLines == [
            "Name   Ann Smith", "Email  —", "Note   first line", "       second line is long",
            "       enough to wrap", "City   東京", "",
        ])
        #expect(c.style(x: 7, y: 1).role == .placeholder)
    }

    @Test func hostileValuesStayInTheirRow() {
        let c = GridCanvas(width: 30, height: 3)
        DetailPane(lines: [.init("Name", "\u{202E}evil\u{1B}[31m"), .init("Bell", "ding\u{07}"), .init("RTL", "שלום עולם")]).render(in: c)
        #expect(c.trimmedLines == ["Name  �evil␛[31m", "Bell  ding␇", "RTL   שלום עולם"])
    }

    @Test func offsetScrollsByWrappedLines() {
        let pane = DetailPane(lines: [.init("A", "1"), .init("B", "2"), .init("C", "3")], offset: 1)
        let c = GridCanvas(width: 10, height: 2)
        pane.render(in: c)
        #expect(c.trimmedLines == ["B  2", "C  3"])
        #expect(pane.lineCount(width: 10) == 3)
    }
}
