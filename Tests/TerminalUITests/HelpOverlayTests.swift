import Testing
@testable import TerminalUI

@Suite struct HelpOverlayTests {
    @Test func sectionsAreBoxedWithKeysInAColumn() {
        let c = GridCanvas(width: 40, height: 12)
        HelpOverlay(sections: [
            .init("List", [("j/↓", "move down"), ("k/↑", "move up"), ("Enter", "open")]),
            .init("Form", [("^S", "review and save"), ("Esc", "cancel")]),
        ]).render(in: c)
        #expect(c.lines == [
            "                                        ",
            "       ┌─ Help ─────────────────┐       ",
            "       │ List                   │       ",
            "       │ j/↓    move down       │       ",
            "       │ k/↑    move up         │       ",
            "       │ Enter  open            │       ",
            "       │                        │       ",
            "       │ Form                   │       ",
            "       │ ^S     review and save │       ",
            "       │ Esc    cancel          │       ",
            "       └────────────────────────┘       ",
            "                                        ",
        ])
        #expect(c.styleLines[3] == ".......b.kkkkk..................b.......")
    }

    @Test func helpTallerThanTheScreenShowsAMoreMarker() {
        let c = GridCanvas(width: 30, height: 5)
        HelpOverlay(sections: [.init("List", (1...9).map { ("k\($0)", "help \($0)") })]).render(in: c)
        #expect(c.lines[4].contains("↓"))
        #expect(c.lines[1].contains("List"))
    }
}
