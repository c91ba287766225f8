import Testing
@testable import ScreenText

/// `TerminalText.standsAlone` lets the canvas skip grapheme segmentation; a scalar it wrongly
/// accepts would be drawn apart from the mark or joiner it belongs with. So every accepted scalar
/// is checked against the standard library: one grapheme on its own and beside letters, Hangul
/// syllables, emoji and itself (the kinds of neighbour an accepted scalar can have), visible,
/// and nothing `sanitized` would replace.
@Suite struct StandsAloneTests {
    @Test func everyAcceptedScalarIsAGraphemeBesideAnyOtherAcceptedOne() {
        let neighbours: [Unicode.Scalar] = ["a", "é", "가", "각", "😀", "東"]
        var accepted = 0
        for value in UInt32(0)...0x1_FFFF {
            guard let scalar = Unicode.Scalar(value), TerminalText.standsAlone(scalar) else { continue }
            accepted += 1
            let alone = String(scalar)
            #expect(alone.count == 1)
            #expect(TerminalText.width(of: scalar) > 0, "U+\(String(value, radix: 16)) has a cell")
            #expect(TerminalText.sanitized(alone) == alone)
            #expect((alone + alone).count == 2, "U+\(String(value, radix: 16)) twice")
            for other in neighbours {
                #expect((alone + String(other)).count == 2, "U+\(String(value, radix: 16)) then \(other)")
                #expect((String(other) + alone).count == 2, "\(other) then U+\(String(value, radix: 16))")
            }
        }
        #expect(accepted > 40_000)
    }

    @Test func marksJoinersAndJamoAreLeftToSegmentation() {
        for scalar: Unicode.Scalar in ["\u{301}", "\u{200D}", "\u{FE0F}", "\u{1161}", "\u{1F1EE}", "\u{1F3FB}", "\u{93E}", "\u{600}", "\u{1B}", "\u{202E}", "\u{AD}"] {
            #expect(!TerminalText.standsAlone(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
