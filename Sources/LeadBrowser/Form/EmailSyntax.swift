/// A deliberately small email check: one `@`, something before it, a dot in a domain after it, no
/// spaces. Enough to catch typos in a form; the mail server is the real judge.
public enum EmailSyntax {
    /// True for text shaped like an address (`a@b.c`).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// True when search text should go to the exact `email` filter rather than full text.
    public static func looksLikeAddress(_ text: String) -> Bool { isValid(text) }
}
