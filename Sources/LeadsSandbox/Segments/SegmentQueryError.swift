/// Why a segment's filters could not become a query, and how the real server fails then.
enum SegmentQueryError: Error, Sendable {
    /// `starts with`: segment2mongoConverter.js calls a function that does not exist; the
    /// request fails with a 500 whatever the lead data.
    case missingFunction(String)
    /// A value Mongoose cannot cast to the field's type, a `$regex` that is not a valid pattern,
    /// or a field name MongoDB refuses: `Lead.find` fails and routes/lead.js never answers.
    case badQuery(String)
}
