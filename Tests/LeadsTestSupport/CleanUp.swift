/// Runs `body`, then `cleanUp` whether `body` returned or threw: servers started by a test are
/// always stopped and temporary files always removed, even when an expectation throws.
public func withCleanUp<T>(_ body: () async throws -> T, cleanUp: () async -> Void) async throws -> T {
    let result: T
    do {
        result = try await body()
    } catch {
        await cleanUp()
        throw error
    }
    await cleanUp()
    return result
}
