import NIOHTTP1

/// Changes to existing leads. PUT and the soft DELETE *upsert* on the real server (an unknown id
/// creates an orphan document and answers 200), so every write that uses them first reads the
/// lead: a lead that is gone is reported as not found, never silently re-created.
extension HTTPLeadsClient {
    public func update(id: String, change: LeadChange, justRead: Bool) async throws -> Lead {
        var current: Lead?
        var put: [String: JSONValue] = [:]
        for (field, value) in change.fields { put[field.rawValue] = .string(value) }
        if let replace = change.attributesReplace {
            put["attributes"] = .object(replace.merging(change.attributesMerge) { $1 })
        }
        if let status = change.status { put["status"] = .int(Int64(status)) }
        if !put.isEmpty {
            if !justRead { _ = try await requireExisting(id) }
            current = try await lead(Endpoint(.PUT, try leads(id), body: .object(put)))
        }
        if !change.tagsToAdd.isEmpty { current = try await addTags(id: id, tags: change.tagsToAdd) }
        for tag in change.tagsToRemove { current = try await removeTag(id: id, tag: tag) }
        if change.attributesReplace == nil, !change.attributesMerge.isEmpty {
            current = try await mergeAttributes(id: id, change.attributesMerge)
        }
        if !change.propertiesMerge.isEmpty { current = try await mergeProperties(id: id, change.propertiesMerge) }
        if let current { return current }
        return try await get(id: id)
    }

    public func addTags(id: String, tags: [String]) async throws -> Lead {
        // The server answers 400 to an empty list; adding nothing is just a read.
        guard !tags.isEmpty else { return try await get(id: id) }
        return try await lead(Endpoint(.PUT, try leads(id, "tag"), body: .array(tags.map(JSONValue.string))))
    }

    public func removeTag(id: String, tag: String) async throws -> Lead {
        try await lead(Endpoint(.DELETE, try leads(id, "tag", tag)))
    }

    public func mergeAttributes(id: String, _ attributes: [String: JSONValue]) async throws -> Lead {
        guard !attributes.isEmpty else { return try await get(id: id) }
        return try await lead(Endpoint(.PATCH, try leads(id, "attributes"), body: .object(attributes)))
    }

    /// Uses PATCH (the server takes POST too) so the request is idempotent and may be retried.
    public func mergeProperties(id: String, _ properties: [String: JSONValue]) async throws -> Lead {
        guard !properties.isEmpty else { return try await get(id: id) }
        return try await lead(Endpoint(.PATCH, try leads(id, "properties"), body: .object(properties)))
    }

    public func trash(id: String) async throws -> Lead {
        _ = try await requireExisting(id)
        return try await lead(Endpoint(.DELETE, try leads(id)))
    }

    public func restore(id: String) async throws -> Lead {
        _ = try await requireExisting(id)
        return try await lead(Endpoint(.PUT, try leads(id), body: ["status": .int(Int64(LeadStatus.normal))]))
    }

    public func deleteForever(id: String) async throws {
        _ = try await call(Endpoint(.DELETE, try leads(id, "physical")))
    }

    /// Reads the lead so an upserting write cannot create it; `.notFound` when it is gone.
    private func requireExisting(_ id: String) async throws -> Lead {
        try await get(id: id)
    }
}
