import Testing
@testable import TiledeskLeads

@Suite struct PercentEncodingTests {
    @Test func leavesUnreservedCharactersAlone() {
        #expect(PercentEncoding.encode("64c0ffee0000000000000001") == "64c0ffee0000000000000001")
        #expect(PercentEncoding.encode("a-b.c_d~e") == "a-b.c_d~e")
    }

    @Test func encodesEverythingThatCouldSplitOrChangeAValue() {
        #expect(PercentEncoding.encode("a/b?c#d e%f+g&h=i") == "a%2Fb%3Fc%23d%20e%25f%2Bg%26h%3Di")
        #expect(PercentEncoding.encode("..") == "..")
        #expect(PercentEncoding.encode("é") == "%C3%A9")
    }

    @Test func buildsURLsSegmentBySegment() throws {
        let base = try ServerURL("https://api.tiledesk.com/v3/")
        let endpoint = Endpoint(.DELETE, ["p", "leads", "x/y", "tag", "a b#c"], query: [("tags", "q?&r")])
        #expect(endpoint.url(base: base) == "https://api.tiledesk.com/v3/p/leads/x%2Fy/tag/a%20b%23c?tags=q%3F%26r")
    }
}
