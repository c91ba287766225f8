import Foundation

/// The keys that make two spellings of an email, a name or a place compare equal: case, accents,
/// width and surrounding spaces do not count, and for names neither does word order.
public enum TextKey {
    /// The address trimmed and lower-cased; nil when empty.
    public static func email(_ text: String?) -> String? {
        guard let text else { return nil }
        let key = trimmed(text).lowercased()
        return key.isEmpty ? nil : key
    }

    /// The name's words folded and sorted, so `Rossi Mario` is `MARIO ROSSI` is `Mário Rossi`.
    public static func name(_ text: String?) -> String? {
        let words = self.words(text)
        return words.isEmpty ? nil : words.sorted().joined(separator: " ")
    }

    /// A company or city: its words folded, in their order.
    public static func place(_ text: String?) -> String? {
        let words = self.words(text)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Folded words: letters, marks and digits; apostrophes vanish (`O'Neil` is `oneil`), every
    /// other character separates.
    static func words(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : scalarWords(text)
    }

    /// `words` scalar by scalar, after Foundation's folding: any text.
    static func scalarWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in foundationFold(text).unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" { continue }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark
            {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `words` of an all-ASCII text, byte by byte: the same words (folding ASCII is lower-casing
    /// it; its letters and digits are the only ASCII scalars that are alphabetic or numeric, and
    /// it has no marks), without Foundation's folding or a property look-up per scalar, which were
    /// most of the time `leads duplicates` spent on names, companies and cities.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x27: continue
            case 0x41...0x5A: current.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39: current.append(byte)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// `text` without surrounding white space and newlines; a text that begins and ends with a
    /// visible ASCII character is returned as it is, without the trip through Foundation.
    static func trimmed(_ text: String) -> String {
        func solid(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 || byte < 0x09 || (0x0E...0x1F).contains(byte) }
        if let first = text.utf8.first, let last = text.utf8.last, solid(first), solid(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Case, accents and width folded; letters that carry no combining accent mapped by hand.
    public static func fold(_ text: String) -> String {
        // ASCII folds to its lower case (no accents, no wide forms, no special letters).
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text.lowercased() : foundationFold(text)
    }

    /// `fold` through Foundation: any text.
    static func foundationFold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        guard folded.unicodeScalars.contains(where: { specialLetters[$0] != nil }) else { return folded }
        var result = ""
        for scalar in folded.unicodeScalars {
            if let replacement = specialLetters[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Letters Unicode does not decompose into a base and an accent, and the Arabic and Greek
    /// forms that are one letter written in another position.
    static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h",
        "ς": "σ", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    ]
}
