import Foundation

/// Where the built `leads` executable is, for tests that run it as a user would: beside the test
/// bundle (the same build products directory), else the package's `.build/debug/leads`.
public enum LeadsBinary {
    public static let path: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("leads").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/leads").path
    }()
}
