import Foundation
import Testing

/// Whole screens compared with text files under `Tests/TerminalUITests/Golden/`. A mismatch
/// fails the test and writes what was drawn beside the expected file (`NAME.actual.txt`) so a
/// `diff` shows the drift; `LEADS_UPDATE_GOLDEN=1 swift test` rewrites the expected files after a
/// deliberate change to the look. A rewrite is never a pass: each file it changes is a recorded
/// failure naming it, so the run stays red until the diff was read and the test runs clean; under
/// CI (`CI` set) the rewrite mode is refused outright.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let drawn = lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
        let expectedURL = directory.appendingPathComponent(name + ".txt")
        let actualURL = directory.appendingPathComponent(name + ".actual.txt")
        let environment = ProcessInfo.processInfo.environment
        if environment["LEADS_UPDATE_GOLDEN"] == "1" {
            guard environment["CI"] == nil else {
                Issue.record("LEADS_UPDATE_GOLDEN is refused under CI: golden files are rewritten by hand, after reading the diff",
                    sourceLocation: sourceLocation)
                return
            }
            let old = try? String(contentsOf: expectedURL, encoding: .utf8)
            guard old != drawn else { return }
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(drawn.utf8).write(to: expectedURL)
            try? FileManager.default.removeItem(at: actualURL)
            Issue.record("rewrote \(name).txt: read `git diff \(expectedURL.path)`, then run the tests again without LEADS_UPDATE_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            try? Data(drawn.utf8).write(to: actualURL)
            Issue.record("no golden file \(name).txt; what was drawn is in \(actualURL.path)", sourceLocation: sourceLocation)
            return
        }
        if expected == drawn {
            try? FileManager.default.removeItem(at: actualURL)
        } else {
            try? Data(drawn.utf8).write(to: actualURL)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let drawnLines = drawn.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(expectedLines.count, drawnLines.count)).first { expectedLines[$0] != drawnLines[$0] } ?? min(expectedLines.count, drawnLines.count)
            Issue.record(
                """
                \(name) differs from its golden file at line \(first + 1):
                expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
                drawn:    \(first < drawnLines.count ? String(drawnLines[first]) : "<end>")
                (diff \(expectedURL.path) \(actualURL.path))
                """, sourceLocation: sourceLocation)
        }
    }
}
