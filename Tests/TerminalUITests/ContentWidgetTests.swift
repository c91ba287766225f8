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

@Suite struct FormWidgetTests {
    let fields: [FormWidget.Field] = [
        .init("Name", "東京太郎"), .init("Email", "bad", error: "not an email address"),
        .init("Note", "line one\nline two\nline three", multiline: true, visibleLines: 2),
        .init("Phone", "", placeholder: "+39 …"),
    ]

    @Test func focusedFieldCursorAndValidationMessage() {
        let c = GridCanvas(width: 34, height: 7)
        FormWidget(fields: fields, focused: 0, cursor: .init(column: 4)).render(in: c)
        #expect(c.trimmedLines == [
            "› Name   東京太郎", "  Email  bad", "         ! not an email address",
            "  Note   line one", "         line two", "  Phone  +39 …", "",
        ])
        #expect(c.cursor == Point(x: 13, y: 0))  // after two wide characters
        #expect(c.styleLines[0] == "f.fffff..fffffffffffffffffffffffff")
        #expect(c.style(x: 9, y: 2).role == .error)
        #expect(c.style(x: 9, y: 5).role == .placeholder)
    }

    @Test func multiLineFieldScrollsToTheCursorLine() {
        let c = GridCanvas(width: 34, height: 7)
        FormWidget(fields: fields, focused: 2, cursor: .init(line: 2, column: 5)).render(in: c)
        #expect(c.trimmedLines[3] == "› Note   line two")
        #expect(c.trimmedLines[4] == "         line three")
        #expect(c.cursor == Point(x: 14, y: 4))
    }

    @Test func aLongSingleLineValueScrollsSidewaysToTheCursor() {
        let c = GridCanvas(width: 20, height: 1)
        FormWidget(fields: [.init("Name", "abcdefghijklmnopqrstuvwxyz")], focused: 0, cursor: .init(column: 26)).render(in: c)
        #expect(c.lines == ["› Name  pqrstuvwxyz "])
        #expect(c.cursor == Point(x: 19, y: 0))  // the last column, after the text
    }

    @Test func theFocusedFieldIsScrolledIntoView() {
        let c = GridCanvas(width: 30, height: 2)
        FormWidget(fields: fields, focused: 3).render(in: c)
        #expect(c.trimmedLines.last == "› Phone  +39 …")
    }
}

@Suite struct TagChipsTests {
    @Test func chipsWrapAndLongTagsAreCut() {
        let c = GridCanvas(width: 20, height: 3)
        TagChips(tags: ["vip", "東京", "newsletter", "a-very-long-tag-name-here"], selected: 1).render(in: c)
        #expect(c.lines == [" vip   東京         ", " newsletter         ", " a-very-long-tag-na…"])
        #expect(c.styleLines[0] == "ccccc.SSSSSS........")
        #expect(TagChips(tags: ["vip", "東京", "newsletter", "a-very-long-tag-name-here"]).rowCount(width: 20) == 3)
    }

    @Test func noTagsShowsThePlaceholder() {
        let c = GridCanvas(width: 10, height: 1)
        TagChips(tags: []).render(in: c)
        #expect(c.trimmedLines == ["no tags"])
    }
}

@Suite struct AttributesTreeTests {
    @Test func nestedAttributesIndentWithExpandMarkers() {
        let lines = AttributesTree.flatten([
            .leaf(key: "plan", value: "pro"),
            .branch(key: "address", children: [.leaf(key: "city", value: "Rome"), .leaf(key: "zip", value: "00100")], expanded: true),
            .branch(key: "tags", children: [.leaf(key: "0", value: "x")], expanded: false, isArray: true),
        ])
        let c = GridCanvas(width: 30, height: 5)
        AttributesTree(lines: lines, selected: 2).render(in: c)
        #expect(c.trimmedLines == ["  plan: pro", "▾ address", "    city: Rome", "    zip: 00100", "▸ tags [1]"])
        #expect(c.highlightedRows == [2])
    }
}
