import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The three-way merge, case by case: what merges by itself and what the user must decide.
@Suite struct LeadMergeTests {
    static let base = Lead(id: "a1", fullname: "Ann", email: "ann@example.com", company: "Start Co", tags: ["vip", "eu", "old"],
                           attributes: ["plan": "gold", "seats": 5, "meta": ["source": "web", "score": 1, "ids": [1, 2]]])

    @Test func aFieldChangedOnOneSideTakesThatSide() {
        var mine = Self.base, theirs = Self.base
        mine.fullname = "Ann B."
        theirs.company = "Theirs Co"
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        #expect(merge.merged.fullname == "Ann B." && merge.merged.company == "Theirs Co")
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() {
        var mine = Self.base, theirs = Self.base
        mine.company = "Same Co"
        theirs.company = "Same Co"
        #expect(LeadMerge(base: Self.base, mine: mine, theirs: theirs).conflicts.isEmpty)
    }

    @Test func aFieldChangedOnBothSidesIsAConflictAndTheChoiceDecides() {
        var mine = Self.base, theirs = Self.base
        mine.company = "Mine Co"
        theirs.company = "Theirs Co"
        theirs.email = "ann@theirs.example"
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts == [MergeConflict(place: .field(.company), base: "Start Co", mine: "Mine Co", theirs: "Theirs Co")])
        #expect(merge.resolved(with: [.mine]).company == "Mine Co")
        #expect(merge.resolved(with: [.theirs]).company == "Theirs Co")
        #expect(merge.resolved(with: [.mine]).email == "ann@theirs.example", "their one-sided change survives either choice")
    }

    @Test func aFieldClearedOnOneSideAndChangedOnTheOtherIsAConflict() {
        var mine = Self.base, theirs = Self.base
        mine.company = ""
        theirs.company = "Theirs Co"
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.map(\.label) == ["Company"])
        #expect(MergeConflict.shown(merge.conflicts[0].mine) == "∅")
    }

    @Test func tagsMergeElementByElement() {
        var mine = Self.base, theirs = Self.base
        mine.tags = ["vip", "new-mine"]  // removed eu, old; added new-mine
        theirs.tags = ["vip", "eu", "old", "new-theirs"]  // added new-theirs
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty, "adds and removes on a set never conflict")
        #expect(merge.merged.tags == ["vip", "new-theirs", "new-mine"])
    }

    @Test func tagsRemovedByThemStayRemovedAndTagsAddedByBothAppearOnce() {
        var mine = Self.base, theirs = Self.base
        mine.tags = ["vip", "eu", "old", "both"]
        theirs.tags = ["vip", "both"]
        #expect(LeadMerge(base: Self.base, mine: mine, theirs: theirs).merged.tags == ["vip", "both"])
    }

    @Test func attributesMergeKeyByKeyAndInsideNestedObjects() {
        var mine = Self.base, theirs = Self.base
        mine.attributes?["plan"] = "platinum"
        mine.attributes?["meta"] = ["source": "web", "score": 2, "ids": [1, 2]]
        theirs.attributes?["seats"] = 6
        theirs.attributes?["meta"] = ["source": "chat", "score": 1, "ids": [1, 2], "added": true]
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        #expect(merge.merged.attributes == ["plan": "platinum", "seats": 6, "meta": ["source": "chat", "score": 2, "ids": [1, 2], "added": true]])
    }

    @Test func aNestedAttributeChangedOnBothSidesIsAConflictAtItsPath() {
        var mine = Self.base, theirs = Self.base
        mine.attributes?["meta"] = ["source": "web", "score": 7, "ids": [1, 2]]
        theirs.attributes?["meta"] = ["source": "web", "score": 9, "ids": [1, 2, 3]]
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts == [MergeConflict(place: .attribute(["meta", "score"]), base: 1, mine: 7, theirs: 9)])
        #expect(merge.conflicts[0].label == "Attributes.meta.score")
        let kept = merge.resolved(with: [.mine]).attributes?["meta"]?.objectValue
        #expect(kept?["score"] == 7 && kept?["ids"] == [1, 2, 3], "my choice at the path, their array change beside it")
        #expect(merge.resolved(with: [.theirs]).attributes?["meta"]?.objectValue?["score"] == 9)
    }

    @Test func anAttributeRemovedByMeAndChangedByThemIsAConflictAndRemovalCanWin() {
        var mine = Self.base, theirs = Self.base
        mine.attributes?["plan"] = nil
        theirs.attributes?["plan"] = "silver"
        let merge = LeadMerge(base: Self.base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.map(\.label) == ["Attributes.plan"])
        #expect(merge.resolved(with: [.mine]).attributes?["plan"] == nil)
        #expect(merge.resolved(with: [.theirs]).attributes?["plan"] == "silver")
    }

    @Test func anAttributeRemovedByThemAndUntouchedByMeStaysRemoved() {
        var theirs = Self.base
        theirs.attributes?["seats"] = nil
        let merge = LeadMerge(base: Self.base, mine: Self.base, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        #expect(merge.merged.attributes?["seats"] == nil)
    }
}
