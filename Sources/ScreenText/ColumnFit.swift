/// How much room a table column wants: its `natural` width (its widest cell, title included),
/// the `minimum` below which it stops being readable, and whether it may be dropped at all.
public struct ColumnDemand: Sendable, Hashable {
    public var natural: Int
    public var minimum: Int
    /// Never dropped (the id in the CLI, the name and the sort column in the browser).
    public var keep: Bool

    public init(natural: Int, minimum: Int, keep: Bool = false) {
        self.natural = max(0, natural)
        self.minimum = max(0, min(minimum, natural))
        self.keep = keep
    }
}

/// The one column-fitting rule of every table (the browser's list, `leads list` on a terminal):
/// each column gets its natural width when they all fit; otherwise the widest column is cut by
/// one cell at a time, never below its minimum, so no column keeps room it does not need while
/// another is cut; when even the minimums do not fit, the lowest-priority column that may go
/// (the last one) drops out whole and the rest are fitted again.
public enum ColumnFit {
    /// Widths in the order given (first is most important), nil for a dropped column; `gap`
    /// cells separate shown columns.
    public static func widths(_ demands: [ColumnDemand], width: Int, gap: Int) -> [Int?] {
        var shown = Array(demands.indices)
        while true {
            var widths = shown.map { demands[$0].natural }
            var excess = widths.reduce(0, +) + gap * max(0, shown.count - 1) - width
            while excess > 0, let widest = widestCuttable(widths, shown: shown, demands: demands) {
                widths[widest] -= 1
                excess -= 1
            }
            if excess <= 0 || !shown.contains(where: { !demands[$0].keep }) {
                var result = [Int?](repeating: nil, count: demands.count)
                for (k, index) in shown.enumerated() { result[index] = widths[k] }
                return result
            }
            shown.remove(at: shown.lastIndex { !demands[$0].keep }!)
        }
    }

    /// The first of the widest columns still above its minimum.
    private static func widestCuttable(_ widths: [Int], shown: [Int], demands: [ColumnDemand]) -> Int? {
        var best: Int?
        for k in widths.indices where widths[k] > demands[shown[k]].minimum {
            if best == nil || widths[k] > widths[best!] { best = k }
        }
        return best
    }
}
