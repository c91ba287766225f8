import CPhoneNumber

/// Phones in E.164 (`+393331234567`), read by Google's libphonenumber, so `+39 333 123 4567`,
/// `0039 3331234567` and, for a lead in Italy, `333 123 4567` are one number.
public enum PhoneKey {
    /// The number in E.164, reading national forms with `region` (ISO 3166 alpha-2) as the
    /// default country; nil when libphonenumber cannot read it as a phone number.
    public static func e164(_ text: String, region: String?) -> String? {
        let trimmed = TextKey.trimmed(text)
        // In all-ASCII text every character is one scalar (but CR LF), so a digit byte is a number.
        let ascii = trimmed.utf8.allSatisfy { $0 < 0x80 }
        guard ascii ? trimmed.utf8.contains(where: { (0x30...0x39).contains($0) }) : trimmed.contains(where: \.isNumber) else { return nil }
        // `00` is the international prefix nearly everywhere (ITU advice), but not in the US
        // (011) and it starts carrier codes in Brazil (0055…): read after `00` as after `+`
        // unless only the national reading gives a valid number.
        if trimmed.hasPrefix("00") {
            let international = "+" + trimmed.dropFirst(2)
            if region == nil || isValid(international, region: nil) || !isValid(trimmed, region: region),
                let number = formatted(international, region: nil)
            {
                return number
            }
        }
        return formatted(trimmed, region: region)
    }

    private static func formatted(_ number: String, region: String?) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = leads_phone_e164(number, region ?? "", &buffer, buffer.count)
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether libphonenumber holds the number valid for its country.
    public static func isValid(_ text: String, region: String?) -> Bool {
        leads_phone_is_valid(text, region ?? "") == 1
    }

    /// The key of a lead's phone: E.164 when it can be read, else its digits alone (7 or more),
    /// so the same unreadable number written twice still matches itself.
    public static func key(_ phone: String?, country: String?) -> String? {
        key(phone, region: phone?.isEmpty == false ? CountryRegion.code(for: country) : nil)
    }

    /// The key of a phone read with `region` (ISO 3166 alpha-2) as its default country.
    public static func key(_ phone: String?, region: String?) -> String? {
        guard let phone, !phone.isEmpty else { return nil }
        if let e164 = e164(phone, region: region) { return e164 }
        let digits = phone.filter { $0.isASCII && $0.isNumber }
        return digits.count >= 7 ? "digits:" + digits : nil
    }
}
