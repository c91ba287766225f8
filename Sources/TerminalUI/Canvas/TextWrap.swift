import ScreenText

/// Line breaking and column slicing by display width. Kept apart from the widgets because the
/// detail pane, dialogs and the form all wrap or scroll text, and each must agree with the
/// canvas on how wide a grapheme is (`TerminalText.width`), or rows drift out of alignment.
public enum TextWrap {
    /// Breaks text into lines of at most `width` columns: explicit newlines first, then at spaces,
    /// and a word longer than a line is broken inside. Each piece is sanitized. An empty input
    /// gives one empty line, so a blank value still takes a row.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in paragraphs(of: text) {
            out.append(contentsOf: wrapParagraph(TerminalText.sanitized(paragraph), width: width))
        }
        return out.isEmpty ? [""] : out
    }

    /// The text split at line breaks (`\n`, `\r\n`, `\r`) before sanitising, which would otherwise
    /// turn each break into a visible `␤`.
    public static func paragraphs(of text: String) -> [String] {
        text.replacingAll("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).replacingAll("\r", with: "") }
    }

    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = TerminalText.width(of: String(word))
            let gap = line.isEmpty ? 0 : 1
            if lineWidth + gap + wordWidth <= width {
                if gap == 1 { line.append(" ") }
                line += word
                lineWidth += gap + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
            for character in word {
                let w = TerminalText.width(of: character)
                if lineWidth + w > width, !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                line.append(character)
                lineWidth += w
            }
        }
        lines.append(line)
        return lines
    }

    /// The part of `text` that starts at display column `column`: the graphemes before it are
    /// dropped, and a wide character cut by the start is replaced by a space.
    public static func dropColumns(_ text: String, _ column: Int) -> String {
        guard column > 0 else { return text }
        var used = 0
        var index = text.startIndex
        while index < text.endIndex, used < column {
            used += TerminalText.width(of: text[index])
            index = text.index(after: index)
        }
        return (used > column ? " " : "") + String(text[index...])
    }

    /// The display width of the first `count` graphemes of `text`: turns a cursor index into a column.
    public static func columns(of text: String, upTo count: Int) -> Int {
        TerminalText.width(of: String(text.prefix(count)))
    }
}

extension String {
    /// Foundation-free replace, so TerminalUI's layout code does not need Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
