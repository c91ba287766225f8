import LeadBrowser

/// An in-memory canvas: the test double for the terminal, and the reason every widget and screen
/// can be tested as plain text. `lines` gives what a user would read; `styleLines`/`style(at:)`
/// give what they would see highlighted, so tests assert on selection and errors too.
public final class GridCanvas: Canvas {
    public let width: Int
    public let height: Int
    public var cursor: Point?
    /// Row-major cells, `height` rows of `width` cells, in one buffer the canvas owns. A frame
    /// writes every cell; through a pointer that costs a store, not an exclusivity check and a
    /// uniqueness check per cell as an array property would (measured: B3 in `Benchmarks/`).
    private let grid: UnsafeMutableBufferPointer<Cell>

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.grid = .allocate(capacity: self.width * self.height)
        grid.initialize(repeating: .blank)
    }

    deinit {
        grid.deinitialize()
        grid.deallocate()
    }

    /// The cells of each row.
    public var cells: [[Cell]] {
        (0..<height).map { y in Array(grid[(y * width)..<((y + 1) * width)]) }
    }

    public func put(_ character: Character, cellWidth: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x + cellWidth <= width else { return }
        let i = y * width + x
        breakWide(at: i, x: x)
        grid[i] = Cell(character: character, style: style)
        if cellWidth == 2 {
            breakWide(at: i + 1, x: x + 1)
            grid[i + 1] = Cell(character: nil, style: style)
        }
    }

    /// Overwriting either half of a wide character blanks the other half, as a terminal does.
    private func breakWide(at i: Int, x: Int) {
        if grid[i].isContinuation, x > 0 {
            grid[i - 1] = Cell(character: " ", style: grid[i - 1].style)
            grid[i] = Cell(character: " ", style: grid[i].style)
        } else if x + 1 < width, grid[i + 1].isContinuation {
            grid[i + 1] = Cell(character: " ", style: grid[i + 1].style)
        }
    }

    /// Blanks everything and hides the cursor, like the start of a frame.
    public func clear() {
        grid.update(repeating: .blank)
        cursor = nil
    }

    /// The text of each row, trailing spaces kept, so each line is exactly `width` columns wide.
    public var lines: [String] {
        cells.map { row in String(row.compactMap(\.character)) }
    }

    /// The text of each row with trailing spaces removed: the convenient form for inline
    /// comparisons in tests.
    public var trimmedLines: [String] {
        lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
    }

    /// The whole screen as one string, rows joined by newlines, trailing spaces trimmed.
    public var text: String { trimmedLines.joined(separator: "\n") }

    /// The style of the cell at a position.
    public func style(x: Int, y: Int) -> Style { grid[y * width + x].style }

    /// One character per cell telling the style role, for asserting on highlighting line by line:
    /// `.` normal, `S` selected, `H` header, `T` title, `s` status, `E` status error, `d` dim,
    /// `a` accent, `c` tag chip, `e` error, `b` border, `f` focused, `p` placeholder, `k` key.
    /// Reverse video on any other role shows as `R`.
    public var styleLines: [String] {
        cells.map { row in String(row.map(Self.code(for:))) }
    }

    static func code(for cell: Cell) -> Character {
        let s = cell.style
        switch s.role {
        case .normal: return s.reverse ? "R" : "."
        case .selected: return "S"
        case .header: return "H"
        case .title: return "T"
        case .status: return "s"
        case .statusError: return "E"
        case .dim: return "d"
        case .accent: return "a"
        case .tagChip: return "c"
        case .error: return "e"
        case .border: return "b"
        case .focused: return "f"
        case .placeholder: return "p"
        case .key: return "k"
        }
    }

    /// Rows whose every cell is highlighted (selected, status, reverse): the selected row of a list.
    public var highlightedRows: [Int] {
        (0..<height).filter { y in width > 0 && grid[(y * width)..<((y + 1) * width)].allSatisfy { $0.style.isHighlighted } }
    }
}
