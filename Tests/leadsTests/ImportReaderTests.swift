import Testing
import TiledeskLeads
@testable import leads

@Suite struct ImportReaderTests {
    @Test func detectsTheDelimiterFromTheHeader() {
        #expect(ImportReader.delimiter(of: "\"a;b\",c,d\n1;2;3;4") == ",")
        #expect(ImportReader.delimiter(of: "\"_id\";\"fullname\";\"email\"\r\n") == ";")
    }

    @Test func numbersWhereTextIsExpectedKeepTheirDigits() throws {
        let lead = try ImportFields.lead(from: ["zipcode": 144, "fullname": "Z"])
        #expect(lead.zipcode == "144")
        #expect(throws: ImportProblem.self) { try ImportFields.lead(from: ["fullname": ["nested": 1]]) }
        #expect(throws: ImportProblem.self) { try ImportFields.lead(from: ["_id": "x", "createdAt": "2024-01-01T00:00:00Z"]) }
    }
}
