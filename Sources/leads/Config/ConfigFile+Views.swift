import Foundation

extension ConfigFile {
    /// The lines of each `[[table]]` block, in order: the block's first line number (1-based)
    /// and its lines with their numbers. TOML decoding keeps no positions, so errors about an
    /// array of tables find their line here.
    func arrayTableBlocks(_ table: String) -> [(start: Int, lines: [(number: Int, text: String)])] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var blocks: [(start: Int, lines: [(number: Int, text: String)])] = []
        var inside = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inside = trimmed.hasPrefix("[[\(table)]]")
                if inside { blocks.append((index + 1, [])) }
                continue
            }
            if inside { blocks[blocks.count - 1].lines.append((index + 1, String(line))) }
        }
        return blocks
    }
}
