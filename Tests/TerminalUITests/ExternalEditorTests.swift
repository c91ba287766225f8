import Foundation
import Testing

@testable import TerminalUI

/// The editor is found as `$VISUAL` and `$EDITOR` are by convention, and started with the file as
/// one argument whatever it holds.
@Suite struct ExternalEditorTests {
    /// A directory with executables of these names, as a PATH to search.
    func path(with names: [String]) throws -> String {
        let directory = NSTemporaryDirectory() + "leads-editors-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in names {
            #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        }
        return directory
    }

    @Test func visualThenEditorThenViThenNanoElseAClearMessage() throws {
        let both = try path(with: ["vi", "nano"]), nanoOnly = try path(with: ["nano"]), none = try path(with: [])
        defer { for directory in [both, nanoOnly, none] { try? FileManager.default.removeItem(atPath: directory) } }
        #expect(try ExternalEditor.chosen(environment: ["VISUAL": "code --wait", "EDITOR": "nano", "PATH": both]).command == "code --wait")
        #expect(try ExternalEditor.chosen(environment: ["VISUAL": " ", "EDITOR": "emacs -nw", "PATH": both]).command == "emacs -nw")
        #expect(try ExternalEditor.chosen(environment: ["PATH": both]).command == "vi")
        #expect(try ExternalEditor.chosen(environment: ["PATH": nanoOnly]).command == "nano")
        let error = #expect(throws: ExternalEditor.NotFound.self) { try ExternalEditor.chosen(environment: ["PATH": none]) }
        #expect(error?.description.hasPrefix("no editor: set VISUAL or EDITOR") == true)
    }

    @Test func theBrowsersHandOffSaysSoWhenThereIsNoEditor() throws {
        let none = try path(with: [])
        defer { try? FileManager.default.removeItem(atPath: none) }
        let error = #expect(throws: EditorHandOff.Failure.self) {
            try EditorHandOff.edit("fullname: Ann\n", fileExtension: "yaml", environment: ["PATH": none])
        }
        #expect(error?.description.hasPrefix("no editor: set VISUAL or EDITOR") == true, "\(error?.description ?? "")")
    }

    @Test func theCommandLineKeepsItsArgumentsAndTheFileIsOneArgument() throws {
        let directory = NSTemporaryDirectory() + "leads-editor-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/ed.sh"
        try "#!/bin/sh\nprintf '%s|' \"$@\" > \"$(dirname \"$0\")/args\"\nexit 3\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let file = directory + "/a lead; $(rm -rf x) 'q'.yaml"
        let status = try ExternalEditor(command: script + " --wait -n").edit(path: file)
        #expect(status == 3, "the editor's own exit status")
        #expect(try String(contentsOfFile: directory + "/args", encoding: .utf8) == "--wait|-n|\(file)|")
    }
}
