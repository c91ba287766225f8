/// A modal box in the middle of the screen: a confirmation (`Trash this lead?` with `[y] Yes   [N] No`), a pick list
/// (choose a sort field, a tag), or an error with its explanation. The default answer of a
/// confirmation is always No and is shown in capitals, because an irreversible action is never
/// confirmed by Enter.
public struct DialogWidget: Widget {
    public enum Kind: Hashable, Sendable {
        /// A question answered `y` or `n`; the hint shows both answers, No in capitals.
        case confirm(hint: String = DialogWidget.confirmHint)
        /// A list of options with one highlighted.
        case pick(options: [String], selected: Int)
        /// Something went wrong; any key dismisses.
        case error
    }

    public var title: String
    public var message: String
    public var kind: Kind
    /// Preferred inner width; the box shrinks to fit small screens.
    public var preferredWidth: Int

    public init(title: String, message: String, kind: Kind, preferredWidth: Int = 50) {
        self.title = title
        self.message = message
        self.kind = kind
        self.preferredWidth = preferredWidth
    }

    /// What a click at a cell of the dialog lands on.
    public enum Hit: Hashable, Sendable {
        /// One of the pick list's options, by index.
        case option(Int)
        /// The `[y] Yes` or `[N] No` of a confirmation.
        case answer(Bool)
        /// Inside the box, on nothing that answers.
        case inside
        /// Outside the box.
        case outside
    }

    /// The hint a confirmation shows: its two answers, as keys and as things to click.
    public static let confirmHint = "[y] Yes   [N] No"

    /// Where everything goes in `area`: the box, its lines with their styles, and the first line
    /// shown (a long pick list scrolls to keep its selection visible). Drawing and clicks both
    /// read it, so a click lands on what was drawn there.
    private func layout(area: Rect) -> (box: Rect, body: [(String, Style)], start: Int) {
        let innerWidth = max(1, min(preferredWidth, area.width - 4))
        let textWidth = max(1, innerWidth - 2)
        let messageLines = message.isEmpty ? [] : TextWrap.wrap(message, width: textWidth)
        var body: [(String, Style)] = messageLines.map { ($0, kind == .error ? Style.error : .normal) }
        switch kind {
        case .confirm(let hint):
            body.append(("", .normal))
            body.append((hint, .key))
        case .pick(let options, let selected):
            if !body.isEmpty { body.append(("", .normal)) }
            for (i, option) in options.enumerated() {
                body.append((option, i == selected ? .selected : .normal))
            }
        case .error:
            body.append(("", .normal))
            body.append(("Press any key", .dim))
        }
        let box = area.centered(width: innerWidth + 2, height: body.count + 2)
        var start = 0
        if case .pick(_, let selected) = kind {
            let selectedLine = body.count - (optionCount - selected)
            start = ScrollWindow.offset(keeping: selectedLine, visible: max(0, box.height - 2), current: 0, total: body.count)
        }
        return (box, body, start)
    }

    public func render(in canvas: Canvas, area: Rect) {
        let (box, body, start) = layout(area: area)
        guard box.width >= 3, box.height >= 3 else { return }
        canvas.fill(box)
        canvas.box(box, title: title, style: kind == .error ? .error : .border)
        let inner = box.inset(by: 1)
        for (row, line) in body.dropFirst(start).prefix(inner.height).enumerated() {
            if line.1 == .selected {
                canvas.drawFitted(" " + line.0, x: inner.x, y: inner.y + row, width: inner.width, style: .selected)
            } else {
                canvas.draw(line.0, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1, style: line.1)
            }
        }
    }

    /// What a click at `x`, `y` lands on, laid out in `area` as `render` lays it out.
    public func hit(x: Int, y: Int, area: Rect) -> Hit {
        let (box, body, start) = layout(area: area)
        guard x >= box.x, x < box.maxX, y >= box.y, y < box.maxY else { return .outside }
        let inner = box.inset(by: 1)
        let line = start + (y - inner.y)
        guard y >= inner.y, y < inner.maxY, body.indices.contains(line) else { return .inside }
        switch kind {
        case .pick:
            let option = line - (body.count - optionCount)
            return option >= 0 ? .option(option) : .inside
        case .confirm(let hint):
            guard line == body.count - 1 else { return .inside }
            // `[y] Yes` is the first half of the hint, `[N] No` the second.
            let column = x - (inner.x + 1)
            let half = hint.count / 2
            return column < 0 || column >= hint.count ? .inside : .answer(column < half)
        case .error:
            return .inside
        }
    }

    private var optionCount: Int {
        if case .pick(let options, _) = kind { return options.count }
        return 0
    }
}
