import Foundation
import LeadBrowser

/// `--from FILE` of `create` and `update`: a lead document in YAML or JSON, from a file or, for
/// `-`, from standard input; any problem is reported with the file's name and the line.
enum DocumentInput {
    static func read(_ source: String) throws -> LeadEdit {
        let name = source == "-" ? "standard input" : source
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: source) else {
                throw CLIError(.usage, "cannot read \(source): \(String(cString: strerror(errno)))")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError(.usage, "\(name) is not UTF-8 text") }
        do {
            return try LeadYAML.read(text)
        } catch {
            throw CLIError(.usage, "\(name): " + error.problems.map(\.description).joined(separator: "\n  "))
        }
    }
}
