import Testing

@testable import ScreenText

/// The one rule every table is fitted by: room as needed, the widest cut first, whole columns
/// dropped from the end only when even the minimums do not fit.
@Suite struct ColumnFitTests {
    @Test func everyColumnGetsItsNaturalWidthWhenTheyFit() {
        let demands = [ColumnDemand(natural: 10, minimum: 4), ColumnDemand(natural: 20, minimum: 8), ColumnDemand(natural: 5, minimum: 5)]
        #expect(ColumnFit.widths(demands, width: 80, gap: 1) == [10, 20, 5])
        #expect(ColumnFit.widths(demands, width: 37, gap: 1) == [10, 20, 5], "exactly full")
    }

    @Test func theWidestIsCutFirstSoNoColumnKeepsRoomItDoesNotNeed() {
        let demands = [ColumnDemand(natural: 10, minimum: 4), ColumnDemand(natural: 30, minimum: 8), ColumnDemand(natural: 12, minimum: 6)]
        // 10 + 30 + 12 + 2 gaps = 54; 14 cells must go, all from the widest until it meets the next.
        #expect(ColumnFit.widths(demands, width: 40, gap: 1) == [10, 16, 12])
        // 24 must go: the widest down to 12, then the widest in turn, the first of equals first.
        #expect(ColumnFit.widths(demands, width: 30, gap: 1) == [9, 9, 10])
    }

    @Test func noColumnIsCutBelowItsMinimumAndTheLastDropsOutWhole() {
        let demands = [ColumnDemand(natural: 10, minimum: 10, keep: true), ColumnDemand(natural: 30, minimum: 20), ColumnDemand(natural: 12, minimum: 10)]
        // Minimums 10 + 20 + 10 + 2 = 42 > 35: the last goes, then 10 + 1 + 24 fits by cutting the middle.
        #expect(ColumnFit.widths(demands, width: 35, gap: 1) == [10, 24, nil])
        // Still too narrow for both: the middle goes too; the kept column stays even when nothing fits.
        #expect(ColumnFit.widths(demands, width: 25, gap: 1) == [10, nil, nil])
        #expect(ColumnFit.widths(demands, width: 5, gap: 1) == [10, nil, nil])
    }

    @Test func aKeptColumnOutlivesColumnsBeforeIt() {
        let demands = [ColumnDemand(natural: 10, minimum: 10, keep: true), ColumnDemand(natural: 10, minimum: 10), ColumnDemand(natural: 10, minimum: 10, keep: true)]
        #expect(ColumnFit.widths(demands, width: 25, gap: 2) == [10, nil, 10])
    }
}
