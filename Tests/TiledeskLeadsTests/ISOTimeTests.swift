import Foundation
import Testing
@testable import TiledeskLeads

@Suite struct ISOTimeTests {
    @Test func formatsWithMillisecondsAndZ() {
        #expect(ISOTime.format(milliseconds: 1_709_285_400_123) == "2024-03-01T09:30:00.123Z")
        #expect(ISOTime.format(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
    }

    /// The bytes `leads duplicates` writes are `format`'s text, also for years it cannot put in
    /// four digits.
    @Test func writtenBytesAreTheFormattedText() {
        for ms: Int64 in [0, 1, -1, 999, 1_709_285_400_123, 4_102_444_800_000, -62_167_219_200_001, 253_402_300_800_000] {
            let date = Date(timeIntervalSince1970: Double(ms) / 1000)
            var out: [UInt8] = [7]
            ISOTime.write(date, to: &out)
            #expect(out == [7] + Array(ISOTime.format(date).utf8), "\(ms)")
        }
    }

    @Test func parsesWhatItFormats() {
        for ms: Int64 in [0, 1, 999, 1_709_285_400_123, 4_102_444_800_000] {
            #expect(ISOTime.parseMilliseconds(ISOTime.format(milliseconds: ms)) == ms)
        }
    }

    @Test func parsesOffsetsAndShortFractions() {
        #expect(ISOTime.parseMilliseconds("2024-03-01T10:30:00.5+01:00") == 1_709_285_400_500)
        #expect(ISOTime.parseMilliseconds("2024-03-01T09:30:00Z") == 1_709_285_400_000)
    }

    @Test func rejectsMalformedTimes() {
        for bad in ["", "2024-13-01T00:00:00Z", "2024-03-01", "2024-03-01T09:30:00.Z", "2024-03-01T09:30:00Zjunk"] {
            #expect(ISOTime.parseMilliseconds(bad) == nil, "\(bad)")
        }
    }

    /// The calendar arithmetic against the C library it replaced, over random instants from
    /// 1600 to 2400 (leap years and centuries included) and every day around the epoch.
    @Test func agreesWithTheCLibraryOnEveryDate() {
        var random = SystemRandomNumberGenerator()
        let instants = (0..<20_000).map { _ in Int64.random(in: -11_676_096_000_000...13_569_465_600_000, using: &random) }
            + (-800...800).map { Int64($0) * 86_400_000 - 1 }
        for ms in instants {
            var seconds = time_t(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
            var parts = tm()
            gmtime_r(&seconds, &parts)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                                  parts.tm_hour, parts.tm_min, parts.tm_sec, Int(ms - Int64(seconds) * 1000))
            #expect(ISOTime.format(milliseconds: ms) == expected, "\(ms)")
            #expect(ISOTime.parseMilliseconds(expected) == ms, "\(expected)")
            if ISOTime.format(milliseconds: ms) != expected { return }
        }
    }

    @Test func dayPastTheEndOfAMonthRunsIntoTheNextAsTimegmDid() {
        #expect(ISOTime.parseMilliseconds("2023-02-30T00:00:00Z") == ISOTime.parseMilliseconds("2023-03-02T00:00:00Z"))
        #expect(ISOTime.parseMilliseconds("2024-02-29T23:59:60Z") == ISOTime.parseMilliseconds("2024-03-01T00:00:00Z"))
    }
}
