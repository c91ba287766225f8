import LeadBrowser

/// The merge before anything is written: `leads merge`'s review text (the survivor after the
/// merge, the leads going to the trash with `mergedInto`, every value not kept), scrolled with
/// j/k; `y` merges. While it runs, or after a step failed, the status line says so.
enum MergeReviewView {
    static func draw(_ review: MergeReviewState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        canvas.drawFitted(
            "Merge \(review.plan.others.count + 1) leads into \(LeadTable.title(of: review.plan.result)) · y to merge", x: 0, y: 0,
            width: area.width, style: .title)
        let body = BrowserScreen.body(area)
        for (row, line) in review.lines.dropFirst(review.scroll).prefix(body.height).enumerated() {
            let heading = !line.hasPrefix(" ")
            let style: Style = heading ? .header : line.contains("→") ? .accent : .normal
            canvas.drawFitted(line, x: body.x, y: body.y + row, width: body.width, style: style)
        }
        BrowserScreen.drawChrome(state, in: canvas)
    }
}
