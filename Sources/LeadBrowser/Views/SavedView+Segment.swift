import TiledeskLeads

/// A local view as a segment's filters. The real server's segment filter compares one lead field
/// per condition (`=`, `!=`, `>`, `>=`, `contains`, `is null`, `is not null`,
/// utils/segment2mongoConverter.js), so a tag and an exact email translate; a whole-word search
/// over two fields does not, and the trash cannot, because routes/lead.js sets `status` after the
/// segment's conditions. Those are errors, never silently left out.
extension SavedView {
    public func segmentFilters() throws(ViewShareError) -> [SegmentFilter] {
        if let segment { return segment.filters }
        if let search {
            throw ViewShareError(
                "\(name): the search “\(search)” cannot be shared: a segment compares one field at a time (=, !=, >, >=, contains, is null, is not null) and has no whole-word search over name and email; use a tag or an exact email")
        }
        if trash {
            throw ViewShareError(
                "\(name): a view of the trash cannot be shared: the server sets status=100 after a segment's filters (routes/lead.js), so a segment always lists leads outside the trash")
        }
        var filters: [SegmentFilter] = []
        if let tag { filters.append(SegmentFilter(field: "tags", .equal, .string(tag))) }
        if let email { filters.append(SegmentFilter(field: "email", .equal, .string(email))) }
        return filters
    }

    /// What a shared copy leaves behind: a segment has no sort and no columns. Nil when nothing.
    public var unsharedParts: String? {
        var parts: [String] = []
        if sort != nil || direction != nil { parts.append("the sort") }
        if columns != nil { parts.append("the columns") }
        guard !parts.isEmpty, !isShared else { return nil }
        return parts.joined(separator: " and ")
            + " stay\(parts.count == 1 ? "s" : "") in this config only: a Tiledesk segment holds a name and filters, nothing else"
    }
}
