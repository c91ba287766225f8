import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Hand-written documents in every style a person (or a script) writes, each with the lead
/// parts it must give: plain and quoted, flow and block, JSON, comments, CRLF, a BOM, tabs
/// where YAML allows them. Text fields stay text as written; attributes keep YAML's types.
@Suite struct LeadYAMLReadingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var edit: LeadEdit
        var testDescription: String { name }
    }

    static let plainBlock = """
        # a comment at the top
        fullname: Zoë Ångström
        city: Zürich
        zipcode: 00184
        phone: +39 0123 456
        country: NO
        company: yes
        region: null
        email: ~
        note:
        streetAddress: Via Roma 1, int. 3   # a comment after a value
        tags:
          - vip
          - 2024
          - ~
        attributes:
          plan: pro
          seats: 3
          ratio: 0.5
          big: 1e3
          active: true
          answer: no
          zip: 00184
          hex: 0x1F
          nothing:
          list: [1, two, 3.0]
          nested:
            deep: {x: null}

        """

    static let plainBlockEdit = LeadEdit(
        fields: [
            .fullname: "Zoë Ångström", .city: "Zürich", .zipcode: "00184", .phone: "+39 0123 456", .country: "NO", .company: "yes",
            .region: "", .email: "", .note: "", .streetAddress: "Via Roma 1, int. 3",
        ],
        tags: ["vip", "2024"],
        attributes: [
            "plan": "pro", "seats": 3, "ratio": 0.5, "big": .double(1000), "active": true, "answer": "no", "zip": "00184", "hex": 31,
            "nothing": nil, "list": [1, "two", .double(3)], "nested": ["deep": ["x": nil]],
        ])

    static let cases: [Case] = [
        Case(name: "plain block style", text: plainBlock, edit: plainBlockEdit),
        Case(name: "CRLF line ends", text: plainBlock.replacingOccurrences(of: "\n", with: "\r\n"), edit: plainBlockEdit),
        Case(name: "a byte order mark", text: "\u{FEFF}" + plainBlock, edit: plainBlockEdit),
        Case(
            name: "quoted scalars with escapes",
            text: "fullname: 'O''Brien'\ncity: \"Z\\u00FCrich\"\nnote: \"two\\nlines\"\nzipcode: '00184'\nphone: \"+39 0123\"\n",
            edit: LeadEdit(fields: [.fullname: "O'Brien", .city: "Zürich", .note: "two\nlines", .zipcode: "00184", .phone: "+39 0123"])),
        Case(
            name: "flow style, one line",
            text: "{fullname: Ada, tags: [a, b], attributes: {plan: pro, seats: 3, tags: []}}",
            edit: LeadEdit(fields: [.fullname: "Ada"], tags: ["a", "b"], attributes: ["plan": "pro", "seats": 3, "tags": []])),
        Case(
            name: "JSON as `leads get --json` prints it",
            text: """
                {"_id":"65f0","__v":0,"fullname":"Ada","zipcode":184,"city":null,"tags":["vip"],"createdAt":"2024-01-01T00:00:00.000Z",
                 "attributes":{"n":1.5,"ok":true,"x":null,"list":[1,"a"],"s":"00184"},"properties":{"p":1},"status":100}
                """,
            edit: LeadEdit(
                id: "65f0", fields: [.fullname: "Ada", .zipcode: "184", .city: ""], tags: ["vip"],
                attributes: ["n": 1.5, "ok": true, "x": nil, "list": [1, "a"], "s": "00184"])),
        Case(
            name: "literal, folded and stripped blocks",
            text: "note: |\n  line one\n    indented\n\n  last\ncompany: >\n  folded\n  text\ncity: |-\n  no break\n",
            edit: LeadEdit(fields: [.note: "line one\n  indented\n\nlast\n", .company: "folded text\n", .city: "no break"])),
        Case(
            name: "a plain scalar over two lines",
            text: "note: first line\n  goes on here\n",
            edit: LeadEdit(fields: [.note: "first line goes on here"])),
        Case(
            name: "tabs where YAML allows them",
            text: "city:\tZürich\ncompany: ACME\t# tab before a comment\ntags:\n  -\tvip\nattributes:\n  plan:\t\tpro\n",
            edit: LeadEdit(fields: [.city: "Zürich", .company: "ACME"], tags: ["vip"], attributes: ["plan": "pro"])),
        Case(
            name: "tabs where YAML allows them, with CRLF line ends",
            text: "fullname: Ada\r\ncity:\tZürich\r\ntags:\r\n  -\tvip\r\nattributes:\r\n  plan:\t\tpro\r\n",
            edit: LeadEdit(fields: [.fullname: "Ada", .city: "Zürich"], tags: ["vip"], attributes: ["plan": "pro"])),
        Case(
            name: "explicit tags",
            text: "attributes:\n  a: !!str 3\n  b: !!int \"4\"\n  c: !!float 1\n",
            edit: LeadEdit(attributes: ["a": "3", "b": 4, "c": 1])),
        Case(
            name: "a byte order mark that starts a value, escaped or raw",
            text: "city: \"\\uFEFFRoma\"\ncompany: '\u{FEFF}ACME'\n",
            edit: LeadEdit(fields: [.city: "\u{FEFF}Roma", .company: "\u{FEFF}ACME"])),
        Case(
            name: "a byte order mark that starts a value, with CRLF line ends",
            text: "fullname: Ada\r\ncity: \"\\uFEFFRoma\"\r\ncompany: '\u{FEFF}ACME'\r\n",
            edit: LeadEdit(fields: [.fullname: "Ada", .city: "\u{FEFF}Roma", .company: "\u{FEFF}ACME"])),
        Case(name: "empty text", text: "", edit: LeadEdit()),
        Case(name: "only comments", text: "# nothing\n\n   # here\n", edit: LeadEdit()),
        Case(name: "empty tags and attributes", text: "tags:\nattributes:\n", edit: LeadEdit(tags: [], attributes: [:])),
        Case(
            name: "a sequence at the key's own indentation",
            text: "tags:\n- a\n- b\n",
            edit: LeadEdit(tags: ["a", "b"])),
    ]

    @Test(arguments: cases)
    func readsTheDocument(_ example: Case) throws {
        #expect(try LeadYAML.read(example.text) == example.edit)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int?
        var says: String
        var testDescription: String { says }
    }

    static let failures: [Failure] = [
        Failure(text: "fullname: Ada\ncitty: Roma\n", line: 2, says: "unknown key citty"),
        Failure(text: "city: a\nzipcode: 1\ncity: b\n", line: 1, says: "city is given more than once"),
        Failure(text: "fullname: Ada\ncity: [a, b]\n", line: 2, says: "city is text, not a list"),
        Failure(text: "company:\n  name: ACME\n", line: 2, says: "company is text, not a map of keys"),
        Failure(text: "tags: vip\n", line: 1, says: "tags are a list"),
        Failure(text: "tags:\n  - ok\n  - {a: 1}\n", line: 3, says: "a tag is text, not a map of keys"),
        Failure(text: "attributes: [1, 2]\n", line: 1, says: "attributes are `key: value` lines"),
        Failure(text: "attributes:\n  a: 1\n  a: 2\n", line: 2, says: "a is given more than once"),
        Failure(text: "attributes:\n  x: .inf\n", line: 2, says: ".inf is not a number JSON can hold"),
        Failure(text: "attributes:\n  x: !!binary aGk=\n", line: 2, says: "tag:yaml.org,2002:binary is not supported"),
        Failure(text: "fullname: Ada\nnote: Call back: Monday\n", line: 2, says: "a second `: ` on one line"),
        Failure(text: "attributes:\n\tplan: pro\n", line: 2, says: "a tab indents this line"),
        Failure(text: "fullname: Ada\r\nattributes:\r\n\tplan: pro\r\n", line: 3, says: "a tab indents this line"),
        Failure(text: "fullname: Ada\ncity: \"Roma\nzipcode: 1\n", line: 4, says: "found unexpected end of stream"),
        Failure(text: "- fullname: Ada\n", line: 1, says: "a lead is written as `key: value` lines"),
        Failure(text: "just some words\n", line: 1, says: "a lead is written as `key: value` lines"),
        Failure(text: "fullname: Ada\n---\ncity: Roma\n", line: 2, says: "but found another document"),
    ]

    @Test(arguments: failures)
    func refusesWithTheLine(_ failure: Failure) {
        let error = #expect(throws: LeadYAML.ParseError.self) { try LeadYAML.read(failure.text) }
        #expect(error?.problems.first?.line == failure.line, "\(error?.message ?? "")")
        #expect(error?.message.contains(failure.says) == true, "\(error?.message ?? "")")
    }

    @Test func everyShapeProblemIsReportedAtOnce() {
        let error = #expect(throws: LeadYAML.ParseError.self) {
            try LeadYAML.read("citty: Roma\nfullname: Ada\ntags: vip\nemail: [a]\n")
        }
        #expect(error?.problems.map(\.line) == [1, 3, 4])
    }

    @Test func keysLeftOutKeepTheirValueAndAnEmptyValueClears() throws {
        let lead = Lead(id: "1", fullname: "Ada", city: "Roma", tags: ["vip"], attributes: ["plan": "pro"])
        let edited = try LeadYAML.parse("city:\ncompany: ACME\n", onto: lead)
        #expect(edited == Lead(id: "1", fullname: "Ada", company: "ACME", city: "", tags: ["vip"], attributes: ["plan": "pro"]))
    }
}
