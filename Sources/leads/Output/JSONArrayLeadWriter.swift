import TiledeskLeads

/// A JSON array of leads as the server gives them (unknown fields included).
struct JSONArrayLeadWriter: LeadWriter {
    let sink: OutputSink
    private final class State { var first = true }
    private let state = State()

    init(sink: OutputSink) { self.sink = sink }

    func begin() throws { try sink.write("[") }

    func write(_ leads: [Lead]) throws {
        var text = ""
        for lead in leads {
            text += state.first ? "\n" : ",\n"
            state.first = false
            lead.writeJSON(to: &text)
        }
        try sink.write(text)
    }

    func finish() throws { try sink.write(state.first ? "]\n" : "\n]\n") }
}
