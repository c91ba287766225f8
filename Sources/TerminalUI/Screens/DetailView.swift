import LeadBrowser

/// One lead, every field: title with the name, the detail lines (attributes indented as a tree),
/// status line and footer.
enum DetailView {
    static func draw(_ detail: DetailState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        canvas.drawFitted(LeadTable.title(of: detail.lead), x: 0, y: 0, width: area.width, style: .title)
        let lines = DetailLines.lines(for: detail.lead).map {
            DetailPane.Line(String(repeating: "  ", count: $0.depth) + $0.label, $0.value)
        }
        DetailPane(lines: lines, offset: detail.scroll).render(in: canvas, area: BrowserScreen.body(area))
        BrowserScreen.drawChrome(state, in: canvas)
    }
}
