extension LeadStore {
    func seed(project: Int64, projectID: String, upTo target: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws {}
}
