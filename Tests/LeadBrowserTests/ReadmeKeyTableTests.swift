import Foundation
import Testing
@testable import LeadBrowser

/// README.md's `| screen | keys |` table against the default key maps: a key the README names
/// must do something on that screen, and every action a screen's footer offers must be in its
/// row, so a changed default or a README edit that drifts fails here.
@Suite struct ReadmeKeyTableTests {
    /// Backticked words in the README that name no key.
    static let notKeys: Set<String> = ["$EDITOR"]

    /// The maps behind each row of the table: a screen with the editors and dialogs it contains.
    static let rows: [String: [KeyMap]] = [
        "list": KeyScreen.list.defaultVariants + [KeyMaps.searchBox],
        "detail": KeyScreen.detail.defaultVariants,
        "form": [KeyMaps.form, KeyMaps.textField, KeyMaps.tags, KeyMaps.attributes, KeyMaps.prompt],
        "dialogs": [KeyMaps.confirm],
    ]

    /// The README's table as row name → the key names written in backticks (`^X ^E` is one:
    /// a chord).
    static func table() throws -> [String: [String]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(of: "| screen | keys |") else { return [:] }
        var table: [String: [String]] = [:]
        for line in lines[(header + 2)...] {
            guard line.hasPrefix("| ") else { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            table[cells[0]] = Self.backticked(cells.dropFirst().joined(separator: "|"))
        }
        return table
    }

    /// The texts between backticks.
    static func backticked(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func theTableHasARowForEachScreen() throws {
        #expect(try Set(Self.table().keys) == Set(Self.rows.keys))
    }

    @Test func everyKeyTheReadmeNamesIsBoundOnItsScreen() throws {
        for (row, names) in try Self.table() {
            let maps = Self.rows[row] ?? []
            let bound = Set(maps.flatMap(\.bindings).flatMap(\.keys))
                .union(maps.flatMap(\.editorKeys).flatMap { $0.keys.split(separator: " ").compactMap { Key(name: String($0)) } })
            for name in names where !Self.notKeys.contains(name) {
                guard let key = Key(name: name) else {
                    Issue.record("README \(row) row: `\(name)` is no key name")
                    continue
                }
                #expect(bound.contains(key), "README \(row) row names `\(name)`, which does nothing there")
            }
        }
    }

    @Test func everyFooterActionIsInItsReadmeRow() throws {
        let table = try Self.table()
        for (row, maps) in Self.rows {
            let named = Set((table[row] ?? []).compactMap { Key(name: $0) })
            for binding in maps.flatMap(\.bindings) where binding.inFooter {
                #expect(!named.isDisjoint(with: binding.keys), "README \(row) row lacks \(binding.keyText) (\(binding.help))")
            }
        }
    }
}
