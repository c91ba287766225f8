import ArgumentParser
import Foundation

/// `leads logout`: removes a saved profile, token included.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "Remove a saved profile and its token.")

    @Option(help: ArgumentHelp("Profile name.", valueName: "NAME")) var profile = "default"

    func run() async throws {
        let file = ConfigFile.standard()
        var document = try file.load()
        guard document.profiles.removeValue(forKey: profile) != nil else {
            StandardError.line("leads: no profile named \(profile); nothing to do")
            return
        }
        if document.profiles.isEmpty {
            unlink(file.path)
        } else {
            try file.save(document)
        }
        StandardError.line("leads: profile \(profile) removed")
    }
}
