import LeadBrowser
import Testing
@testable import TerminalUI

@Suite struct DialogWidgetTests {
    @Test func confirmationWrapsItsMessageAndShowsNoAsDefault() {
        let c = GridCanvas(width: 40, height: 9)
        DialogWidget(title: "Trash", message: "Trash lead 東京太郎 <t@x.jp>? It can be restored from the trash view.",
                     kind: .confirm(), preferredWidth: 30).render(in: c)
        #expect(c.lines == [
            "                                        ",
            "    ┌─ Trash ──────────────────────┐    ",
            "    │ Trash lead 東京太郎          │    ",
            "    │ <t@x.jp>? It can be restored │    ",
            "    │ from the trash view.         │    ",
            "    │                              │    ",
            "    │ [y] Yes   [N] No             │    ",
            "    └──────────────────────────────┘    ",
            "                                        ",
        ])
    }

    /// The answers are where clicks find them: `[y] Yes` on the left half, `[N] No` on the right,
    /// the rest of the box answers nothing, and outside it is outside.
    @Test func aConfirmationsAnswersAreClickable() {
        let c = GridCanvas(width: 40, height: 9)
        let dialog = DialogWidget(title: "Trash", message: "Trash lead?", kind: .confirm(), preferredWidth: 30)
        dialog.render(in: c)
        let y = c.lines.firstIndex { $0.contains("[y] Yes") }!
        let x = c.lines[y].distance(from: c.lines[y].startIndex, to: c.lines[y].range(of: "[y] Yes")!.lowerBound)
        #expect(dialog.hit(x: x + 1, y: y, area: c.bounds) == .answer(true))
        #expect(dialog.hit(x: x + 11, y: y, area: c.bounds) == .answer(false))
        #expect(dialog.hit(x: x + 25, y: y, area: c.bounds) == .inside)
        #expect(dialog.hit(x: x, y: y - 2, area: c.bounds) == .inside)
        #expect(dialog.hit(x: 0, y: 0, area: c.bounds) == .outside)
    }

    @Test func aScrolledPickListFindsTheOptionDrawnUnderTheClick() {
        let c = GridCanvas(width: 30, height: 5)
        let dialog = DialogWidget(title: "Tag", message: "", kind: .pick(options: (1...10).map { "tag\($0)" }, selected: 8), preferredWidth: 20)
        dialog.render(in: c)
        let y = c.lines.firstIndex { $0.contains("tag9 ") }!
        #expect(dialog.hit(x: 10, y: y, area: c.bounds) == .option(8))
        #expect(dialog.hit(x: 10, y: y - 1, area: c.bounds) == .option(7))
    }

    @Test func pickListHighlightsTheSelectedOption() {
        let c = GridCanvas(width: 30, height: 7)
        DialogWidget(title: "Sort by", message: "", kind: .pick(options: ["name", "email", "created", "updated", "company"], selected: 4),
                     preferredWidth: 20).render(in: c)
        #expect(c.lines[5] == "    │ company            │    ")
        #expect(c.highlightedRows == [])
        #expect(c.styleLines[5] == "....bSSSSSSSSSSSSSSSSSSSSb....")
    }

    @Test func aLongPickListScrollsToTheSelection() {
        let c = GridCanvas(width: 30, height: 5)
        DialogWidget(title: "Tag", message: "", kind: .pick(options: (1...10).map { "tag\($0)" }, selected: 8),
                     preferredWidth: 20).render(in: c)
        #expect(c.lines.contains { $0.contains("tag9 ") })
        #expect(!c.lines.contains { $0.contains("tag1 ") })
    }

    /// The view picker's choices are long ("2 Hot leads by name — tag lead/hot · sorted by …"): the
    /// box grows to show them whole where the screen allows, and stays 50 wide for short ones.
    @Test func aPickListIsAsWideAsItsLongestChoice() {
        let hot = SavedView(name: "Hot leads by name", tag: "lead/hot", sort: .fullname, direction: .ascending)
        let dialog = PickDialog(title: "Views", choices: [.view(hot, number: 1)], purpose: .views)
        let label = dialog.choices[0].label
        #expect(label.count > 50, "a label longer than the usual box: \(label)")
        let wide = GridCanvas(width: 120, height: 10)
        BrowserScreen.pickWidget(dialog).render(in: wide)
        #expect(wide.lines.contains { $0.contains(label) }, "shown whole at 120 columns")
        let narrow = GridCanvas(width: 60, height: 10)
        BrowserScreen.pickWidget(dialog).render(in: narrow)
        #expect(narrow.lines.contains { $0.contains("1 Hot leads by name") }, "cut to the screen where it must be")
        let sort = PickDialog(title: "Sort by", choices: [.sort(.fullname), .sort(.email)], purpose: .sortField)
        #expect(BrowserScreen.pickWidget(sort).preferredWidth == 50)
    }

    @Test func errorDialogUsesTheErrorStyle() {
        let c = GridCanvas(width: 30, height: 8)
        DialogWidget(title: "Error", message: "Save failed: 409 conflict", kind: .error, preferredWidth: 26).render(in: c)
        #expect(c.trimmedLines[2] == " │ Save failed: 409         │")
        #expect(c.trimmedLines[5] == " │ Press any key            │")
        #expect(c.style(x: 3, y: 2).role == .error)
    }

    @Test func aDialogFitsATinyScreen() {
        let c = GridCanvas(width: 8, height: 4)
        DialogWidget(title: "Trash", message: "Really trash this lead?", kind: .confirm()).render(in: c)
        #expect(c.lines.count == 4)
        #expect(c.lines.allSatisfy { $0.count == 8 })
    }
}
