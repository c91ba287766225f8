import Foundation

/// Query parameters decoded as Express (the real server) decodes them: `+` is a space, then
/// percent-decoding. The first value of a repeated key wins. Keys with bracket syntax
/// (`email[$ne]=`), which the real server turns into MongoDB operators, are only ever names here.
struct QueryString: Sendable {
    private var values: [String: String] = [:]

    init(_ raw: String?) {
        guard let raw else { return }
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[key] == nil { values[key] = value }
        }
    }

    subscript(_ key: String) -> String? { values[key] }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
