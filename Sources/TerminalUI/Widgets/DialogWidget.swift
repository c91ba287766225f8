import LeadBrowser

/// A modal box in the middle of the screen: a confirmation (`Trash this lead? y/N`), a pick list
/// (choose a sort field, a tag), or an error with its explanation. The default answer of a
/// confirmation is always No and is shown in capitals, because an irreversible action is never
/// confirmed by Enter.
public struct DialogWidget: Widget {
    public enum Kind: Hashable, Sendable {
        /// A question answered `y` or `n`; the hint shows `y/N`.
        case confirm(hint: String = "y/N")
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

    public func render(in canvas: Canvas, area: Rect) {
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
        guard box.width >= 3, box.height >= 3 else { return }
        canvas.fill(box)
        canvas.box(box, title: title, style: kind == .error ? .error : .border)
        let inner = box.inset(by: 1)
        // Keep the selected option visible when the list is taller than the box.
        var start = 0
        if case .pick(_, let selected) = kind {
            let selectedLine = body.count - (optionCount - selected)
            start = ScrollWindow.offset(keeping: selectedLine, visible: inner.height, current: 0, total: body.count)
        }
        for (row, line) in body.dropFirst(start).prefix(inner.height).enumerated() {
            if line.1 == .selected {
                canvas.drawFitted(" " + line.0, x: inner.x, y: inner.y + row, width: inner.width, style: .selected)
            } else {
                canvas.draw(line.0, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1, style: line.1)
            }
        }
    }

    private var optionCount: Int {
        if case .pick(let options, _) = kind { return options.count }
        return 0
    }
}
