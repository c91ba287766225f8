import Testing
@testable import LeadBrowser
import TiledeskLeads

/// `x` with leads marked: the file is asked for (its extension names the format), the marked leads
/// go to it in the list's order, a `*` selection is read to the end first, and the status line
/// says what was written or why not.
@Suite struct ExportMarkedTests {
    typealias Server = BulkActionTests.Server

    /// Asks for the export and answers the prompt with `path` (replacing the suggested name).
    static func export(_ state: inout AppState, to path: String) -> [Effect] {
        _ = press(&state, .char("x"))
        guard case .prompt(let prompt)? = state.stack.last, prompt.purpose == .exportMarked else {
            Issue.record("no file asked for: \(String(describing: state.stack.last))")
            return []
        }
        #expect(prompt.title == "Export the \(state.selection.summary) to (.csv, .json or .ndjson)")
        #expect(prompt.input.text == "leads.csv", "a name is suggested")
        _ = press(&state, .ctrl("u"))
        _ = type(&state, path)
        return press(&state, .enter)
    }

    @Test func theMarkedLeadsGoToTheFileInTheListsOrder() {
        var server = Server((0..<10).map { lead($0) })
        var state = BulkActionTests.app(&server, marked: 0)
        _ = press(&state, .char("j"), .char(" "), .char(" "), .char("j"), .char(" "))
        let effects = Self.export(&state, to: "~/marked.NDJSON")
        let marked = state.selection.marked.values.sorted { $0.id > $1.id }  // newest _id first, as listed
        #expect(effects == [.exportLeads(marked, LeadExport(path: "~/marked.NDJSON", format: .ndjson))])
        _ = state.update(.leadsExported(LeadExport(path: "~/marked.NDJSON", format: .ndjson), count: 3, failure: nil))
        #expect(state.status?.text == "Exported 3 leads to ~/marked.NDJSON (ndjson)")
        #expect(state.selection.marked.count == 3, "the marks stay for a next action")
    }

    @Test func allMatchingIsReadToTheEndThenWritten() {
        var server = Server((0..<1100).map { lead($0) })
        var state = BulkActionTests.app(&server, marked: 0)
        _ = press(&state, .char("*"))
        var written: [Lead] = []
        var queue = Self.export(&state, to: "all.json")
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .request(let id, let request): queue += state.update(server.answer(id, request))
            case .exportLeads(let leads, let export):
                #expect(export == LeadExport(path: "all.json", format: .json))
                written = leads
            default: break
            }
        }
        #expect(written.count == 1100 && Set(written.map(\.id)).count == 1100, "every matching lead once, pages never loaded included")
    }

    @Test func aFileOfAnotherKindOrAFailedWriteIsSaidAndNothingElseHappens() {
        var server = Server((0..<5).map { lead($0) })
        var state = BulkActionTests.app(&server, marked: 2)
        #expect(Self.export(&state, to: "leads.xlsx").isEmpty)
        #expect(state.status?.isError == true && state.status?.text == "Not exported: the file must end in .csv, .json or .ndjson")
        _ = state.update(.leadsExported(LeadExport(path: "/nope/x.csv", format: .csv), count: 0, failure: "cannot write /nope/x.csv"))
        #expect(state.status?.isError == true && state.status?.text == "Not exported to /nope/x.csv: cannot write /nope/x.csv")
    }

    @Test(arguments: [("a.csv", LeadExport.Format.csv), ("dir.v2/b.Json", .json), ("c.ndjson", .ndjson)])
    func theExtensionNamesTheFormat(path: String, format: LeadExport.Format) {
        #expect(LeadExport(typed: path)?.format == format)
    }

    @Test func noExtensionOrAnotherIsNoExport() {
        #expect(LeadExport(typed: "leads") == nil)
        #expect(LeadExport(typed: "dir.csv/leads") == nil)
        #expect(LeadExport(typed: "leads.txt") == nil)
    }
}
