import Testing
@testable import TerminalUI

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
