import Testing
@testable import TerminalUI

@Suite struct TableWidgetTests {
    let columns = [
        TableWidget.Column("Name", minWidth: 4, maxWidth: 12, flex: 1),
        TableWidget.Column("Email", minWidth: 5, flex: 2),
        TableWidget.Column("Age", minWidth: 3, alignment: .right),
    ]

    @Test func drawsHeaderRowsAndHighlightsTheSelection() {
        let table = TableWidget(columns: columns, rows: [["Ann", "a@x.io", "31"], ["Bob", "b@y.io", "7"]], selected: 1)
        let c = GridCanvas(width: 24, height: 4)
        table.render(in: c)
        #expect(c.trimmedLines == [
            "Name    Email        Age",
            "Ann     a@x.io        31",
            "Bob     b@y.io         7",
            "",
        ])
        #expect(c.highlightedRows == [2])
        #expect(c.style(x: 0, y: 0).role == .header)
    }

    @Test func wideAndHostileCellsKeepColumnsAligned() {
        let rows = [["東京太郎", "x", "1"], ["😀😀", "y", "2"], ["a\u{1B}]0;pwn\u{07}", "z", "3"], ["שלום", "w", "4"],
                    ["Jose\u{301} Zoe\u{308}", "v", "5"]]
        let table = TableWidget(columns: columns, rows: rows, showHeader: false)
        let c = GridCanvas(width: 20, height: 5)
        table.render(in: c)
        // The Age column ends at the same cell on every row.
        for y in 0..<5 { #expect(c.cells[y][19].character != " " ) }
        #expect(c.trimmedLines[4].hasPrefix("Jose\u{301} Zoe\u{308}"))
        #expect(c.trimmedLines[0].hasPrefix("東京太郎"))
        #expect(c.trimmedLines[2].hasPrefix("a␛]0;pwn␇"))
        for line in c.lines { #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x202A...0x202E).contains($0.value) }) }
        for y in 0..<5 { #expect(c.cells[y].count == 20) }
    }

    @Test func columnsThatDoNotFitAreHiddenFromTheRight() {
        let widths = TableWidget.columnWidths(columns, rows: [], available: 10)
        #expect(widths == [4, 5, 0])
    }

    @Test func flexibleColumnsShareTheSpareWidth() {
        let widths = TableWidget.columnWidths(columns, rows: [["a", "b", "1"]], available: 40)
        #expect(widths.reduce(0, +) + 2 == 40)
        #expect(widths[0] == 12)
        #expect(widths[2] == 3)
    }

    @Test func emptyTableShowsItsMessage() {
        let table = TableWidget(columns: columns, rows: [], emptyText: "No leads")
        let c = GridCanvas(width: 20, height: 3)
        table.render(in: c)
        #expect(c.trimmedLines[2] == "      No leads")
    }

    @Test func scrollWindowKeepsTheSelectionVisible() {
        #expect(ScrollWindow.offset(keeping: 12, visible: 5, current: 0, total: 100) == 8)
        #expect(ScrollWindow.offset(keeping: 3, visible: 5, current: 8, total: 100) == 3)
        #expect(ScrollWindow.offset(keeping: 9, visible: 5, current: 8, total: 100) == 8)
    }
}
