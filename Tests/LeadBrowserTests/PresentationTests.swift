import ScreenText
import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct PresentationTests {
    static let awkwardNames = [
        "山田太郎 株式会社テスト", "👩‍💻 Dev 🇮🇹🇯🇵", "Zoe\u{0301} Cafe\u{0301}", "مرحبا بالعالم", "עברית abc",
        "evil\u{1B}]0;pwned\u{07}name", "bidi\u{202E}txt.exe", "tab\there\nnewline", "C1\u{9B}31m",
    ]

    @Test(arguments: awkwardNames)
    func everyTableRowIsExactlyAsWideAsItsColumns(name: String) {
        let columns = LeadTable.columns(forWidth: 100)
        let row = LeadTable.row(Lead(id: "1", fullname: name, email: name, company: name, tags: [name, "b"]), columns: columns)
        #expect(TerminalText.width(of: row) == 100)
        #expect(!row.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }

    @Test func columnsFillTheWidthAndDropFromTheRightWhenNarrow() {
        for width in [20, 40, 80, 132, 200] {
            let columns = LeadTable.columns(forWidth: width)
            #expect(columns.map(\.width).reduce(0, +) + columns.count - 1 == width)
        }
        #expect(LeadTable.columns(forWidth: 30).map(\.title) == ["Name", "Email", "Company"])
        #expect(LeadTable.columns(forWidth: 200).count == 7)
    }

    @Test func wideNamesAreCutOnGraphemeBoundariesWithAnEllipsis() {
        let columns = [TableColumn(title: "Name", width: 7, sortField: nil, field: .name)]
        #expect(LeadTable.row(Lead(id: "1", fullname: "山田太郎株式"), columns: columns) == "山田太…")
        #expect(LeadTable.row(Lead(id: "1", fullname: "Zoe\u{301}"), columns: columns) == "Zoe\u{301}    ", "the combining accent takes no column")
    }

    @Test func escapeSequencesInDataBecomeVisiblePlaceholders() {
        let columns = [TableColumn(title: "Name", width: 20, sortField: nil, field: .name)]
        #expect(LeadTable.row(Lead(id: "1", fullname: "a\u{1B}[2Jb"), columns: columns) == "a␛[2Jb              ")
    }

    @Test func headerMarksTheSortedColumnAndDirection() {
        let columns = LeadTable.columns(forWidth: 80)
        #expect(LeadTable.header(columns, sort: .email, direction: .ascending).contains("Email ↑"))
        #expect(LeadTable.header(columns, sort: .fullname, direction: .descending).hasPrefix("Name ↓"))
    }

    @Test func failedPageRowsSayWhyAndHowToRetry() {
        #expect(LeadTable.placeholderRow(.failed("timeout"), width: 30) == "⚠ timeout — r to retry        ")
        #expect(LeadTable.placeholderRow(.loading(requestID: 1), width: 8) == "loading…")
    }

    @Test func detailShowsEveryFieldTagsTreeStatusAndTimes() {
        let lead = Lead(id: "abc", leadID: "L1", fullname: "Ann\u{1B}", note: "one\ntwo", tags: ["vip"],
                        attributes: ["meta": ["deep": true]], status: 1000, createdAt: ISOTime.parse("2024-03-01T09:30:00.123Z"))
        let lines = DetailLines.lines(for: lead)
        let text = lines.map { String(repeating: "  ", count: $0.depth) + $0.label + ": " + $0.value }
        #expect(text.contains("Name: Ann␛"))
        #expect(text.contains("Note: one") && text.contains(": two"))
        #expect(text.contains("Tags: [vip]"))
        #expect(text.contains("Status: in trash"))
        #expect(text.contains("Created: 2024-03-01T09:30:00.123Z"))
        #expect(text.contains("  meta: {1 keys}"))
        #expect(text.contains("    deep: true"))
        #expect(lines.filter { $0.label.isEmpty == false }.map(\.label).starts(with: LeadField.allCases.map(\.label).prefix(4)))
    }

    @Test func formRowCursorCountsWideCharactersAsTwoColumns() {
        var form = FormState(editing: Lead(id: "1", fullname: "山田x"))
        _ = form.handleEditingKey(.left)
        let row = FormRows.rows(form)[0]
        #expect(row.cursor?.column == 4)
        #expect(row.label == "Name")
        #expect(FormRows.rows(form)[1].cursor == nil, "only the focused row has a cursor")
    }

    @Test func formRowsSanitizeAndShowNoteLines() {
        var form = FormState(editing: Lead(id: "1", note: "a\u{7}\nb"))
        form.focus = .field(.note)
        let note = FormRows.rows(form)[4]
        #expect(note.lines == ["a␇", "b"])
        #expect(note.cursor?.line == 1)
    }

    @Test func changeReviewListsOldAndNewPerField() {
        let old = Lead(id: "1", fullname: "Ann", tags: ["a"], attributes: ["k": 1])
        var new = old
        new.fullname = "Anne"
        new.tags = ["b"]
        new.attributes = [:]
        #expect(ChangeReview.lines(from: old, LeadChange.between(old, new)) == ["Name: Ann → Anne", "Tags: +b −a", "Attributes.k: 1 → ∅"])
    }

    @Test func positionIndicatorGroupsThousands() {
        #expect(NumberText.grouped(98_311) == "98,311")
        #expect(NumberText.grouped(1_204) == "1,204")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(1_000_000) == "1,000,000")
    }
}
