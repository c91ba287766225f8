/// Text as it will occupy a terminal: how many columns each grapheme takes, and a safe form of
/// untrusted text. Lead data comes from strangers (chat widget visitors); printed raw, an ESC or
/// OSC sequence in a name could retitle the window, write the clipboard or clear the screen.
/// Every string that reaches a screen or a CLI table goes through `sanitized` first.
///
/// Widths are computed from Unicode properties and a table of East Asian wide ranges rather than
/// the C library's `wcwidth`, so they do not depend on the process locale and tests are exact.
public enum TerminalText {
    /// The text with every control character replaced by a visible placeholder: C0 controls by
    /// their Control Pictures (`␛`, `␇`, `␤` for a newline), DEL by `␡`, C1 controls and bidi
    /// overrides/isolates by `�`, line and paragraph separators by `␤`. Nothing else changes.
    public static func sanitized(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: placeholder(for: scalar).unicodeScalars)
        }
        return String(out)
    }

    /// Columns a string takes once sanitized.
    public static func width(of text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        // Text whose every scalar `standsAlone` (most names in most scripts) has a grapheme per
        // scalar: summed from the table, without grapheme segmentation, as `Canvas.draw` does.
        var total = 0
        for scalar in text.unicodeScalars {
            let cell = cell(of: scalar)
            guard cell.standsAlone else {
                total = 0
                for character in text { total += width(of: character) }
                return total
            }
            total += cell.width
        }
        return total
    }

    /// Columns one grapheme cluster takes: the sum of its cells (see `cells(of:)`).
    public static func width(of character: Character) -> Int {
        if character.utf8.count == 1 { return 1 }  // ASCII, or a control shown as a one-column placeholder
        if let only = onlyScalar(of: character) { return cell(of: only).width }
        let parts = cells(of: character)
        return parts.count == 1 ? parts[0].width : parts.reduce(0) { $0 + $1.width }
    }

    /// The terminal cells of one grapheme cluster. Usually one; but a cluster with several
    /// spacing letters (a Devanagari conjunct such as `न्या`, one cluster since Unicode 15.1)
    /// takes one cell per spacing letter in the terminal, as `wcwidth` counts, and curses can put
    /// only one spacing character in a cell. Each cell is a spacing character with the marks
    /// that follow it. Emoji sequences stay one cell of two columns.
    public static func cells(of character: Character) -> [(text: Character, width: Int)] {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, let first = scalars.first, !first.isASCII || scalars.count > 1,
            !scalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F || $0.value == 0x200D || isRegionalIndicator($0) })
        else { return [(character, clusterWidth(of: character))] }
        var cells: [(text: String.UnicodeScalarView, width: Int)] = []
        for scalar in scalars {
            if isZeroWidth(scalar) || needsReplacement(scalar), !cells.isEmpty {
                cells[cells.count - 1].text.append(scalar)
            } else {
                cells.append((String.UnicodeScalarView([scalar]), isZeroWidth(scalar) ? 0 : isWide(scalar.value) ? 2 : 1))
            }
        }
        let texts = cells.map { String($0.text) }
        // Each piece must be a cluster of its own; if one is not, the cluster stays whole.
        guard cells.count > 1, texts.allSatisfy({ $0.count == 1 }) else { return [(character, clusterWidth(of: character))] }
        return zip(texts, cells).map { (Character($0), $1.width) }
    }

    /// The character's scalar when it has exactly one (most characters), without counting them all.
    public static func onlyScalar(of character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        return scalars.index(after: scalars.startIndex) == scalars.endIndex ? scalars.first : nil
    }

    /// Columns one scalar takes when it is a grapheme cluster of its own.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        cell(of: scalar).width
    }

    /// Columns a grapheme cluster takes as one cell: 0, 1 or 2.
    static func clusterWidth(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 {
            return cell(of: first).width
        }
        // Several scalars: the first decides, except where what follows widens or carries it.
        if first.isASCII || needsReplacement(first) { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
        if isRegionalIndicator(first) { return 2 }  // a flag: a pair of indicators
        let own = scalarWidth(first)
        return own == 0 ? width(ofRest: scalars.dropFirst()) : own
    }

    /// Columns of one scalar on its own (a cluster of one, or the first of a cluster).
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        if scalar.isASCII || needsReplacement(scalar) { return 1 }
        if scalar.value == 0xFE0F || scalar.properties.isEmojiPresentation { return 2 }
        if isRegionalIndicator(scalar) { return 1 }
        if isWide(scalar.value) { return 2 }
        return isZeroWidth(scalar) ? 0 : 1
    }

    /// For every scalar of the Basic Multilingual Plane, its `scalarWidth` (low bits) and whether
    /// it `standsAlone` (0x80), computed once on first use (a few milliseconds): every frame asks
    /// both of every cell, and the Unicode property look-ups behind them dominated the cost of a
    /// keystroke.
    static let bmpCells: [UInt8] = (0..<0x10000).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return 1 }  // surrogates never occur in a String
        return UInt8(scalarWidth(scalar)) | (standsAlone(scalar) ? 0x80 : 0)
    }

    /// A lone scalar's columns and whether it is a grapheme of its own (`standsAlone`), in one
    /// table look-up for the BMP.
    public static func cell(of scalar: Unicode.Scalar) -> (width: Int, standsAlone: Bool) {
        guard scalar.value < 0x10000 else { return (scalarWidth(scalar), standsAlone(scalar)) }
        let entry = bmpCells[Int(scalar.value)]
        return (Int(entry & 0x7F), entry & 0x80 != 0)
    }

    /// The longest prefix of `text` that fits in `columns`, with `…` at the end when cut.
    public static func truncated(_ text: String, toWidth columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return text }
        if isPrintableASCII(text) { return String(decoding: text.utf8.prefix(columns - 1), as: UTF8.self) + "…" }
        var out = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The text cut or padded with spaces to exactly `columns` columns.
    public static func fitted(_ text: String, toWidth columns: Int) -> String {
        let cut = truncated(text, toWidth: columns)
        let missing = columns - width(of: cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// Sanitized, then fitted: the one call a table cell needs.
    public static func cell(_ text: String, width columns: Int) -> String {
        fitted(sanitized(text), toWidth: columns)
    }

    // MARK: - Classification

    /// True when every byte is printable ASCII: one column per byte and nothing to replace. Most
    /// lead data is, and every frame asks this of every cell, so it is answered from the bytes.
    @inlinable
    public static func isPrintableASCII(_ text: String) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        return fast ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// True for a scalar that is a grapheme cluster of its own next to any other such scalar:
    /// letters, digits, punctuation and symbols of the common scripts, CJK, Hangul syllables and
    /// the plain emoji. A run of them can be drawn scalar by scalar, without grapheme segmentation,
    /// which is most of a frame's work for names in Greek, Cyrillic, Hebrew or Japanese. Left out,
    /// so segmented properly: combining marks, joiners, variation selectors, Hangul jamo,
    /// regional indicators, emoji modifiers, prepended marks, controls and everything unlisted.
    /// `StandsAloneTests` checks each accepted scalar against the standard library's segmentation.
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true  // ASCII, Latin-1 (not the soft hyphen), Latin Extended, IPA
        case 0x370...0x482, 0x48A...0x52F: return true  // Greek, Cyrillic (their combining marks are below and between)
        case 0x5D0...0x5EA, 0x5F0...0x5F4: return true  // Hebrew letters
        case 0x620...0x64A, 0x660...0x669, 0x671...0x6D3: return true  // Arabic letters and digits
        case 0x1E00...0x1FFF: return true  // Latin Extended Additional, Greek Extended
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true  // punctuation, currency
        case 0x2100...0x218B, 0x2190...0x23FF, 0x2500...0x27BF: return true  // letterlike, arrows, math, box drawing, dingbats
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: return true  // CJK punctuation, kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true  // CJK ideographs, Hangul syllables
        case 0xFF01...0xFF9D, 0xFFA0...0xFFDC: return true  // full- and half-width forms (not the sound marks)
        case 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: return true  // emoji, not the modifiers
        default: return false
        }
    }

    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        switch v {
        case 0x0A, 0x2028, 0x2029: return "␤"
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return "␡"
        case 0x80...0x9F: return "�"
        default: return isBidiControl(v) ? "�" : String(scalar)
        }
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value)  // Hangul medial vowels and final consonants
        }
    }

    private static func width(ofRest scalars: Substring.UnicodeScalarView) -> Int {
        for scalar in scalars where !isZeroWidth(scalar) {
            return isWide(scalar.value) || scalar.properties.isEmojiPresentation ? 2 : 1
        }
        return 0
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), the part of EastAsianWidth.txt that
    /// terminals draw two columns wide.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    /// Emoji that are wide are found by `isEmojiPresentation`; this table holds the rest.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
