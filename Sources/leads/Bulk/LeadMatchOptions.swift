import ArgumentParser
import Foundation

/// The filters added for bulk work, shared by `list`, `export` and the commands that change many
/// leads. The server has no parameter for them; they are applied to the pages as they arrive.
struct LeadMatchOptions: ParsableArguments {
    @Option(name: .customLong("where"), help: ArgumentHelp("Only leads where this holds (repeatable): \(LeadCondition.help).", valueName: "CLAUSE"))
    var clauses: [String] = []
    @Flag(help: "Only leads with no email.") var noEmail = false
    @Flag(help: "Only leads with no name.") var noName = false
    @Option(help: ArgumentHelp("Only leads created before WHEN: \(TimeBound.help).", valueName: "WHEN")) var createdBefore: String?
    @Option(help: ArgumentHelp("Only leads created after WHEN.", valueName: "WHEN")) var createdAfter: String?
    @Option(help: ArgumentHelp("Only leads last changed before WHEN.", valueName: "WHEN")) var updatedBefore: String?
    @Option(help: ArgumentHelp("Only leads last changed after WHEN.", valueName: "WHEN")) var updatedAfter: String?

    func validate() throws {
        _ = try matcher()
    }

    /// True when any of these filters was given.
    var isGiven: Bool {
        !clauses.isEmpty || noEmail || noName || createdBefore != nil || createdAfter != nil || updatedBefore != nil || updatedAfter != nil
    }

    func matcher(now: Date = Date()) throws -> LeadMatcher {
        func time(_ text: String?, _ option: String) throws -> Date? {
            guard let text else { return nil }
            guard let date = TimeBound.parse(text, now: now) else { throw ValidationError("\(option) \(text): expected \(TimeBound.help)") }
            return date
        }
        return LeadMatcher(
            conditions: try clauses.map { try LeadCondition(parsing: $0, now: now) }, noEmail: noEmail, noName: noName,
            createdBefore: try time(createdBefore, "--created-before"), createdAfter: try time(createdAfter, "--created-after"),
            updatedBefore: try time(updatedBefore, "--updated-before"), updatedAfter: try time(updatedAfter, "--updated-after"))
    }
}
