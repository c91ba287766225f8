import Foundation
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The one rule for saving after the re-read, shared by the form, the YAML document and
/// `leads edit`: what is sent keeps a colleague's change to another part, stops at a change to
/// the same part, and never writes a lead that is gone.
@Suite struct SavePlanTests {
    static let base = Lead(
        id: "a1", fullname: "Ann", company: "Start Co", city: "Roma", tags: ["vip"], attributes: ["plan": "gold", "seats": 5],
        updatedAt: Date(timeIntervalSince1970: 1_000))

    var mine: Lead {
        var lead = Self.base
        lead.city = "Milano"
        lead.attributes?["seats"] = 6
        return lead
    }

    func theirs(_ change: (inout Lead) -> Void) -> Lead {
        var lead = Self.base
        change(&lead)
        lead.updatedAt = Date(timeIntervalSince1970: 2_000)
        return lead
    }

    @Test func unchangedOnTheServerSendsMyChange() {
        #expect(SavePlan.after(reRead: Self.base, base: Self.base, mine: mine) == .send(LeadChange.between(Self.base, mine)))
    }

    @Test func aChangeToAnotherPartMeanwhileSurvives() throws {
        let theirs = theirs { $0.company = "Theirs Co"; $0.tags.append("eu"); $0.attributes?["plan"] = "pro" }
        guard case .send(let change) = SavePlan.after(reRead: theirs, base: Self.base, mine: mine) else {
            Issue.record("not sent")
            return
        }
        let onServer = change.applied(to: theirs)
        #expect(onServer.company == "Theirs Co" && onServer.tags == ["vip", "eu"] && onServer.attributes?["plan"] == "pro")
        #expect(onServer.city == "Milano" && onServer.attributes?["seats"] == 6)
        #expect(change.fields == [.city: "Milano"], "only what is still mine is sent")
    }

    @Test func aChangeToTheSamePartMeanwhileIsAConflict() {
        let theirs = theirs { $0.city = "Torino" }
        guard case .conflicts(let seen, let merge) = SavePlan.after(reRead: theirs, base: Self.base, mine: mine) else {
            Issue.record("no conflict")
            return
        }
        #expect(seen == theirs)
        #expect(merge.conflicts.map(\.place) == [.field(.city)])
    }

    @Test func theSameChangeMeanwhileLeavesNothingToSend() {
        let theirs = theirs { $0.city = "Milano"; $0.attributes?["seats"] = 6 }
        #expect(SavePlan.after(reRead: theirs, base: Self.base, mine: mine) == .nothingToSend)
    }

    @Test func aLeadTrashedOrDeletedMeanwhileIsNeverWritten() {
        let trashed = theirs { $0.status = LeadStatus.trashed }
        #expect(SavePlan.after(reRead: trashed, base: Self.base, mine: mine) == .gone(theirs: trashed))
        #expect(SavePlan.after(reRead: nil, base: Self.base, mine: mine) == .gone(theirs: nil))
    }
}
