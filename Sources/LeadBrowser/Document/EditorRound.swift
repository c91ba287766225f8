/// One opening of a lead document in `$EDITOR`, and what the saved text means, as `kubectl edit`
/// does it: text with errors comes back to the editor as the user wrote it, with the errors as
/// comment lines on top; saving the text unchanged, or emptying it, cancels. Shared by the
/// browser's `^E` and `leads edit`, so both behave alike.
public struct EditorRound: Sendable, Hashable {
    /// The text the editor was opened on.
    public var text: String
    /// The problems shown on top of `text` (empty on the first opening).
    public var problems: [LeadYAML.ParseError.Problem]
    /// What the text is.
    public var kind: Kind

    /// A whole lead (`LeadYAML.text`), or the attributes alone (`LeadYAML.attributesText`).
    public enum Kind: Sendable, Hashable {
        case lead, attributes
    }

    public init(text: String, problems: [LeadYAML.ParseError.Problem] = [], kind: Kind = .lead) {
        self.text = text
        self.problems = problems
        self.kind = kind
    }

    public enum Outcome: Sendable, Hashable {
        /// Saved as it was opened: cancel. After errors, the user's text still holds edits.
        case unchanged
        /// Emptied (nothing but comments and white space left): cancel.
        case emptied
        /// Not a valid document: open the editor again on this round.
        case invalid(EditorRound)
        /// A valid document (it may still change nothing); an attributes document gives only
        /// `attributes`.
        case valid(LeadEdit)
    }

    /// What the saved text means.
    public func outcome(of saved: String) -> Outcome {
        if saved == text { return .unchanged }
        let body = Self.withoutErrorHeader(saved)
        if Self.isBlank(body) { return .emptied }
        do {
            switch kind {
            case .lead: return .valid(try LeadYAML.read(saved))
            case .attributes: return .valid(LeadEdit(attributes: try LeadYAML.readAttributes(saved)))
            }
        } catch {
            var next = Self.reopened(saved, problems: error.problems)
            next.kind = kind
            return .invalid(next)
        }
    }

    /// The marker of the error lines this type puts on top, which it takes off again.
    static let errorMarker = "#! "

    /// `saved` without the error header of an earlier round, with the new one on top; line
    /// numbers are moved to match the text the user will see.
    static func reopened(_ saved: String, problems: [LeadYAML.ParseError.Problem]) -> EditorRound {
        let body = withoutErrorHeader(saved)
        let removed = lineCount(saved) - lineCount(body)
        let header = ["Not saved. Fix the text below and save again; save it unchanged or empty it to cancel."]
        let added = header.count + problems.count + 1
        let moved = problems.map { problem in
            LeadYAML.ParseError.Problem(line: problem.line.map { $0 - removed + added }, message: problem.message)
        }
        let lines = (header + moved.map(\.description)).map { errorMarker + $0 } + ["#!"]
        return EditorRound(text: lines.joined(separator: "\n") + "\n" + body, problems: moved)
    }

    /// The text without the error lines (`#!`) at its top.
    static func withoutErrorHeader(_ text: String) -> String {
        var rest = Substring(text)
        while rest.hasPrefix("#!") {
            guard let end = rest.firstIndex(where: \.isNewline) else { return "" }
            rest = rest[rest.index(after: end)...]
        }
        return String(rest)
    }

    /// True when nothing but comments and white space is left.
    static func isBlank(_ text: String) -> Bool {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
    }

    private static func lineCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
    }
}
