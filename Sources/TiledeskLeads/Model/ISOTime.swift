import Foundation

/// ISO-8601 UTC times with milliseconds (`2024-03-01T09:30:00.123Z`), the form the server
/// emits. Written by hand (calendar arithmetic in `CivilDate`) because the sandbox formats one per
/// lead on every page, the client parses two per lead, and `ISO8601DateFormatter` is many times
/// slower.
public enum ISOTime {
    /// Formats a date as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public static func format(_ date: Date) -> String {
        format(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// Formats milliseconds since 1970 as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public static func format(milliseconds ms: Int64) -> String {
        let time = Fields(milliseconds: ms)
        guard time.fits else {
            return String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", time.date.year, time.date.month, time.date.day, time.hour, time.minute,
                time.second, time.millis)
        }
        return String(unsafeUninitializedCapacity: 24) { time.put(into: $0) }
    }

    /// `format(date)`'s bytes appended to `out`, for output made as bytes: no string is made for it.
    public static func write(_ date: Date, to out: inout [UInt8]) {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let time = Fields(milliseconds: ms)
        guard time.fits else { return out.append(contentsOf: format(milliseconds: ms).utf8) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            _ = time.put(into: buffer)
            out.append(contentsOf: buffer)
        }
    }

    /// A moment's fields, years 0 to 9999 being written digit by digit into 24 bytes: this runs for
    /// every timestamp of an export and every row of a frame, where string interpolation showed in
    /// profiles.
    private struct Fields {
        let date: CivilDate
        let hour, minute, second, millis: Int
        /// Whether the year has four digits, as `put` writes it.
        let fits: Bool

        init(milliseconds ms: Int64) {
            let seconds = Int(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
            millis = Int(ms - Int64(seconds) * 1000)
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            date = CivilDate(daysSince1970: days)
            let secondOfDay = seconds - days * 86_400
            (hour, minute, second) = (secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
            fits = (0...9999).contains(date.year)
        }

        /// `YYYY-MM-DDTHH:MM:SS.mmmZ` into the first 24 bytes of `buffer`; returns 24.
        func put(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
            func put(_ value: Int, digits: Int, at offset: Int) {
                var v = value
                for i in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[i] = UInt8(48 + v % 10)
                    v /= 10
                }
            }
            put(date.year, digits: 4, at: 0)
            buffer[4] = 45
            put(date.month, digits: 2, at: 5)
            buffer[7] = 45
            put(date.day, digits: 2, at: 8)
            buffer[10] = 84
            put(hour, digits: 2, at: 11)
            buffer[13] = 58
            put(minute, digits: 2, at: 14)
            buffer[16] = 58
            put(second, digits: 2, at: 17)
            buffer[19] = 46
            put(millis, digits: 3, at: 20)
            buffer[23] = 90
            return 24
        }
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (or with a `+HH:MM` offset). Nil when malformed.
    public static func parse(_ text: String) -> Date? {
        guard let ms = parseMilliseconds(text) else { return nil }
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    /// Parses an ISO time into milliseconds since 1970.
    public static func parseMilliseconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int32? {
            guard from + count <= b.count else { return nil }
            var n: Int32 = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int32(b[i] - 48)
            }
            return n
        }
        guard b.count >= 19, b[4] == 45, b[7] == 45, b[10] == 84 || b[10] == 32, b[13] == 58, b[16] == 58,
            let year = num(0, 4), let month = num(5, 2), let day = num(8, 2),
            let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var i = 19
        var millis: Int64 = 0
        if i < b.count, b[i] == 46 {
            i += 1
            var digits = 0
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                if digits < 3 { millis = millis * 10 + Int64(b[i] - 48) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if digits < 3 { for _ in digits..<3 { millis *= 10 } }
        }
        var offsetSeconds: Int64 = 0
        if i < b.count, b[i] == 90 {  // Z
            i += 1
        } else if i < b.count, b[i] == 43 || b[i] == 45 {  // +HH:MM or -HH:MM
            let sign: Int64 = b[i] == 45 ? -1 : 1
            guard let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let om = num(i + 4, 2) else { return nil }
            offsetSeconds = sign * (Int64(oh) * 3600 + Int64(om) * 60)
            i += 6
        }
        guard i == b.count else { return nil }
        let days = Int64(CivilDate(year: Int(year), month: Int(month), day: Int(day)).daysSince1970)
        let seconds = days * 86_400 + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
        return (seconds - offsetSeconds) * 1000 + millis
    }
}
