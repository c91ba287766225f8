import Testing
@testable import TerminalUI

@Suite struct FooterTests {
    @Test func entriesThatFitAreShownWhole() {
        let c = GridCanvas(width: 40, height: 1)
        Footer([("j/k", "move"), ("Enter", "open"), ("?", "help")]).render(in: c)
        #expect(c.trimmedLines == ["j/k move  Enter open  ? help"])
        #expect(c.style(x: 0, y: 0).role == .key)
    }

    @Test func aNarrowRowDropsWholeEntriesAndSaysThereIsMore() {
        let c = GridCanvas(width: 24, height: 1)
        Footer([("j/k", "move"), ("Enter", "open"), ("/", "search"), ("?", "help")]).render(in: c)
        #expect(c.trimmedLines == ["j/k move  Enter open  …"])
    }
}
