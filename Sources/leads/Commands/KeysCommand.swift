import ArgumentParser
import LeadBrowser

/// `leads keys`: every screen's key bindings as Markdown, generated from the same key maps that
/// drive dispatch, the footer and `?`. KEYBINDINGS.md in the repository is this output.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print the browser's key bindings as Markdown.")

    func run() {
        print(KeyMaps.markdown(), terminator: "")
    }
}
