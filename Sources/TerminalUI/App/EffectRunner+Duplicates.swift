import LeadBrowser
import LeadDuplicates
import TiledeskLeads

/// The duplicate index's effects: refreshing and grouping it (the Duplicates screen), and looking
/// one lead up in it as stored (the form). Both run off the terminal's thread: a first refresh
/// reads the whole project, and grouping 100,000 entries takes a moment.
extension EffectRunner {
    /// An index effect as a task of its own, like a request; its message is posted when done.
    func startDuplicateWork(_ effect: Effect) {
        let duplicates = duplicates
        let post = post
        Task.detached {
            if let message = await EffectRunner.duplicateResult(of: effect, duplicates) { post(message) }
        }
    }

    static func duplicateResult(of effect: Effect, _ duplicates: (any DuplicateIndexSource)?) async -> Msg? {
        switch effect {
        case .loadDuplicates(let id):
            guard let duplicates else { return .duplicatesFailed(requestID: id, reason: "no duplicate index for this project") }
            do {
                return .duplicatesLoaded(requestID: id, groups: try await duplicates.refreshedGroups())
            } catch let error as APIError {
                return .duplicatesFailed(requestID: id, reason: error.description)
            } catch {
                return .duplicatesFailed(requestID: id, reason: String(describing: error))
            }
        case .lookUpDuplicates(let id, let lead):
            guard let lookup = await duplicates?.storedLookup() else { return .duplicateMatches(requestID: id, matches: []) }
            // The phone and the name only: the server answers for the email (as the form's own check
            // does), and a lead found by its email here would hide that it also has the phone.
            let matches = lookup.matches(for: DuplicateEntry(lead: lead), by: [.phone, .name])
            return .duplicateMatches(requestID: id, matches: matches.map { DuplicateMatch(entry: $0.entry, reason: $0.reason) })
        default:
            return nil
        }
    }
}

extension Effect {
    /// Effects that work on the duplicate index.
    var isDuplicateWork: Bool {
        switch self {
        case .loadDuplicates, .lookUpDuplicates: true
        default: false
        }
    }
}
