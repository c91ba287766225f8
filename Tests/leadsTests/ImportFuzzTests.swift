import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads
@testable import leads

/// Issue 8, point 2, for `leads import`: mutated and random CSV, NDJSON and JSON files never
/// crash or hang the reader; each ends as records (a lead, or a problem naming its line or row)
/// or as one error for the whole file. 2,000 files in `swift test`; `LEADS_FUZZ_BODIES` for more.
@Suite struct ImportFuzzTests {
    static let texts: [(OutputFormat, String)] = [
        (.csv, "_id;lead_id;fullname;email;phone;tags;attributes\r\n;l1;\"Anna; Bianchi\";anna@example.com;+39 02;\"[\"\"vip\"\"]\";\"{\"\"plan\"\":\"\"gold\"\"}\"\r\n;l2;Ёлка 🎄;e@x.ru;;[];{}\r\n"),
        (.csv, "fullname,email,zipcode,note\nAda,ada@example.com,01234,\"line one\nline two\"\nBob,,,\n"),
        (.ndjson, "{\"fullname\":\"Ada\",\"email\":\"ada@example.com\",\"tags\":[\"x\"]}\n{\"fullname\":\"أحمد\",\"attributes\":{\"n\":1.5,\"b\":true}}\n"),
        (.json, "[{\"fullname\":\"Ada\",\"zipcode\":144},{\"lead_id\":\"l9\",\"email\":\"x@y.z\",\"properties\":{\"p\":null}}]"),
    ]
    static let seeds: [(OutputFormat, [UInt8])] = texts.map { ($0.0, Array($0.1.utf8)) }

    @Test func mutatedImportFilesEndAsRecordsOrOneError() async {
        let total = Int(ProcessInfo.processInfo.environment["LEADS_FUZZ_BODIES"] ?? "") ?? 2_000
        // On a Dispatch thread, to leave the cooperative pool to the tests running beside this one.
        let (read, refused, badPlaces) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var mutator = BodyMutator(seed: 0x1A4B0)
                var read = 0, refused = 0, badPlaces = 0
                for index in 0..<total {
                    let (format, _) = Self.seeds[index % Self.seeds.count]
                    let bytes = mutator.body(from: Self.seeds.filter { $0.0 == format }.map(\.1))
                    do {
                        let records = try ImportReader.records(String(decoding: bytes, as: UTF8.self), format: format)
                        badPlaces += records.filter { $0.place.isEmpty }.count
                        read += 1
                    } catch {
                        if String(describing: error).isEmpty { badPlaces += 1 }
                        refused += 1
                    }
                }
                continuation.resume(returning: (read, refused, badPlaces))
            }
        }
        #expect(read + refused == total)
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
        #expect(badPlaces == 0, "every problem names where it is")
        print("import fuzz: \(total) files, \(read) read as records, \(refused) refused with an error, no crash, no hang")
    }
}
