import Foundation
import LeadDuplicates
import TerminalUI
import TiledeskLeads

/// The browser's way to the duplicate index: the very file and refresh `leads duplicates` uses
/// (`DuplicateIndexFile`, `DuplicateIndexer`), so the Duplicates screen and the command line
/// keep one index per project and read only what changed since either last looked.
struct BrowserDuplicateIndex: DuplicateIndexSource {
    let api: any LeadsAPI
    let file: DuplicateIndexFile
    /// Shared by every copy of this value: the form's checks read the file once per version of it.
    let cache: DuplicateIndexCache

    init(client: HTTPLeadsClient) {
        self.init(api: client, file: DuplicateIndexFile(baseURL: client.configuration.baseURL, projectID: client.configuration.projectID))
    }

    init(api: any LeadsAPI, file: DuplicateIndexFile) {
        self.api = api
        self.file = file
        cache = DuplicateIndexCache(file: file)
    }

    /// No progress bar: the terminal belongs to the browser, whose screen says it is reading.
    func refreshedGroups() async throws -> [DuplicateGroup] {
        try await DuplicateIndexer(api: api, file: file).refreshed(progress: ExportProgress(enabled: false)) { entries, _ in
            DuplicateFinder.groups(entries)
        }
    }

    func storedLookup() async -> DuplicateLookup? {
        await cache.current()
    }
}
