import TiledeskLeads

/// Prints one lead as JSON or for people.
enum LeadPrinter {
    static func print(_ lead: Lead, json: Bool) throws {
        let sink = OutputSink.standardOutput()
        try sink.write(json ? lead.jsonObject.jsonText + "\n" : LeadDetail.text(lead))
        try sink.close()
    }
}
