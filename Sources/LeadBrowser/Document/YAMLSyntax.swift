import Foundation
import Yams

/// The syntax layer: text to a Yams node tree, libyaml's errors to sentences with a line.
///
/// YAML 1.2 lets a tab separate `key:` or `-` from what follows, but libyaml refuses a tab
/// there. Each time it stops on such a tab, that tab is read as the space it stands for and
/// the text parsed again; a tab that indents a line stays an error, as YAML says.
enum YAMLSyntax {
    typealias Problem = LeadYAML.ParseError.Problem

    /// The document's node tree, and the text it was read from (marks point into it).
    static func compose(_ text: String) throws(LeadYAML.ParseError) -> (root: Node?, source: String) {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for _ in 0..<1000 {
            do {
                return (try Parser(yaml: text, resolver: .basic).singleRoot(), text)
            } catch let error as YamlError {
                if case .scanner(_, _, let mark, _) = error, let fixed = separatingTabReplaced(in: text, at: mark) {
                    text = fixed
                    continue
                }
                throw LeadYAML.ParseError(problems: [problem(error, in: text)])
            } catch {
                throw LeadYAML.ParseError(problems: [Problem(line: nil, message: "\(error)")])
            }
        }
        throw LeadYAML.ParseError(problems: [Problem(line: nil, message: "too many tabs where YAML expects spaces")])
    }

    /// `text` with the tab at `mark` made a space, when the tab only separates an indicator
    /// (`key:`, `-`, `?`) from what follows; nil otherwise.
    static func separatingTabReplaced(in text: String, at mark: Mark) -> String? {
        var lines = scalarLines(text)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        var line = lines[mark.line - 1]
        let column = mark.column - 1
        guard column >= 1, column < line.count, line[column] == "\t" else { return nil }
        guard let before = line[..<column].lastIndex(where: { $0 != " " && $0 != "\t" }),
            [":", "-", "?"].contains(line[before]), before == 0 || line[before - 1] == " " || line[before] == ":"
        else { return nil }
        line[column] = " "
        lines[mark.line - 1] = line
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// One sentence with a line for a libyaml error.
    static func problem(_ error: YamlError, in text: String) -> Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return Problem(line: mark.line, message: sentence(problem, context: context?.text, at: mark, in: text))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { YAMLScalar.written($0) }.joined(separator: ", ")
            return Problem(line: context.mark.line, message: "\(names) is given more than once; keep one")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in 1 + text.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count }
            return Problem(line: line, message: "\(problem); write such characters as escapes in double quotes (\"\\e\", \"\\u0007\")")
        default:
            return Problem(line: nil, message: "\(error)")
        }
    }

    /// The text's lines as libyaml numbers them, split at each line feed. Split by scalars, not
    /// by `Character`: a CRLF is one `Character`, so a split at `"\n"` would leave a CRLF
    /// document as one line. A line keeps its `\r`, which joining with `"\n"` restores.
    static func scalarLines(_ text: String) -> [[Unicode.Scalar]] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    private static func sentence(_ problem: String, context: String?, at mark: Mark, in text: String) -> String {
        let line = scalarLines(text).dropFirst(mark.line - 1).first
        if let line, mark.column - 1 < line.count, mark.column >= 1, line[mark.column - 1] == "\t" {
            return "a tab indents this line; YAML indents with spaces"
        }
        if problem.contains("mapping values are not allowed") {
            return "a second `: ` on one line; put the value in quotes (note: \"Call back: Monday\")"
        }
        if problem.contains("could not find expected ':'") {
            return "expected `key: value` here (a line without `: `, or an unclosed quote above)"
        }
        return context.map { "\(problem) (\($0))" } ?? problem
    }
}
