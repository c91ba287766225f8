/// Drawn instead of a screen when the terminal is smaller than the layout needs: it says so and
/// what size is needed, wrapped into whatever room there is, and never draws outside the area.
/// The next resize that makes room brings the real screen back.
public struct TooSmallNotice: Widget {
    public var size: TerminalSize
    public var minimum: TerminalSize

    public init(size: TerminalSize, minimum: TerminalSize = .minimum) {
        self.size = size
        self.minimum = minimum
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let text = "Terminal too small: \(size.width)×\(size.height), needs \(minimum.width)×\(minimum.height)"
        let lines = TextWrap.wrap(text, width: area.width)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.prefix(area.height).enumerated() {
            canvas.drawFitted(line, x: area.x, y: top + i, width: area.width, style: .error, alignment: .center)
        }
    }
}
