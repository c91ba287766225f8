import Foundation
import Synchronization

/// Mongo-style ObjectIds (24 hex digits: 4 bytes of seconds, 5 random bytes, a 3-byte counter),
/// so ids from the sandbox look and sort like the real server's.
enum ObjectID {
    private static let counter = Atomic<UInt32>(UInt32.random(in: 0..<0xFFFFFF))
    private static let processRandom: UInt64 = UInt64.random(in: 0..<(1 << 40))

    static func make(at date: Date = Date()) -> String {
        let seconds = UInt32(truncatingIfNeeded: Int64(date.timeIntervalSince1970))
        let count = counter.wrappingAdd(1, ordering: .relaxed).newValue & 0xFFFFFF
        return hex(UInt64(seconds), digits: 8) + hex(processRandom, digits: 10) + hex(UInt64(count), digits: 6)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
