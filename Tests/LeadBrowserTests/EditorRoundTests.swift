import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Nothing typed in the editor is lost: text with errors comes back as the user wrote it with
/// the errors on top, pointing at the right lines of what the user now sees; saving unchanged
/// or emptying cancels.
@Suite struct EditorRoundTests {
    let lead = Lead(id: "65f0", fullname: "Ada", city: "Roma")

    @Test func savingAsOpenedCancelsAndEmptyingCancels() {
        let round = EditorRound(text: LeadYAML.text(lead))
        #expect(round.outcome(of: round.text) == .unchanged)
        #expect(round.outcome(of: "") == .emptied)
        #expect(round.outcome(of: "# only a comment\n\n  \n") == .emptied)
    }

    @Test func aValidTextGivesTheEdit() {
        let round = EditorRound(text: LeadYAML.text(lead))
        let saved = round.text.replacingOccurrences(of: "city: Roma", with: "city: Zürich")
        #expect(round.outcome(of: saved) == .valid(LeadEdit(
            fields: [.fullname: "Ada", .email: "", .phone: "", .company: "", .note: "", .streetAddress: "", .city: "Zürich", .region: "",
                     .zipcode: "", .country: ""],
            tags: [], attributes: [:])))
    }

    @Test func errorsComeBackOnTopOfTheUsersOwnTextWithLinesThatMatch() throws {
        let first = EditorRound(text: LeadYAML.text(lead))
        let typed = first.text.replacingOccurrences(of: "city: Roma", with: "citty: Roma")
            .replacingOccurrences(of: "region:\n", with: "region: [North]\n")
        guard case .invalid(let second) = first.outcome(of: typed) else { Issue.record("not refused"); return }
        #expect(second.text.hasSuffix(typed), "the user's text, untouched, below the errors")
        let lines = second.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("#! Not saved."))
        #expect(second.problems.count == 2)
        for problem in second.problems { #expect(second.text.contains("#! \(problem.description)")) }
        // Each line named is the line with the mistake, in the text the user now sees.
        #expect(second.problems.map { String(lines[$0.line! - 1]) } == ["citty: Roma", "region: [North]"])

        // Saved again with the same mistake: one header, not two, and the lines still match.
        let again = second.text.replacingOccurrences(of: "fullname: Ada", with: "fullname: Ada Lovelace")
        guard case .invalid(let third) = second.outcome(of: again) else { Issue.record("not refused"); return }
        #expect(third.text.components(separatedBy: "#! Not saved.").count == 2)
        let thirdLines = third.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(third.problems.map { String(thirdLines[$0.line! - 1]) } == ["citty: Roma", "region: [North]"])

        // Saved unchanged after an error: cancelled (the caller keeps the text); fixed: valid.
        #expect(third.outcome(of: third.text) == .unchanged)
        let fixed = third.text.replacingOccurrences(of: "citty:", with: "city:").replacingOccurrences(of: "[North]", with: "North")
        guard case .valid(let edit) = third.outcome(of: fixed) else { Issue.record("not accepted: \(fixed)"); return }
        #expect(edit.fields[.fullname] == "Ada Lovelace" && edit.fields[.region] == "North" && edit.fields[.city] == "Roma")
    }

    @Test func theErrorHeaderIsTakenOffWhateverTheLineEnds() {
        let round = EditorRound.reopened("fullname: [\n", problems: [.init(line: 1, message: "x")])
        let crlf = round.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(EditorRound.withoutErrorHeader(crlf) == "fullname: [\r\n")
        #expect(round.outcome(of: "#! Not saved.\n#!\n") == .emptied, "only the header left is an emptied file")
    }

    @Test func anAttributesDocumentReadsOnlyAttributesAndReopensAsOne() {
        let round = EditorRound(text: LeadYAML.attributesText(["plan": "pro"]), kind: .attributes)
        #expect(round.text == "# Attributes: save to apply; save unchanged or empty the file to cancel; {} removes them all.\nplan: pro\n")
        #expect(round.outcome(of: "plan: pro\nseats: 3\n") == .valid(LeadEdit(attributes: ["plan": "pro", "seats": 3])))
        #expect(round.outcome(of: "{}\n") == .valid(LeadEdit(attributes: [:])))
        guard case .invalid(let next) = round.outcome(of: "plan: pro\nplan: basic\n") else { Issue.record("not refused"); return }
        #expect(next.kind == .attributes)
        #expect(next.problems.first?.message == "plan is given more than once; keep one")
        guard case .invalid = round.outcome(of: "- a\n") else { Issue.record("a list is not attributes"); return }
    }
}
