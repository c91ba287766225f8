import Foundation
import TiledeskLeads
import Yams

/// How one YAML scalar is read and written in a lead document.
///
/// Reading a plain (unquoted) attribute value follows YAML 1.2's core schema — `null`, `~` and
/// nothing are null, `true`/`false` booleans, numbers numbers — with one exception taken from
/// JSON: a number with a leading zero (`00184`) stays text, so a zip code never loses its zero.
/// Writing is the other way round: a string is left plain only when no YAML reader (1.2, or the
/// 1.1 rules many tools still use: `yes`, `on`, `0o17`, `12:30`, dates) would take it for
/// something else; otherwise it is double-quoted, with control and bidi characters escaped so
/// the editor shows them instead of obeying them.
enum YAMLScalar {
    /// The value of a plain scalar; nil when it is a number JSON cannot hold (`.inf`, `.nan`,
    /// `1e999`, a hexadecimal or octal integer beyond 64 bits).
    static func plainValue(_ text: String) -> JSONValue? {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if text.wholeMatch(of: infinityOrNaN) != nil { return nil }
        if let match = text.wholeMatch(of: octalInteger) { return Int64(match.output.1, radix: 8).map(JSONValue.int) }
        if let match = text.wholeMatch(of: hexInteger) { return Int64(match.output.1, radix: 16).map(JSONValue.int) }
        guard let match = text.wholeMatch(of: decimalNumber) else { return .string(text) }
        let unsigned = match.output.1
        // 00184, 007.5: text, as in JSON (a leading zero is never dropped).
        if unsigned.count > 1, unsigned.first == "0", unsigned.dropFirst().first?.isNumber == true { return .string(text) }
        let number = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if match.output.2 == nil, match.output.3 == nil, let value = Int64(number) { return .int(value) }
        guard let value = Double(number) else { return .string(text) }
        return value.isFinite ? .double(value) : nil
    }

    /// The text of a string scalar as it stands in a document: plain when that reads back as
    /// the same text everywhere, else double-quoted.
    static func written(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// Whether `text` may be written without quotes in block context.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if indicators.contains(first) || first == " " || last == " " || last == ":" { return false }
        if text.hasPrefix("...") || text.contains(": ") || text.contains(" #") { return false }
        if text.unicodeScalars.contains(where: needsEscape) { return false }
        return !isRetyped(text)
    }

    /// Whether a reader would take the plain text for something other than a string: this
    /// document's own rules, YAML 1.1's (through Yams' resolver), or either with the spaces
    /// taken out (`+39 0123` is a phone number, but looks like one number to a person).
    static func isRetyped(_ text: String) -> Bool {
        let squeezed = text.filter { $0 != " " }
        for candidate in Set([text, squeezed]) {
            if plainValue(candidate)?.stringValue == nil { return true }
            if Resolver.default.resolveTag(of: Node(candidate)) != .str { return true }
            if yaml11Booleans.contains(candidate) { return true }
        }
        return false
    }

    /// A double-quoted scalar: `"` and `\` escaped, and every character an editor or terminal
    /// would act on or hide written as an escape.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                guard needsEscape(scalar) else {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                let (prefix, width) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += prefix + String(repeating: "0", count: width - hex.count) + hex
            }
        }
        return out + "\""
    }

    /// Characters never written raw: C0 and C1 controls and DEL (YAML readers refuse most of
    /// them, and terminals obey them), the line separators YAML 1.1 breaks lines at, the byte
    /// order mark, the non-characters, and the bidi marks, overrides and isolates.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
            || v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Characters that start something other than a plain scalar.
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\t",
    ]

    /// YAML 1.1's one-letter booleans, which Yams' resolver leaves out.
    private static let yaml11Booleans: Set<String> = ["y", "Y", "n", "N"]

    nonisolated(unsafe) private static let infinityOrNaN = /[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/
    nonisolated(unsafe) private static let octalInteger = /0o([0-7]+)/
    nonisolated(unsafe) private static let hexInteger = /0x([0-9a-fA-F]+)/
    nonisolated(unsafe) private static let decimalNumber = /[-+]?((?:\.[0-9]+|[0-9]+(?:(\.[0-9]*))?))([eE][-+]?[0-9]+)?/
}
