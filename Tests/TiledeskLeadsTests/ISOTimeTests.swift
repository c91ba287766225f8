import Foundation
import Testing
@testable import TiledeskLeads

@Suite struct ISOTimeTests {
    @Test func formatsWithMillisecondsAndZ() {
        #expect(ISOTime.format(milliseconds: 1_709_285_400_123) == "2024-03-01T09:30:00.123Z")
        #expect(ISOTime.format(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
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
}
