import Foundation

/// Turns what a person typed into an FTS5 MATCH expression with the semantics of the real
/// server's `$text` search over a text index with language `none`: whole words, any of them (OR);
/// `"quoted phrases"` must all be present (AND); `-word` excludes; no stemming, no stop words.
/// With a phrase, the loose words decide nothing: MongoDB matches a document holding any term of
/// the search (the phrases' words among them) and then every phrase, so a document with the
/// phrase always passes ("java \"coffee shop\"" finds only "Coffee Shop"; SERVER-30163).
/// Words are split where MongoDB's tokenizer splits them (at anything that is not a letter or a
/// digit: "mario.rossi" searches "mario" OR "rossi"; a hyphen inside a word is a delimiter, not a
/// negation). Every term is quoted, so FTS5 syntax in the input (`NEAR`, `*`, `:`, parentheses)
/// is only ever searched for, never interpreted. Rank order is not applied: the list keeps the
/// sort field's order, as the real server's does.
enum FullTextQuery {
    /// The MATCH expression, or nil when the text has no searchable word (such a search, like one
    /// made only of exclusions, matches nothing on the real server).
    static func expression(for text: String) -> String? {
        var words: [String] = []
        var phrases: [String] = []
        var excluded: [String] = []
        var current = ""
        var inPhrase = false
        func flush() {
            defer { current = "" }
            if inPhrase {
                let phrase = Self.words(in: current)
                if !phrase.isEmpty { phrases.append(phrase.joined(separator: " ")) }
            } else if current.hasPrefix("-") {
                excluded += Self.words(in: String(current.dropFirst()))
            } else {
                words += Self.words(in: current)
            }
        }
        for character in text {
            if character == "\"" {
                flush()
                inPhrase.toggle()
            } else if character.isWhitespace && !inPhrase {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        var positive: [String] = phrases.map(quoted)
        if !words.isEmpty && phrases.isEmpty {
            let any = words.map(quoted).joined(separator: " OR ")
            positive.append(any)
        }
        guard !positive.isEmpty else { return nil }
        var expression = positive.count > 1 ? positive.joined(separator: " AND ") : positive[0]
        if !excluded.isEmpty {
            expression = "(\(expression)) NOT (\(excluded.map(quoted).joined(separator: " OR ")))"
        }
        return expression
    }

    /// The words of `text` as the text index sees them: runs of letters, marks and digits.
    static func words(in text: String) -> [String] {
        var result: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory.isMark {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                result.append(word)
                word = ""
            }
        }
        if !word.isEmpty { result.append(word) }
        return result
    }

    private static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
