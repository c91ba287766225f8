import Foundation
import TiledeskLeads

/// Writes leads page by page in one format, so an export of any size streams in constant memory.
protocol LeadWriter {
    func begin() throws
    func write(_ leads: [Lead]) throws
    func finish() throws
}
