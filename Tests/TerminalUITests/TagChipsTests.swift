import Testing
@testable import TerminalUI

@Suite struct TagChipsTests {
    @Test func chipsWrapAndLongTagsAreCut() {
        let c = GridCanvas(width: 20, height: 3)
        TagChips(tags: ["vip", "東京", "newsletter", "a-very-long-tag-name-here"], selected: 1).render(in: c)
        #expect(c.lines == [" vip   東京         ", " newsletter         ", " a-very-long-tag-na…"])
        #expect(c.styleLines[0] == "ccccc.SSSSSS........")
        #expect(TagChips(tags: ["vip", "東京", "newsletter", "a-very-long-tag-name-here"]).rowCount(width: 20) == 3)
    }

    @Test func noTagsShowsThePlaceholder() {
        let c = GridCanvas(width: 10, height: 1)
        TagChips(tags: []).render(in: c)
        #expect(c.trimmedLines == ["no tags"])
    }
}
