import Testing
@testable import TerminalUI

@Suite struct TooSmallNoticeTests {
    @Test func theNoticeWrapsIntoTheRoomThereIs() {
        let c = GridCanvas(width: 12, height: 4)
        TooSmallNotice(size: .init(width: 12, height: 4)).render(in: c)
        #expect(c.trimmedLines == ["Terminal too", "small: 12×4,", "needs 40×10", ""])
        #expect(TerminalSize(width: 39, height: 30).isTooSmall())
        #expect(!TerminalSize(width: 80, height: 24).isTooSmall())
    }
}
