import Testing
@testable import TerminalUI

@Suite struct AttributesTreeTests {
    @Test func nestedAttributesIndentWithExpandMarkers() {
        let lines = AttributesTree.flatten([
            .leaf(key: "plan", value: "pro"),
            .branch(key: "address", children: [.leaf(key: "city", value: "Rome"), .leaf(key: "zip", value: "00100")], expanded: true),
            .branch(key: "tags", children: [.leaf(key: "0", value: "x")], expanded: false, isArray: true),
        ])
        let c = GridCanvas(width: 30, height: 5)
        AttributesTree(lines: lines, selected: 2).render(in: c)
        #expect(c.trimmedLines == ["  plan: pro", "▾ address", "    city: Rome", "    zip: 00100", "▸ tags [1]"])
        #expect(c.highlightedRows == [2])
    }
}
