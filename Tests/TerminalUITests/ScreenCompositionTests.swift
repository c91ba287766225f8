import Testing
@testable import TerminalUI

/// A whole screen built from widgets the way the list screen will be: table, status line, footer,
/// with a dialog on top. Compared as full lines, so any drift in any widget shows here.
@Suite struct ScreenCompositionTests {
    @Test func listScreenWithAConfirmationDialog() {
        let c = GridCanvas(width: 44, height: 10)
        let (body, bars) = c.bounds.splitBottom(2)
        TableWidget(columns: [TableWidget.Column("Name", minWidth: 6, flex: 1), TableWidget.Column("Email", minWidth: 6, flex: 1),
                              TableWidget.Column("Tags", minWidth: 4, maxWidth: 8)],
                    rows: [["Ann", "ann@x.io", "vip"], ["東京太郎", "taro@x.jp", ""], ["😀 Joy", "joy@x.io", "new,vip"]],
                    selected: 1).render(in: c, area: body)
        StatusLine(left: "All leads", right: "2 of 3").render(in: c, area: bars.splitTop(1).top)
        Footer([("Enter", "open"), ("d", "trash"), ("?", "help")]).render(in: c, area: bars.splitTop(1).rest)
        #expect(c.lines == [
            "Name              Email              Tags   ",
            "Ann               ann@x.io           vip    ",
            "東京太郎          taro@x.jp                 ",
            "😀 Joy            joy@x.io           new,vip",
            "                                            ",
            "                                            ",
            "                                            ",
            "                                            ",
            " All leads                           2 of 3 ",
            "Enter open  d trash  ? help                 ",
        ])
        #expect(c.highlightedRows == [2, 8])

        DialogWidget(title: "Trash", message: "Trash 東京太郎?", kind: .confirm(), preferredWidth: 24).render(in: c, area: body)
        #expect(c.trimmedLines[1...6] == [
            "Ann      ┌─ Trash ────────────────┐  vip",
            "東京太郎 │ Trash 東京太郎?        │",
            "😀 Joy   │                        │  new,vip",
            "         │ y/N                    │",
            "         └────────────────────────┘",
            "",
        ])
    }
}
