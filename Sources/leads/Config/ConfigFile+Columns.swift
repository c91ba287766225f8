import Foundation
import TOMLKit

extension ConfigFile {
    /// Keeps the browser's columns (`[columns] shown`) in the file and returns its path. The text
    /// is edited in place (`ColumnsTextEdit`) and written only when it decodes to the document it
    /// was, with only the columns changed; otherwise it throws and the file is left as it is.
    func saveColumns(_ names: [String]) throws -> String {
        let before = try load()
        let text = exists ? try String(contentsOfFile: path, encoding: .utf8) : ""
        let edited: String
        do {
            edited = try ColumnsTextEdit.settingShown(names, in: text)
        } catch {
            throw CLIError(.failure, "\(path): \(error); the columns stay for this session")
        }
        var expected = before
        if expected.columns == nil { expected.columns = ColumnSettings() }
        expected.columns?.shown = names
        guard let after = try? TOMLDecoder().decode(ConfigDocument.self, from: edited), after == expected else {
            throw CLIError(.failure, "\(path) could not be rewritten without changing other settings; the columns stay for this session")
        }
        try replaceContents(with: edited)
        return path
    }
}
