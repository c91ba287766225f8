import Foundation
import Testing
@testable import TiledeskLeads

/// Decoding leads shaped exactly as the real server emits them (Mongoose documents: `_id`, `__v`,
/// tags always present, nulls, extra keys from newer servers).
@Suite struct LeadJSONObjectTests {
    static let serverLead = #"""
        {"_id":"65a1f0c2e4b0a1b2c3d4e5f6","status":100,"tags":["vip","a/b"],"lead_id":"c5f7d2a0-1111-4aaa-8bbb-123456789abc",\#
        "fullname":"Zoë Ångström","email":"zoe@example.com","attributes":{"plan":"pro","seats":12,"ratio":0.5,"nested":{"ok":true,"list":[1,"2",null]}},\#
        "id_project":"64c0ffee0000000000000001","createdBy":"64c0ffee00000000000000aa","phone":"+39 0123 456","company":null,\#
        "zipcode":"00144","properties":{"tier":"gold"},"createdAt":"2024-01-13T02:10:10.123Z","updatedAt":"2024-02-01T08:00:00.000Z",\#
        "__v":0,"departmentId":"abc","score":{"x":1}}
        """#

    @Test func readsEveryFieldWithItsType() throws {
        let lead = try Lead(jsonObject: try JSONParser.parse(Array(Self.serverLead.utf8)))
        #expect(lead.id == "65a1f0c2e4b0a1b2c3d4e5f6")
        #expect(lead.version == 0)
        #expect(lead.tags == ["vip", "a/b"])
        #expect(lead.phone == "+39 0123 456")
        #expect(lead.zipcode == "00144")
        #expect(lead.company == nil)
        #expect(lead.attributes?["seats"] == 12)
        #expect(lead.attributes?["nested"] == ["ok": true, "list": [1, "2", nil]])
        #expect(lead.properties == ["tier": "gold"])
        #expect(lead.status == 100)
        #expect(lead.createdAt.map(ISOTime.format) == "2024-01-13T02:10:10.123Z")
        #expect(lead.extra == ["departmentId": "abc", "score": ["x": 1]])
    }

    @Test func agreesWithTheCodableForm() throws {
        let fast = try Lead(jsonObject: try JSONParser.parse(Array(Self.serverLead.utf8)))
        let codable = try JSONDecoder().decode(Lead.self, from: Data(Self.serverLead.utf8))
        #expect(fast == codable)
    }

    @Test func unknownFieldsSurviveTheRoundTrip() throws {
        let lead = try Lead(jsonObject: try JSONParser.parse(Array(Self.serverLead.utf8)))
        let again = try Lead(jsonObject: try JSONParser.parse(Array(lead.jsonObject.jsonText.utf8)))
        #expect(again == lead)
        #expect(lead.jsonObject.objectValue?["departmentId"] == "abc")
    }

    @Test func acceptsIdAndMissingFields() throws {
        let lead = try Lead(jsonObject: ["id": "abc"])
        #expect(lead.id == "abc")
        #expect(lead.tags.isEmpty && lead.email == nil && lead.attributes == nil)
        #expect(throws: LeadDecodingError.self) { try Lead(jsonObject: ["fullname": "no id"]) }
        #expect(throws: LeadDecodingError.self) { try Lead(jsonObject: ["not", "an", "object"]) }
    }

    /// `writeJSON` (what `export --ndjson` writes) gives the very text of `jsonObject`: every field,
    /// extra keys sorted in among the known ones (`aaa` first, `departmentId` between
    /// `createdBy` and `email`, `zz` last), a known key in `extra` settled as `jsonObject` does,
    /// and every escape (quote, control, C1, line separator, bidi override) in strings anywhere.
    @Test func writtenTextIsTheTextOfTheJSONObject() throws {
        var full = try Lead(jsonObject: try JSONParser.parse(Array(Self.serverLead.utf8)))
        for field in LeadField.allCases { full[field] = "\(field.rawValue) \"q\" \\ \u{1}\u{85}\u{2028}\u{202E}é\u{2066}日本 €©" }
        full.extra["aaa"] = "first"
        full.extra["zz"] = ["x\u{7F}": [1, 2.5, nil, true]]
        full.tags = ["a\tb", "\u{202A}"]
        var sparse = Lead(id: "only-an-id")
        sparse.extra["fullname"] = "shadowed by nothing"
        var shadowed = full
        shadowed.extra["email"] = "loses to the field"
        for lead in [full, sparse, shadowed, Lead(id: "x")] {
            var written = ""
            lead.writeJSON(to: &written)
            #expect(written == lead.jsonObject.jsonText)
        }
        var escaped = ""
        full.writeJSON(to: &escaped)
        #expect(escaped.contains(#"\"q\" \\ \u0001\u0085\u2028\u202eé\u2066日本 €©"#))
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{202E}" })
    }

    /// A string written as bytes is the string written as text: escapes where needed, the bytes as
    /// they are everywhere else.
    @Test func stringsWrittenAsBytesAreWrittenAsText() {
        var texts = ["", "plain", "é日本 €©", "\"q\" \\", "\u{1}\u{7F}\u{85}\u{9F}\u{A0}"]
        texts.append("\u{2028}\u{2029}\u{202A}\u{202E}\u{2066}\u{2069}\u{2070}")
        texts += (0..<0x80).map { String(UnicodeScalar(UInt8($0))) + "x" }
        for text in texts {
            var bytes: [UInt8] = [1]
            JSONValue.writeString(text, to: &bytes)
            var written = ""
            JSONValue.writeString(text, to: &written)
            #expect(bytes == [1] + Array(written.utf8), "\(Array(text.unicodeScalars))")
        }
    }
}
