import Testing
@testable import TerminalUI

/// A whole screen built the way the list screen is: rows of wide text, status line, footer, with a
/// dialog on top. Compared as full lines, so any drift in any widget shows here.
@Suite struct ScreenCompositionTests {
    @Test func listScreenWithAConfirmationDialog() {
        let c = GridCanvas(width: 44, height: 10)
        let (body, bars) = c.bounds.splitBottom(2)
        let rows = [["Name", "Email", "Tags"], ["Ann", "ann@x.io", "vip"], ["東京太郎", "taro@x.jp", ""], ["😀 Joy", "joy@x.io", "new,vip"]]
        for (y, cells) in rows.enumerated() {
            let style: Style = y == 0 ? .header : y == 2 ? .selected : .normal
            c.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
            for (column, (x, width)) in [(0, 17), (18, 18), (37, 7)].enumerated() {
                c.drawFitted(cells[column], x: x, y: y, width: width, style: style)
            }
        }
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
            "         │ [y] Yes   [N] No       │",
            "         └────────────────────────┘",
            "",
        ])
    }
}
