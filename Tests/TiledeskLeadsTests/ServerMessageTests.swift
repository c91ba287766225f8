import Testing
@testable import TiledeskLeads

/// The real server's error bodies, one shape per route.
@Suite struct ServerMessageTests {
    @Test(arguments: [
        (#"{"success":false,"msg":"Object not found."}"#, "Object not found."),
        (#"{"success":false,"message":"bad tag"}"#, "bad tag"),
        (#"{"success":false,"error":"no email"}"#, "no email"),
        (#"{"err":"error"}"#, "error"),
        (#"{"errors":[{"location":"body","param":"email","msg":"Invalid value"}]}"#, "email: Invalid value"),
        (#"{"errors":{"email":{"message":"is invalid"}}}"#, "email: is invalid"),
        ("Unauthorized", "Unauthorized"),
    ])
    func findsTheMessageUnderAnyKey(body: String, expected: String) {
        #expect(ServerMessage.extract(from: body) == expected)
    }

    @Test func saysNothingWhenThereIsNothingToSay() {
        #expect(ServerMessage.extract(from: "") == nil)
        #expect(ServerMessage.extract(from: "{\"success\":false}") == nil)
        #expect(ServerMessage.extract(from: "<html><body>502 Bad Gateway</body></html>") == nil)
    }

    @Test func keepsAStackTraceToOneShortLine() throws {
        let message = try #require(ServerMessage.extract(from: "Error: boom\n    at x\n" + String(repeating: "y", count: 1000)))
        #expect(!message.contains("\n"))
        #expect(message.count <= 300)
    }
}
