import Foundation
import Testing
@testable import TerminalUI

@Suite struct NcursesCanvasTests {
    @Test func aFlagCursesWouldMeasureNarrowIsDrawnAsItsCountryCode() {
        let flag: [wchar_t] = [0x1F1EE, 0x1F1F9]
        #expect(NcursesCanvas.fallback(for: flag, cursesWidth: 1, cellWidth: 2) == [0x49, 0x54])  // "IT"
    }

    @Test func anEmojiMadeWideByAVariationSelectorIsPaddedToItsWidth() {
        let heart: [wchar_t] = [0x2764, 0xFE0F]
        #expect(NcursesCanvas.fallback(for: heart, cursesWidth: 1, cellWidth: 2) == [0x2764, 0x20])
    }

    @Test func aCharacterCursesCannotPrintBecomesAReplacementCharacter() {
        #expect(NcursesCanvas.fallback(for: [0x1FAE8], cursesWidth: -1, cellWidth: 2) == [0xFFFD, 0x20])
    }
}
