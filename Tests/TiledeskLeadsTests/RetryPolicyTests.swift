import Foundation
import Testing
@testable import TiledeskLeads

@Suite struct RetryPolicyTests {
    @Test func backoffDoublesWithinJitterAndIsCapped() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(400))
        #expect(policy.backoff(afterAttempt: 1, random: { $0.lowerBound }) == .milliseconds(50))
        #expect(policy.backoff(afterAttempt: 1, random: { $0.upperBound }) == .milliseconds(100))
        #expect(policy.backoff(afterAttempt: 2, random: { $0.upperBound }) == .milliseconds(200))
        #expect(policy.backoff(afterAttempt: 10, random: { $0.upperBound }) == .milliseconds(400))
        let jittered = Set((0..<20).map { _ in policy.backoff(afterAttempt: 3) })
        #expect(jittered.count > 1, "two clients do not come back in lockstep")
    }

    @Test func retryAfterReadsSecondsAndDates() {
        #expect(RetryAfter.delay("2") == .seconds(2))
        #expect(RetryAfter.delay(" 0 ") == .seconds(0))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryAfter.delay("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.delay("soon") == nil)
        #expect(RetryAfter.delay(nil) == nil)
    }

    @Test func tokensGetExactlyOneJWTScheme() {
        #expect(Credentials.authorization(forToken: "eyJabc") == "JWT eyJabc")
        #expect(Credentials.authorization(forToken: "JWT eyJabc") == "JWT eyJabc")
        #expect(Credentials.authorization(forToken: "jwt   eyJabc\n") == "JWT eyJabc")
        #expect(Credentials.authorization(forToken: "Bearer eyJabc") == "JWT eyJabc")
    }

    @Test func credentialsNeverPrintTheirSecret() {
        let all: [Credentials] = [.token("s3cret"), .basic(email: "a@b.c", password: "s3cret"), .signIn(email: "a@b.c", password: "s3cret")]
        for credentials in all { #expect(!"\(credentials)".contains("s3cret")) }
    }
}
