import Testing
@testable import LeadBrowser
import TiledeskLeads

func lead(_ n: Int, name: String? = nil) -> Lead {
    Lead(id: String(format: "%024x", n), fullname: name ?? "Lead \(n)", email: "lead\(n)@example.com")
}

func page(_ number: Int, size: Int = 40, total: Int = 1000) -> [Lead] {
    let start = number * size
    return (start..<min(start + size, total)).map { lead($0) }
}

@Suite struct PagedListTests {
    @Test func positionTextGroupsThousands() {
        var list = PagedList<Lead>(pageSize: 40)
        list.receive(page: 0, items: page(0), totalCount: 98_311)
        list.move(by: 1203)
        #expect(list.positionText == "1,204 of 98,311")
    }

    @Test func nextPageIsWantedBeforeTheCursorReachesIt() {
        var list = PagedList<Lead>(pageSize: 40, prefetchMargin: 10)
        list.resize(visibleRows: 20)
        list.receive(page: 0, items: page(0), totalCount: 1000)
        #expect(list.pagesToFetch == [])
        list.move(by: 29)
        #expect(list.pagesToFetch == [], "row 30 + 10 is still page 0")
        list.move(by: 1)
        #expect(list.pagesToFetch == [1], "prefetch page 1 when 10 rows away")
    }

    @Test func noPageBeyondTheTotalIsAsked() {
        var list = PagedList<Lead>(pageSize: 40)
        list.receive(page: 0, items: page(0, total: 30), totalCount: 30)
        list.move(by: 100)
        #expect(list.cursor == 29)
        #expect(list.pagesToFetch == [])
    }

    @Test func answerForAnEvictedOrReplacedRequestIsNotAwaited() {
        var list = PagedList<Lead>(pageSize: 40)
        list.markLoading(page: 3, requestID: 7)
        #expect(list.isAwaited(page: 3, requestID: 7))
        list.markLoading(page: 3, requestID: 9)
        #expect(!list.isAwaited(page: 3, requestID: 7))
    }

    @Test func selectionReturnsToTheSameLeadAfterReset() {
        var list = PagedList<Lead>(pageSize: 40)
        list.receive(page: 0, items: page(0), totalCount: 1000)
        list.move(by: 5)
        let id = list.selectedItem!.id
        list.reset(keepSelection: id, toTop: false)
        var shifted = page(0)
        shifted.insert(lead(5000), at: 0)
        list.receive(page: 0, items: Array(shifted.prefix(40)), totalCount: 1001)
        #expect(list.selectedItem?.id == id)
        #expect(list.cursor == 6)
    }

    @Test func narrowingShowsOnlyLoadedRowsContainingTheText() {
        var list = PagedList<Lead>(pageSize: 40)
        list.receive(page: 0, items: [lead(1, name: "Johnny"), lead(2, name: "Mary"), lead(3, name: "john")], totalCount: 3)
        list.narrow("joh")
        #expect(list.narrowedItems.map(\.fullname) == ["Johnny", "john"])
        #expect(list.positionText == "1 of 2")
    }

    @Test(arguments: [7, 8, 9, 10] as [UInt64])
    func randomScrollingNeverGrowsTheCacheBeyondItsBound(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var list = PagedList<Lead>(pageSize: 40, cacheBound: 25)
        list.resize(visibleRows: 30)
        let total = 100_000
        var requestID = 0
        for _ in 0..<400 {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: list.move(by: Int.random(in: -50...50, using: &rng))
            case 1: list.move(by: Int.random(in: -5000...5000, using: &rng))
            case 2: list.setCursor(Int.random(in: 0..<total, using: &rng))
            default: list.setCursor(total - 1)
            }
            for p in list.pagesToFetch {
                requestID += 1
                list.markLoading(page: p, requestID: requestID)
                if Bool.random(using: &rng) { list.receive(page: p, items: page(p, total: total), totalCount: total) }
            }
            #expect(list.cache.count <= 25, "seed \(seed)")
        }
    }
}
