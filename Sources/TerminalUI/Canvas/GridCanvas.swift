import ScreenText

/// An in-memory canvas: the test double for the terminal, and the reason every widget and screen
/// can be tested as plain text. `lines` gives what a user would read; `styleLines`/`style(at:)`
/// give what they would see highlighted, so tests assert on selection and errors too.
public final class GridCanvas: Canvas {
    public let width: Int
    public let height: Int
    public var cursor: Point?
    /// Row-major, `height` rows of `width` cells, in two buffers the canvas owns: what each cell
    /// shows as a `CellCode`, and its style. A frame writes every cell; plain integers make that a
    /// store per cell, where `Character`s cost a retain and a release each (measured: B3 in
    /// `Benchmarks/`), and a pointer skips the exclusivity and uniqueness checks of an array.
    private let codes: UnsafeMutableBufferPointer<UInt32>
    private let styles: UnsafeMutableBufferPointer<Style>
    /// Grapheme clusters of more than one scalar, by `CellCode.cluster` index. A test double
    /// meets a handful, so the table is never pruned.
    private var clusters: [Character] = []
    private var clusterCodes: [Character: UInt32] = [:]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        codes = .allocate(capacity: self.width * self.height)
        codes.initialize(repeating: CellCode.space)
        styles = .allocate(capacity: self.width * self.height)
        styles.initialize(repeating: .normal)
    }

    deinit {
        codes.deallocate()
        styles.deallocate()
    }

    /// The cells of each row.
    public var cells: [[Cell]] {
        (0..<height).map { y in ((y * width)..<((y + 1) * width)).map(cell(at:)) }
    }

    private func cell(at i: Int) -> Cell {
        let code = codes[i]
        if code == CellCode.continuation { return Cell(character: nil, style: styles[i]) }
        if let cluster = CellCode.cluster(code) { return Cell(character: clusters[cluster], style: styles[i]) }
        return Cell(character: Character(Unicode.Scalar(code)!), style: styles[i])
    }

    public func put(_ character: Character, cellWidth: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x + cellWidth <= width else { return }
        put(code: code(for: character), cellWidth: cellWidth, at: y * width + x, x: x, style: style)
    }

    private func put(code: UInt32, cellWidth: Int, at i: Int, x: Int, style: Style) {
        breakWide(at: i, x: x)
        codes[i] = code
        styles[i] = style
        if cellWidth == 2 {
            breakWide(at: i + 1, x: x + 1)
            codes[i + 1] = CellCode.continuation
            styles[i + 1] = style
        }
    }

    public func put(scalar: Unicode.Scalar, cellWidth: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x + cellWidth <= width else { return }
        put(code: scalar.value, cellWidth: cellWidth, at: y * width + x, x: x, style: style)
    }

    public func put(ascii: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x + ascii.count <= width, !ascii.isEmpty else { return }
        let i = y * width + x
        // Only the ends can cut a wide character in two; everything between is overwritten.
        breakWide(at: i, x: x)
        breakWide(at: i + ascii.count - 1, x: x + ascii.count - 1)
        for (k, byte) in ascii.enumerated() {
            codes[i + k] = UInt32(byte)
            styles[i + k] = style
        }
    }

    public func put(scalar: Unicode.Scalar, repeated count: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x + count <= width, count > 0 else { return }
        let i = y * width + x
        breakWide(at: i, x: x)
        breakWide(at: i + count - 1, x: x + count - 1)
        UnsafeMutableBufferPointer(rebasing: codes[i..<(i + count)]).update(repeating: scalar.value)
        UnsafeMutableBufferPointer(rebasing: styles[i..<(i + count)]).update(repeating: style)
    }

    /// The code that stands for a character: its scalar, or a new or known cluster index.
    private func code(for character: Character) -> UInt32 {
        if let only = TerminalText.onlyScalar(of: character) { return only.value }
        if let known = clusterCodes[character] { return known }
        let code = CellCode.code(forCluster: clusters.count)
        clusters.append(character)
        clusterCodes[character] = code
        return code
    }

    /// Overwriting either half of a wide character blanks the other half, as a terminal does.
    private func breakWide(at i: Int, x: Int) {
        if codes[i] == CellCode.continuation, x > 0 {
            codes[i - 1] = CellCode.space
            codes[i] = CellCode.space
        } else if x + 1 < width, codes[i + 1] == CellCode.continuation {
            codes[i + 1] = CellCode.space
        }
    }

    /// Blanks everything and hides the cursor, like the start of a frame. No cell refers to a
    /// cluster any more, so the table starts again too (a terminal's frame buffer lives as long as
    /// the program and would otherwise keep every grapheme it ever showed).
    public func clear() {
        codes.update(repeating: CellCode.space)
        styles.update(repeating: .normal)
        if !clusters.isEmpty {
            clusters.removeAll(keepingCapacity: true)
            clusterCodes.removeAll(keepingCapacity: true)
        }
        cursor = nil
    }

    /// Row `y`'s cells as stored: what `NcursesCanvas` hands curses.
    func row(_ y: Int) -> (codes: UnsafeBufferPointer<UInt32>, styles: UnsafeBufferPointer<Style>) {
        let cells = (y * width)..<((y + 1) * width)
        return (UnsafeBufferPointer(rebasing: codes[cells]), UnsafeBufferPointer(rebasing: styles[cells]))
    }

    /// The grapheme a cluster code of this canvas stands for.
    func cluster(_ code: UInt32) -> Character? { CellCode.cluster(code).map { clusters[$0] } }

    /// Whether row `y` shows the same as row `y` of `other`, a canvas of the same width. Cluster
    /// codes are numbered per canvas, so those are compared by the grapheme they stand for.
    func rowMatches(_ y: Int, in other: GridCanvas) -> Bool {
        let (mine, theirs) = (row(y), other.row(y))
        for x in 0..<width where mine.codes[x] != theirs.codes[x] || mine.styles[x] != theirs.styles[x] {
            return false
        }
        for code in mine.codes where CellCode.cluster(code) != nil {
            if cluster(code) != other.cluster(code) { return false }
        }
        return true
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
    public func style(x: Int, y: Int) -> Style { styles[y * width + x] }

    /// One character per cell telling the style role, for asserting on highlighting line by line:
    /// `.` normal, `S` selected, `H` header, `T` title, `s` status, `E` status error, `d` dim,
    /// `a` accent, `e` error, `b` border, `f` focused, `p` placeholder, `k` key.
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
        case .error: return "e"
        case .border: return "b"
        case .focused: return "f"
        case .placeholder: return "p"
        case .key: return "k"
        case .marked: return "m"
        case .dirty: return "c"
        }
    }

    /// Rows whose every cell is highlighted (selected, status, reverse): the selected row of a list.
    public var highlightedRows: [Int] {
        (0..<height).filter { y in width > 0 && styles[(y * width)..<((y + 1) * width)].allSatisfy(\.isHighlighted) }
    }
}
