import Foundation
import Testing

/// The dependency rules of ARCHITECTURE.md, checked on the sources: LeadBrowser stays free of
/// terminal, network and sandbox code so it can be tested as plain values, and the canvas and the
/// widgets, the lowest layers of the front end, do not depend on the view-models. Yams, a parser
/// of text in memory, is allowed in LeadBrowser's `Document/` only, where lead documents are read.
@Suite struct DependencyRuleTests {
    /// Every import line under a source folder, with the file's path inside that folder.
    static func imports(under folder: String) throws -> [(file: String, line: String)] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/" + folder).standardized.resolvingSymlinksInPath()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.flatMap { file in
            let name = String(file.path.dropFirst(sources.path.count + 1))
            return try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("import ") }.map { (name, String($0)) }
        }
    }

    @Test func leadBrowserImportsOnlyFoundationTiledeskLeadsAndScreenText() throws {
        let found = try Self.imports(under: "LeadBrowser")
        #expect(Set(found.map(\.file)).count > 20, "found the LeadBrowser sources")
        for (file, line) in found {
            let allowed = ["import Foundation", "import TiledeskLeads", "import ScreenText", "import LeadDuplicates"] + (file.hasPrefix("Document/") ? ["import Yams"] : [])
            #expect(allowed.contains(line), "\(file): \(line)")
        }
    }

    /// The widgets draw text they are given (a form's rows, a dialog's lines, a footer's keys):
    /// the screens turn view-models into that text, so a widget needs `ScreenText`, never the
    /// view-models or the wire model.
    @Test func theCanvasAndTheWidgetsKnowNothingOfTheViewModels() throws {
        let widgets = try Self.imports(under: "TerminalUI/Widgets")
        #expect(Set(widgets.map(\.file)).contains("StatusLine.swift"), "found the widget sources")
        let found = try Self.imports(under: "TerminalUI/Canvas") + Self.imports(under: "TerminalUI/Backend") + widgets
        #expect(!found.isEmpty, "found the canvas sources")
        for (file, line) in found {
            #expect(line != "import LeadBrowser" && line != "import TiledeskLeads", "\(file): \(line)")
        }
    }
}
