import TiledeskLeads

/// A lead as a YAML document for people, edited in `$EDITOR` (`^E`, `leads edit`) and printed by
/// `leads get --yaml`: a comment header with the lead's id and how to cancel, then the ten text
/// fields in form order, the tags as a block list and the attributes as a nested block map.
///
///     # Lead 65f0c3a1b2: save to apply; save it unchanged or empty it to cancel.
///     fullname: Zoë Ångström
///     phone: "+39 0123 456"
///     zipcode: "00184"
///     note: |
///       Called twice.
///       Wants the annual plan.
///     tags:
///       - vip
///     attributes:
///       plan: pro
///       seats: 3
public enum LeadYAML {
    /// What is wrong with an edited document: every problem found, each with its line.
    public struct ParseError: Error, Hashable, Sendable {
        public struct Problem: Hashable, Sendable, CustomStringConvertible {
            /// 1-based line in the text that was read; nil when the problem has no place.
            public var line: Int?
            public var message: String

            public init(line: Int?, message: String) {
                self.line = line
                self.message = message
            }

            public var description: String { line.map { "line \($0): \(message)" } ?? message }
        }

        public var problems: [Problem]

        public init(problems: [Problem]) {
            self.problems = problems
        }

        /// Every problem, `line N: …`, on one line.
        public var message: String { problems.map(\.description).joined(separator: "; ") }
    }

    /// The document for an existing lead.
    public static func text(_ lead: Lead) -> String {
        document(lead, header: [
            "Lead \(YAMLScalar.written(lead.id)): save to apply; save it unchanged or empty it to cancel.",
            "Text stays text as written; attributes are YAML: numbers, true/false, null, lists, maps.",
        ])
    }

    /// The document for a new lead: every key, nothing filled in.
    public static func template() -> String {
        document(Lead(), header: [
            "New lead: fill in and save to create it; save it unchanged or empty it to cancel.",
            "Text stays text as written; attributes are YAML: numbers, true/false, null, lists, maps.",
        ])
    }

    /// The attributes alone, for `^O` on the form's attributes row.
    public static func attributesText(_ attributes: [String: JSONValue]) -> String {
        var writer = YAMLWriter()
        writer.comment("Attributes: save to apply; save unchanged or empty the file to cancel; {} removes them all.")
        if attributes.isEmpty {
            writer.lines.append("{}")
        } else {
            for key in attributes.keys.sorted() { writer.entry(key: key, attributes[key]!, indent: 0) }
        }
        return writer.document
    }

    /// An edited attributes document.
    public static func readAttributes(_ text: String) throws(ParseError) -> [String: JSONValue] {
        try YAMLReader.readAttributes(text)
    }

    /// What an edited document says; a blank document says nothing (`LeadEdit.isEmpty`).
    public static func read(_ text: String) throws(ParseError) -> LeadEdit {
        try YAMLReader.read(text)
    }

    /// Applies an edited document to `lead`; keys left out keep their value.
    public static func parse(_ text: String, onto lead: Lead) throws(ParseError) -> Lead {
        try read(text).applied(to: lead)
    }

    private static func document(_ lead: Lead, header: [String]) -> String {
        var writer = YAMLWriter()
        for line in header { writer.comment(line) }
        for field in LeadField.allCases {
            writer.string(lead[field] ?? "", head: field.rawValue + ":", indent: 0, emptyAsNothing: true)
        }
        writer.item(prefix: "tags:", .array(lead.tags.map(JSONValue.string)), indent: 0)
        writer.item(prefix: "attributes:", .object(lead.attributes ?? [:]), indent: 0)
        return writer.document
    }
}
