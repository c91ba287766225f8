import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/leads/config.toml` (or `~/.config/leads/config.toml`): the profiles
/// `leads login` saves. It holds tokens, so it is written with mode 0600 in a 0700 directory,
/// replaced atomically, and refused when group or others can read it — with the `chmod` that
/// fixes it, because a token that others can read is a token others can use.
struct ConfigFile: Sendable {
    let path: String

    init(path: String) {
        self.path = path
    }

    /// The default location, from the environment.
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigFile {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return ConfigFile(path: base + "/leads/config.toml")
    }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The document, or an empty one when there is no file. Throws when the file is readable by
    /// group or others, or is not valid TOML.
    func load() throws -> ConfigDocument {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return ConfigDocument() }
            throw CLIError(.failure, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & 0o077 != 0 {
            throw CLIError(
                .failure,
                "\(path) holds credentials and is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); fix it with: chmod 600 \(path)")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError(.failure, "cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try TOMLDecoder().decode(ConfigDocument.self, from: text)
        } catch let error as DecodingError {
            throw CLIError(.failure, problem(error, text: text))
        } catch {
            throw CLIError(.failure, "\(path) is not a valid leads config file: \(error)")
        }
    }

    /// Writes the document: a temporary file created 0600 next to it, then renamed over it.
    func save(_ document: ConfigDocument) throws {
        let text = document.profiles.isEmpty && document.browser == nil && document.columns == nil && document.keys == nil && document.theme == nil && document.views == nil ? "" : try TOMLEncoder().encode(document)
        try replaceContents(with: text)
    }

    /// Writes `text` as the file: a temporary file created 0600 next to it, then renamed over it.
    func replaceContents(with text: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CLIError(.failure, "cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        close(fd)
        guard written == bytes.count, synced == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError(.failure, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
