import Foundation
import TiledeskLeads

/// Opens a client for a command from its connection options, and always closes it.
enum APISession {
    static func with<T: Sendable>(_ options: ConnectionOptions, _ body: (HTTPLeadsClient) async throws -> T) async throws -> T {
        try await HTTPLeadsClient.with(try options.configuration(), body)
    }

    /// Reads a lead, turning "not found" into a sentence with the id in it.
    static func read(_ client: some LeadsAPI, id: String) async throws -> Lead {
        do {
            return try await client.get(id: id)
        } catch let error as APIError where error.kind == .notFound {
            throw CLIError(.notFound, "no lead with id \(id) (\(error.description))")
        }
    }
}
