extension TOMLKeyLines {
    /// A cursor over the document's scalars that counts lines, with the pieces of TOML grammar
    /// the key look-up needs: keys (bare, quoted, dotted), strings skipped whole, blanks and
    /// comments between the items of an array or inline table.
    struct Reader {
        let scalars: [Unicode.Scalar]
        private(set) var index = 0
        /// The 1-based line of the scalar at `index`.
        private(set) var line = 1

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func advance() {
            guard index < scalars.count else { return }
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }

        mutating func skipSpaces() {
            while peek() == " " || peek() == "\t" { advance() }
        }

        /// Past the end of this line (its comment included).
        mutating func skipLine() {
            while let c = peek(), c != "\n" { advance() }
            advance()
        }

        /// Past spaces, newlines and comments (between an array's items); the scalar then next.
        mutating func skipBlank() -> Unicode.Scalar? {
            while let c = peek() {
                if c == "#" {
                    while let c = peek(), c != "\n" { advance() }
                } else if c == " " || c == "\t" || c == "\r" || c == "\n" {
                    advance()
                } else {
                    break
                }
            }
            return peek()
        }

        /// A dotted key (`keys . "list".quit`) as its parts; nil when none starts here.
        mutating func key() -> [String]? {
            guard let first = simpleKey() else { return nil }
            var parts = [first]
            while true {
                let mark = (index, line)
                skipSpaces()
                guard peek() == "." else {
                    (index, line) = mark
                    return parts
                }
                advance()
                skipSpaces()
                guard let next = simpleKey() else { return parts }
                parts.append(next)
            }
        }

        /// A bare key (letters, digits, `_`, `-`) or a quoted one.
        private mutating func simpleKey() -> String? {
            guard let c = peek() else { return nil }
            if c == "\"" || c == "'" { return quoted() }
            var name = String.UnicodeScalarView()
            while let c = peek(), Self.isBare(c) {
                name.append(c)
                advance()
            }
            return name.isEmpty ? nil : String(name)
        }

        static func isBare(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
            default: false
            }
        }

        /// A one-line quoted string; in a basic one the escapes are read (`\"`, `\\`, `\n`, `\t`, `\r`,
        /// and `\u` or `\U` with their hex digits).
        private mutating func quoted() -> String {
            let quote = peek()!
            advance()
            var text = String.UnicodeScalarView()
            while let c = peek(), c != quote, c != "\n" {
                advance()
                guard quote == "\"", c == "\\", let escaped = peek() else {
                    text.append(c)
                    continue
                }
                advance()
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "u", "U":
                    var hex = ""
                    for _ in 0..<(escaped == "u" ? 4 : 8) {
                        guard let digit = peek(), digit.properties.isASCIIHexDigit else { break }
                        hex.unicodeScalars.append(digit)
                        advance()
                    }
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.append(scalar) }
                default: text.append(escaped)
                }
            }
            if peek() == quote { advance() }
            return String(text)
        }

        /// Past a string value: one-line or multi-line (`"""`, `'''`), basic or literal.
        mutating func skipString() {
            guard let quote = peek() else { return }
            guard peek(1) == quote, peek(2) == quote else {
                _ = quoted()
                return
            }
            for _ in 0..<3 { advance() }
            while let c = peek() {
                if quote == "\"", c == "\\" {
                    advance()
                    advance()
                } else if c == quote, peek(1) == quote, peek(2) == quote {
                    for _ in 0..<3 { advance() }
                    // Up to two more quotes belong to the string (`""""x""""`).
                    while peek() == quote { advance() }
                    return
                } else {
                    advance()
                }
            }
        }
    }
}
