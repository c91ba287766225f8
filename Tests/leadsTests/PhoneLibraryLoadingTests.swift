import Foundation
import Testing
import TiledeskLeads

/// libphonenumber and the twelve libraries it brings are loaded at the first phone read, not when
/// `leads` starts (README, "Installing"). The dynamic loader says which libraries it loads when
/// `LD_DEBUG=libs` is set, so the binary's own start is read as it happens.
@Suite struct PhoneLibraryLoadingTests {
    @Test func aCommandThatReadsNoPhoneDoesNotLoadTheLibraryAndOneThatDoesLoadsIt() async throws {
        try await CLISandbox.with { sandbox in
            let started = try await sandbox.leads("--version", environment: sandbox.environment().merging(["LD_DEBUG": "libs"]) { $1 })
            #expect(started.code == 0)
            #expect(started.stderr.contains("libncursesw"), "the loader's trace is there: \(started.stderr.prefix(300))")
            #expect(!started.stderr.contains("libphonenumber"), "libphonenumber loaded at start")
            #expect(!started.stderr.contains("libprotobuf") && !started.stderr.contains("libicu"), "its libraries loaded at start")

            _ = try await sandbox.withClient {
                try await $0.create(Lead(fullname: "Mario Rossi", phone: "+39 333 123 4567", country: "Italia"))
            }
            _ = try await sandbox.withClient {
                try await $0.create(Lead(fullname: "Rossi Mario", phone: "333 1234567", country: "Italia"))
            }
            let found = try await sandbox.leads("duplicates", "--by", "phone", "--json", environment: sandbox.environment().merging(["LD_DEBUG": "libs"]) { $1 })
            #expect(found.code == 0, "\(found.stderr.suffix(500))")
            #expect(found.stderr.contains("libphonenumber"), "the first phone read loads the library")
            #expect(found.stdout.contains(#""reasons":["phone"]"#), "and the two phones are one number: \(found.stdout)")
        }
    }
}
