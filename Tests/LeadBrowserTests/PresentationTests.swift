import ScreenText
import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct PresentationTests {
    static let awkwardNames = [
        "山田太郎 株式会社テスト", "👩‍💻 Dev 🇮🇹🇯🇵", "Zoe\u{0301} Cafe\u{0301}", "مرحبا بالعالم", "עברית abc",
        "evil\u{1B}]0;pwned\u{07}name", "bidi\u{202E}txt.exe", "tab\there\nnewline", "C1\u{9B}31m",
    ]

    /// The columns `tableLines` would show for these leads at this width, sorted by `sort`.
    static func fitted(_ leads: [Lead], width: Int, columns: [LeadColumn] = LeadColumn.defaults, sort: LeadSortField = .createdAt,
        direction: SortDirection = .descending) -> [TableColumn] {
        let candidates = LeadTable.candidates(columns, sort: sort)
        let rows = leads.map { LeadTable.cells($0, candidates: candidates) }
        return LeadTable.fit(candidates, rows: rows, sort: sort, direction: direction, width: width).map(\.column)
    }

    @Test(arguments: awkwardNames)
    func everyTableRowIsExactlyAsWideAsItsColumns(name: String) {
        let lead = Lead(id: "1", fullname: name, email: name, company: name, tags: [name, "b"], createdAt: .init(timeIntervalSince1970: 0))
        let columns = Self.fitted([lead], width: 100)
        let row = LeadTable.row(lead, columns: columns)
        #expect(TerminalText.width(of: row) == columns.map(\.width).reduce(0, +) + columns.count - 1)
        #expect(TerminalText.width(of: row) <= 100)
        #expect(!row.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }

    static let crowd = [
        Lead(id: "1", fullname: "Siobhán O'Briain", email: "obriain.siobhan+crm@nordwind-logistics.example.com", phone: "+353 87 123 4567",
             company: "Nordwind Logistics Ireland", city: "Dún Laoghaire", tags: ["vip", "b2b"], createdAt: .init(timeIntervalSince1970: 0)),
        Lead(id: "2", fullname: "Al", email: "al@x.io", phone: "+1 555 0100", createdAt: .init(timeIntervalSince1970: 86_400)),
    ]

    @Test func columnsTakeTheRoomTheirContentNeedsAndEmailsAndPhonesStayWholeAt120() {
        let columns = Self.fitted(Self.crowd, width: 120)
        #expect(columns.map(\.title) == ["Name", "Email", "Phone", "Company", "City", "Tags", "Created ↓"])
        #expect(columns.first { $0.field == .field(.email) }?.width == 26, "the 50-cell email is cut, and only to the next widest column")
        #expect(columns.first { $0.field == .field(.phone) }?.width == 16, "the phone whole")
        #expect(columns.first { $0.field == .field(.fullname) }?.width == 16, "the name as wide as the longest name, no wider")
        #expect(columns.map(\.width).reduce(0, +) + columns.count - 1 <= 120)
    }

    @Test func narrowTerminalsDropWholeColumnsAndKeepNameSortAndReadableEmails() {
        let columns = Self.fitted(Self.crowd, width: 80)
        #expect(columns.map(\.title) == ["Name", "Email", "Phone", "Created ↓"], "tags, city and company go whole, the sort column stays")
        let email = columns.first { $0.field == .field(.email) }!
        #expect(email.width >= "obriain.siobhan+crm@nor".count, "the local part and the start of the domain")
        #expect(columns.first { $0.field == .field(.phone) }?.width == 16, "phones keep every digit")
        let tiny = Self.fitted(Self.crowd, width: 30)
        #expect(tiny.map(\.title) == ["Name", "Created ↓"])
    }

    @Test func theSortColumnIsAlwaysShownAndMarked() {
        let byUpdate = Self.fitted(Self.crowd, width: 200, sort: .updatedAt, direction: .ascending)
        #expect(byUpdate.last?.title == "Updated ↑")
        #expect(!byUpdate.contains { $0.field == .createdAt }, "no Created column when sorting by update")
        let byEmail = Self.fitted(Self.crowd, width: 200, sort: .email, direction: .ascending)
        #expect(LeadTable.header(byEmail).contains("Email ↑"))
        #expect(byEmail.count == 6, "the email column is the sort column: nothing appended")
    }

    @Test func anyFieldTimeIDTagsOrAttributePathCanBeAColumn() {
        let lead = Lead(id: "1", leadID: "web-9", fullname: "Ann", zipcode: "00184", attributes: ["plan": "pro", "billing": ["seats": 12]],
                        createdAt: .init(timeIntervalSince1970: 0))
        let names = ["fullname", "zipcode", "lead_id", "attributes.plan", "attributes.billing.seats", "attributes.missing"]
        let columns = names.compactMap(LeadColumn.init(name:))
        #expect(columns.map(\.name) == names)
        #expect(columns.map { $0.text(of: lead) } == ["Ann", "00184", "web-9", "pro", "12", ""])
        #expect(LeadColumn(name: "attributes.") == nil && LeadColumn(name: "attributes.a..b") == nil && LeadColumn(name: "nope") == nil)
        #expect(LeadColumn(name: "name") == .field(.fullname))
    }

    @Test func wideNamesAreCutOnGraphemeBoundariesWithAnEllipsis() {
        let columns = [TableColumn(title: "Name", width: 7, field: .field(.fullname))]
        #expect(LeadTable.row(Lead(id: "1", fullname: "山田太郎株式"), columns: columns) == "山田太…")
        #expect(LeadTable.row(Lead(id: "1", fullname: "Zoe\u{301}"), columns: columns) == "Zoe\u{301}    ", "the combining accent takes no column")
    }

    @Test func escapeSequencesInDataBecomeVisiblePlaceholders() {
        let columns = [TableColumn(title: "Name", width: 20, field: .field(.fullname))]
        #expect(LeadTable.row(Lead(id: "1", fullname: "a\u{1B}[2Jb"), columns: columns) == "a␛[2Jb              ")
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
