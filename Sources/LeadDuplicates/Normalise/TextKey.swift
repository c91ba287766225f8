import Foundation

/// The keys that make two spellings of an email, a name or a place compare equal: case, accents,
/// width and surrounding spaces do not count, and for names neither does word order.
public enum TextKey {
    /// The address trimmed and lower-cased; nil when empty.
    public static func email(_ text: String?) -> String? {
        guard let text else { return nil }
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
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
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
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

    /// Case, accents and width folded; letters that carry no combining accent mapped by hand.
    public static func fold(_ text: String) -> String {
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
