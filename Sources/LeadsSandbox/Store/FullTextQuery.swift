/// Turns what a person typed into an FTS5 MATCH expression with the semantics of a MongoDB
/// `$text` search (what the real server runs): whole words, any of them (OR); `"quoted phrases"`
/// must all be present; `-word` excludes. Every term is quoted, so FTS5 syntax in the input
/// (`NEAR`, `*`, `:`, parentheses) is only ever searched for, never interpreted.
enum FullTextQuery {
    /// The MATCH expression, or nil when the text has no searchable word.
    static func expression(for text: String) -> String? {
        var words: [String] = []
        var phrases: [String] = []
        var excluded: [String] = []
        var current = ""
        var inPhrase = false
        func flush() {
            defer { current = "" }
            let token = current.trimmingCharacters(in: .whitespaces)
            guard !token.isEmpty else { return }
            if inPhrase {
                phrases.append(token)
            } else if token.hasPrefix("-"), token.count > 1 {
                excluded.append(String(token.dropFirst()))
            } else if token != "-" {
                words.append(token)
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
        if !words.isEmpty {
            let any = words.map(quoted).joined(separator: " OR ")
            positive.append(words.count > 1 && !phrases.isEmpty ? "(\(any))" : any)
        }
        guard !positive.isEmpty else { return nil }
        var expression = positive.count > 1 ? positive.joined(separator: " AND ") : positive[0]
        if !excluded.isEmpty {
            expression = "(\(expression)) NOT (\(excluded.map(quoted).joined(separator: " OR ")))"
        }
        return expression
    }

    private static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
