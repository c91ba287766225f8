import Hummingbird
import TiledeskLeads

/// Reading request bodies: at most `maxBodyBytes` (413 above), JSON only (400, or the real
/// server's `500 {"err":"error"}` under `--quirks`).
extension LeadRoutes {
    func body(_ request: inout Request) async throws -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxBodyBytes)
        } catch {
            throw SandboxFailure(status: .contentTooLarge, message: "request body larger than \(maxBodyBytes) bytes")
        }
        guard buffer.readableBytes > 0 else { return .object([:]) }
        do {
            return try JSONValue.parse(Data(buffer.readableBytesView))
        } catch {
            throw quirks
                ? SandboxFailure(status: .internalServerError, message: "error", key: .err)
                : SandboxFailure.badRequest("the body is not valid JSON")
        }
    }

    func objectBody(_ request: inout Request) async throws -> [String: JSONValue] {
        guard case .object(let members) = try await body(&request) else {
            throw SandboxFailure.badRequest("the body must be a JSON object")
        }
        return members
    }

    /// The body of `PUT /:id/tag`: a bare JSON array of strings, not empty.
    func tagList(_ request: inout Request) async throws -> [String] {
        guard case .array(let items) = try await body(&request) else {
            if quirks { try await shutdown.hang() }  // the real server never answers
            throw SandboxFailure.badRequest("the body must be a JSON array of tags")
        }
        guard !items.isEmpty else { throw SandboxFailure.badRequest("give at least one tag") }
        return try items.map {
            guard case .string(let tag) = $0, !tag.isEmpty else { throw SandboxFailure.badRequest("tags must be non-empty strings") }
            return tag
        }
    }
}

import Foundation
