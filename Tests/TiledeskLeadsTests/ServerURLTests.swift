import Testing
import TiledeskLeads

@Suite struct ServerURLTests {
    @Test func httpsIsTheDefaultAndAlwaysAccepted() throws {
        #expect(try ServerURL(ServerURL.hosted).description == "https://api.tiledesk.com/v3")
        #expect(try ServerURL("https://tiledesk.example.org:8443/api/").description == "https://tiledesk.example.org:8443/api")
    }

    @Test func plainHTTPIsRefusedForARemoteHost() {
        #expect(throws: ConfigurationError.self) { try ServerURL("http://tiledesk.example.org:3000") }
        #expect(throws: ConfigurationError.self) { try ServerURL("http://10.0.0.5") }
        do {
            _ = try ServerURL("http://tiledesk.example.org")
        } catch {
            #expect("\(error)".contains("--allow-http"), "the message says how to opt in")
        }
    }

    @Test func plainHTTPIsFineOnLoopbackOrWhenAskedFor() throws {
        #expect(try ServerURL("http://127.0.0.1:3000").port == 3000)
        #expect(try ServerURL("http://localhost:3000").host == "localhost")
        #expect(try ServerURL("http://[::1]:3000").port == 3000)
        #expect(try ServerURL("http://tiledesk.internal:3000", allowInsecureHTTP: true).scheme == "http")
    }

    @Test func rejectsWhatIsNotAServerURL() {
        for bad in ["", "api.tiledesk.com", "ftp://x.org", "https://u:p@x.org", "https://x.org/?a=1"] {
            #expect(throws: ConfigurationError.self, "\(bad)") { try ServerURL(bad) }
        }
    }
}
