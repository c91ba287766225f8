import ArgumentParser
import Foundation
import LeadBrowser

/// `leads keys`: every screen's key bindings as Markdown, generated from the same key maps that
/// drive dispatch, the footer and `?`, with config.toml's `[keys]` applied (a wrong remapping is
/// the same error the browser stops with). KEYBINDINGS.md is this output with no remapping.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the browser's key bindings as Markdown (with config.toml's [keys] applied).")

    func run() throws {
        print(KeyMaps.markdown(try BrowseSupport.keys(ProcessInfo.processInfo.environment)), terminator: "")
    }
}
