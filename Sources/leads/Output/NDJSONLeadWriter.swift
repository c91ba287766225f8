import TiledeskLeads

/// One lead per line (NDJSON).
struct NDJSONLeadWriter: LeadWriter {
    let sink: OutputSink

    func begin() throws {}

    func write(_ leads: [Lead]) throws {
        var text = ""
        for lead in leads {
            lead.writeJSON(to: &text)
            text += "\n"
        }
        try sink.write(text)
    }

    func finish() throws {}
}
