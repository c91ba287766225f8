/// Tells a double click from two clicks: curses' own click detection is off (`mouseinterval(0)`,
/// so a press is reported at once, without waiting to see whether a second follows), so the
/// second press on the same cell within `interval` is the double click.
struct ClickTracker {
    var interval: Duration = .milliseconds(400)
    private var last: (x: Int, y: Int, at: ContinuousClock.Instant)?

    /// Notes a click; true when it completes a double click (and then the next one starts afresh).
    mutating func isDouble(x: Int, y: Int, at now: ContinuousClock.Instant = .now) -> Bool {
        if let last, last.x == x, last.y == y, now - last.at <= interval {
            self.last = nil
            return true
        }
        last = (x, y, now)
        return false
    }
}
