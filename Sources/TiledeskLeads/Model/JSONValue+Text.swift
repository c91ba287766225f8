import Foundation

/// Compact JSON text for a value tree, written by hand because it is on hot paths (the sandbox
/// stores a million attribute objects, the export streams them) where `JSONEncoder` costs several
/// times more. Keys are sorted so the same value always gives the same text.
extension JSONValue {
    public var jsonText: String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            if value.isFinite {
                if value == value.rounded(.towardZero), abs(value) < 1e15 {
                    out += String(Int64(value))
                } else {
                    out += "\(value)"
                }
            } else {
                out += "null"
            }
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                members[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    /// Writes a JSON string literal with every control character escaped, and the bidi overrides
    /// too, so JSON shown in a terminal or an editor cannot reorder the text around it.
    public static func writeString(_ text: String, to out: inout String) {
        out += "\""
        // Over the bytes in place where the string has them so (native strings do): a tight loop
        // instead of the UTF-8 view's iterator, for every string of every lead written.
        let table = mayNeedEscapeTable
        let mayNeed = text.utf8.withContiguousStorageIfAvailable { $0.contains { table[Int($0)] } } ?? text.utf8.contains { table[Int($0)] }
        guard mayNeed, text.unicodeScalars.contains(where: needsEscape) else {
            // Nearly every string: appended in one piece rather than scalar by scalar.
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// `writeString` into bytes, for output made as bytes: a string with nothing to escape (nearly
    /// every one) is copied in as it lies, where appending to a `String` checked and grew it piece
    /// by piece.
    public static func writeString(_ text: String, to out: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes in
            let table = mayNeedEscapeTable
            guard !bytes.contains(where: { table[Int($0)] }) else { return false }
            out.append(34)
            out.append(contentsOf: bytes)
            out.append(34)
            return true
        }
        guard !plain else { return }
        var escaped = ""
        writeString(text, to: &escaped)
        out.append(contentsOf: escaped.utf8)
    }

    /// `mayNeedEscape` of every byte, looked up rather than worked out: one load per byte of every
    /// string an export or `leads duplicates` writes.
    private static let mayNeedEscapeTable: [Bool] = (0...255).map { mayNeedEscape(UInt8($0)) }

    /// Whether a UTF-8 byte may belong to a scalar `needsEscape` holds: an ASCII one it names, or
    /// the lead byte of C1 controls (0xC2) and of U+2028…U+2069 (0xE2). A byte test is some ten
    /// times cheaper than decoding scalars, and `leads export` writes every string of every lead.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// Whether a scalar is written as an escape: quote, backslash, controls (C0, DEL, C1), the
    /// line and paragraph separators, and the bidi overrides and isolates.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x22 || v == 0x5C || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Parses JSON text (any value at the top level), with `JSONParser`: the sandbox parses three
    /// JSON columns of every lead it answers with, where `JSONDecoder` took a fifth of a page's time.
    public static func parse(_ text: String) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { try JSONParser.parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses JSON bytes (any value at the top level).
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }
}
