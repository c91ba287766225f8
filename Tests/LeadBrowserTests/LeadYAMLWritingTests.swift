import Foundation
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The document handed to people: block style, quotes only where a reader would change the
/// value, a literal block for a note with line breaks; and, for random leads of every awkward
/// kind, reading the document back gives exactly the lead written.
@Suite struct LeadYAMLWritingTests {
    /// The lead of README's sample document.
    static let sample = Lead(
        id: "65f0c3a1b2", fullname: "Zoë Ångström", email: "zoe@example.com", phone: "+39 0123 456", company: "yes",
        note: "Called twice.\nWants the annual plan.\n", city: "Zürich", zipcode: "00184", country: "NO",
        tags: ["vip", "2024"], attributes: ["plan": "pro", "seats": 3, "trial": false, "since": "2024-01-05", "meta": ["source": "web", "ids": [1, 2]]])

    @Test func aLeadIsWrittenAsPeopleWriteYAML() {
        #expect(LeadYAML.text(Self.sample) == """
            # Lead 65f0c3a1b2: save to apply; save it unchanged or empty it to cancel.
            # Text stays text as written; attributes are YAML: numbers, true/false, null, lists, maps.
            fullname: Zoë Ångström
            email: zoe@example.com
            phone: "+39 0123 456"
            company: "yes"
            note: |
              Called twice.
              Wants the annual plan.
            streetAddress:
            city: Zürich
            region:
            zipcode: "00184"
            country: "NO"
            tags:
              - vip
              - "2024"
            attributes:
              meta:
                ids:
                  - 1
                  - 2
                source: web
              plan: pro
              seats: 3
              since: "2024-01-05"
              trial: false

            """)
    }

    /// README's section on `^E` and `leads edit` shows the document as it is written, and it
    /// reads back as the same lead.
    @Test func theREADMESampleIsTheDocumentWritten() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Editing a lead as YAML").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(block == LeadYAML.text(Self.sample))
        #expect(try LeadYAML.parse(block, onto: Self.sample) == Self.sample)
    }

    @Test(arguments: [
        "", "null", "~", "yes", "Off", "y", "true", "00184", "+39 0123", "1e3", "0x1F", "0o17", ".inf", "12:30", "1_000", "2024-01-05",
        "- a", ": x", "a: b", "a #b", "#x", "[x]", "{x}", "'q'", "\"q\"", "!tag", "&a", "*a", "|", ">", "%x", "@x", "`x", "---", "...",
        " lead", "trail ", "x:", "tab\there", "<<", "=",
    ])
    func stringsAReaderWouldChangeAreQuoted(text: String) throws {
        let written = YAMLScalar.written(text)
        #expect(written.hasPrefix("\""), "\(written)")
        let back = try LeadYAML.read("attributes:\n  k: \(written)\n")
        #expect(back.attributes?["k"] == .string(text))
    }

    @Test(arguments: ["Zürich", "Via Roma 1, int. 3", "山田太郎", "👩‍💻 Dev", "مرحبا", "a-b", "x:y", "a#b", "50%", "C++", "O'Brien", "3 rue"])
    func everydayTextStaysPlain(text: String) {
        #expect(YAMLScalar.written(text) == text)
    }

    @Test func nestedListsAndMapsInListsAreCompact() throws {
        let value: JSONValue = ["rows": [["a": 1, "b": "x"], [1, [2]], "two\nlines", [:], []]]
        var writer = YAMLWriter()
        writer.item(prefix: "attributes:", value, indent: 0)
        #expect(writer.document == """
            attributes:
              rows:
                - a: 1
                  b: x
                - - 1
                  - - 2
                - |-
                  two
                  lines
                - {}
                - []

            """)
        #expect(try LeadYAML.read(writer.document).attributes == value.objectValue)
    }

    @Test(arguments: 0..<500)
    func textToYAMLToTextIsTheIdentity(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9)
        let lead = RandomLead.make(&random)
        let text = LeadYAML.text(lead)
        let back = try LeadYAML.parse(text, onto: lead)
        #expect(back == lead, "seed \(seed):\n\(text)")
        let fresh = try LeadYAML.parse(text, onto: Lead(id: lead.id))
        #expect(LeadChange.between(lead, fresh).isEmpty, "seed \(seed): read onto an empty lead")
        let hostile = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
        #expect(hostile.isEmpty, "seed \(seed): raw control characters in the document")
    }

    @Test(arguments: 0..<200)
    func attributesAloneRoundTripToo(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 77)
        let attributes = RandomLead.object(&random, depth: 0)
        let text = LeadYAML.attributesText(attributes)
        #expect(try LeadYAML.readAttributes(text) == attributes, "seed \(seed):\n\(text)")
    }
}
