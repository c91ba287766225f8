import TiledeskLeads

/// One record of an import file, read into a lead, or the reason it cannot be.
struct ImportRecord {
    /// Where it is in the file, for messages: `line 12` or `row 3`.
    var place: String
    var result: Result<Lead, ImportProblem>
}
