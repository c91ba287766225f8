import Foundation
import Testing
@testable import TiledeskLeads

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(Array(#" {"a":[1,-2,3.5,1e3,true,false,null,"x"],"b":{"c":{}} , "d":[]} "#.utf8))
        #expect(value == ["a": [1, -2, 3.5, 1000.0, true, false, nil, "x"], "b": ["c": [:]], "d": []])
    }

    @Test func integersStayIntegersUpTo64Bits() throws {
        #expect(try JSONParser.parse(Array("9223372036854775807".utf8)) == .int(Int64.max))
        #expect(try JSONParser.parse(Array("-9223372036854775808".utf8)) == .int(Int64.min))
        #expect(try JSONParser.parse(Array("9223372036854775808".utf8)) == .double(9_223_372_036_854_775_808))
        #expect(try JSONParser.parse(Array("0".utf8)) == .int(0))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(Array(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00\u001b""#.utf8))
        #expect(value == .string("a\"b\\c/d\n\té😀\u{1B}"))
        #expect(try JSONParser.parse(Array(#""\ud800x""#.utf8)) == .string("\u{FFFD}x"))
    }

    @Test func keepsMultilingualTextAsIs() throws {
        let text = "Zoë 山田 مرحبا 🇮🇹"
        #expect(try JSONParser.parse(Array(JSONValue.string(text).jsonText.utf8)) == .string(text))
    }

    @Test func rejectsMalformedDocuments() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"open", "1 2", "{\"a\":1,}", "-", "\"\u{01}\""] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONParser.parse(Array(bad.utf8)) }
        }
    }

    /// RFC 8259's number grammar exactly: the forms and `--attr` type a value as JSON when it is
    /// JSON, so `02134` (a zip code) must not parse as the number 2134.
    @Test func numbersFollowTheJSONGrammar() throws {
        for bad in ["02134", "-01", "+1", ".5", "1.", "1.e5", "1e", "1e+", "--1", "0x10", "1_000"] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONParser.parse(Array(bad.utf8)) }
        }
        // What the error says names the real problem: a stray word is not a bad number.
        let stray = #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(#"{"a": x}"#.utf8)) }
        #expect(stray?.description == "unexpected character at byte 6")
        let badNumber = #expect(throws: JSONParseError.self) { try JSONParser.parse(Array("[1, -x]".utf8)) }
        #expect(badNumber?.description == "invalid number at byte 5")
        let good: [(String, JSONValue)] = [
            ("0", 0), ("-0", 0), ("0.5", 0.5), ("-1.25e-2", -0.0125), ("1E+3", 1000.0), ("10", 10), ("[0,-0.0]", [0, -0.0]),
        ]
        for (text, value) in good {
            #expect(try JSONParser.parse(Array(text.utf8)) == value, "\(text)")
            // Foundation may call 1E+3 an integer; written back, both are the same text.
            #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).jsonText == value.jsonText, "\(text)")
        }
    }

    @Test func refusesHostileNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test func agreesWithFoundationOnWhatItWrites() throws {
        let value: JSONValue = ["n": 12, "f": 0.25, "s": "q\"uote", "a": [nil, true, ["deep": "x"]]]
        let text = value.jsonText
        #expect(try JSONParser.parse(Array(text.utf8)) == value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) == value)
    }

    @Test func nestedObjectsKeepTheirOwnMembersAndARepeatedKeyTakesItsLastValue() throws {
        let value = try JSONParser.parse(Array(#"{"a":{"x":1,"y":{"z":2},"x":3},"b":[{"k":"v"},{}],"a2":{"only":true}}"#.utf8))
        #expect(value == ["a": ["x": 3, "y": ["z": 2]], "b": [["k": "v"], [:]], "a2": ["only": true]])
    }
}
