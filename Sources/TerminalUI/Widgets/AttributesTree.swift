import LeadBrowser

/// A lead's custom attributes (arbitrary JSON) as an indented tree: `▾ address`, `  city: Rome`.
/// Objects and arrays show an expand marker and a summary (`{3}`, `[2]`) when collapsed. The
/// widget draws already-flattened lines so expansion state stays in the view-model;
/// `AttributesTree.flatten` builds the lines from a nested `Node` for simple cases and tests.
public struct AttributesTree: Widget {
    public enum Marker: Hashable, Sendable { case leaf, collapsed, expanded }

    public struct Line: Hashable, Sendable {
        public var depth: Int
        public var key: String
        /// The value for a leaf, the summary (`{3}`) for a collapsed branch, "" for an open one.
        public var value: String
        public var marker: Marker
        public var valueStyle: Style
        public init(depth: Int, key: String, value: String, marker: Marker = .leaf, valueStyle: Style = .normal) {
            self.depth = depth
            self.key = key
            self.value = value
            self.marker = marker
            self.valueStyle = valueStyle
        }
    }

    /// A nested attribute, for building lines.
    public indirect enum Node: Hashable, Sendable {
        case leaf(key: String, value: String)
        case branch(key: String, children: [Node], expanded: Bool, isArray: Bool = false)
    }

    public var lines: [Line]
    public var selected: Int?
    public var offset: Int

    public init(lines: [Line], selected: Int? = nil, offset: Int = 0) {
        self.lines = lines
        self.selected = selected
        self.offset = offset
    }

    /// Flattens nodes into lines, descending into expanded branches only.
    public static func flatten(_ nodes: [Node], depth: Int = 0) -> [Line] {
        nodes.flatMap { node -> [Line] in
            switch node {
            case .leaf(let key, let value):
                return [Line(depth: depth, key: key, value: value)]
            case .branch(let key, let children, let expanded, let isArray):
                let summary = isArray ? "[\(children.count)]" : "{\(children.count)}"
                let head = Line(depth: depth, key: key, value: expanded ? "" : summary,
                                marker: expanded ? .expanded : .collapsed, valueStyle: .dim)
                return [head] + (expanded ? flatten(children, depth: depth + 1) : [])
            }
        }
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let start = ScrollWindow.offset(keeping: selected, visible: area.height, current: offset, total: lines.count)
        for (row, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            let y = area.y + row
            let isSelected = start + row == selected
            if isSelected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            var x = area.x + min(2 * line.depth, max(0, area.width - 4))
            let marker: String = switch line.marker {
            case .leaf: "  "
            case .collapsed: "▸ "
            case .expanded: "▾ "
            }
            x += canvas.draw(marker, x: x, y: y, maxWidth: area.maxX - x, style: isSelected ? .selected : .dim)
            x += canvas.draw(line.key, x: x, y: y, maxWidth: area.maxX - x, style: isSelected ? .selected : .accent)
            guard !line.value.isEmpty, x < area.maxX else { continue }
            let separator = line.marker == .leaf ? ": " : " "
            x += canvas.draw(separator, x: x, y: y, maxWidth: area.maxX - x, style: isSelected ? .selected : .normal)
            if x < area.maxX {
                canvas.drawFitted(line.value, x: x, y: y, width: area.maxX - x, style: isSelected ? .selected : line.valueStyle)
            }
        }
    }
}
