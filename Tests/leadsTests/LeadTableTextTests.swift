import LeadBrowser
import ScreenText
import Testing
import TiledeskLeads
@testable import leads

@Suite struct LeadTableTextTests {
    static let leads = [
        Lead(id: "6b0623bea82a76f3684fc519", fullname: "山田 太郎", email: "taro@example.jp", tags: ["vip"]),
        Lead(id: "6b0623bea82a76f3684fc51a", fullname: "Evil\u{1B}[2JName", email: "e@example.com"),
    ]

    @Test func aTableFitsTheWidthAndKeepsIdsWhole() {
        for width in [120, 70, 40] {
            let lines = LeadTableText.table(Self.leads, width: width).split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { TerminalText.width(of: $0) <= max(width, 26) }, "\(width): \(lines)")
            #expect(lines[1].hasPrefix("6b0623bea82a76f3684fc519  "))
        }
    }

    @Test func emptyColumnsAreLeftOutAndWideCharactersAlign() {
        let lines = LeadTableText.table(Self.leads, width: 120).split(separator: "\n").map(String.init)
        #expect(!lines[0].contains("PHONE") && !lines[0].contains("COMPANY"))
        let starts = zip(lines.dropFirst(), ["taro@", "e@example"]).map { line, email in
            TerminalText.width(of: String(line[..<line.range(of: email)!.lowerBound]))
        }
        #expect(starts[0] == starts[1], "emails start in the same column after a double-width name: \(lines)")
    }

    @Test func controlCharactersAreMadeVisible() {
        let table = LeadTableText.table(Self.leads, width: 120)
        let tsv = LeadTableText.tabSeparated(Self.leads)
        for text in [table, tsv] {
            #expect(!text.unicodeScalars.contains("\u{1B}"))
            #expect(text.contains("Evil␛[2JName"))
        }
        #expect(tsv.split(separator: "\n").count == 2)
    }
}

