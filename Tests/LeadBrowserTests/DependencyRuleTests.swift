import Foundation
import Testing

/// The dependency rule of ARCHITECTURE.md, checked on the sources: LeadBrowser stays free of
/// terminal, network and sandbox code so it can be tested as plain values.
@Suite struct DependencyRuleTests {
    @Test func leadBrowserImportsOnlyFoundationAndTiledeskLeads() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/LeadBrowser").standardized.resolvingSymlinksInPath()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 20, "found the LeadBrowser sources")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                #expect(["import Foundation", "import TiledeskLeads"].contains(String(line)), "\(file.lastPathComponent): \(line)")
            }
        }
    }
}
