/// Words the seeded leads share across locales: companies, tags (one with a `/`, one with a space,
/// one in CJK, so tag handling is exercised), note lines and attribute values.
enum SeedVocabulary {
    static let companies = [
        "Acme Corp", "Globex", "Initech", "Umbrella Logistics", "Stark Industries", "Wayne Enterprises",
        "Soylent Foods", "Hooli", "Pied Piper", "Vandelay Industries", "Müller & Söhne GmbH", "Café Lumière SARL",
        "Nordwind AB", "Tessera S.p.A.", "ООО «Ромашка»", "株式会社サクラ", "北京星辰科技有限公司", "شركة النيل للتجارة",
        "Δέλτα Α.Ε.", "Blue Ocean Ltd", "Zenith Health", "Quantum Retail", "Northwind Traders", "Contoso",
    ]

    static let tags = [
        "vip", "lead/hot", "lead/cold", "newsletter", "trial", "enterprise", "churn risk", "partner",
        "support", "billing", "demo-requested", "reseller", "q4-2026", "b2b", "b2c", "客户", "follow-up",
    ]

    static let noteLines = [
        "Asked about pricing for the enterprise plan.",
        "Prefers to be contacted by email, not phone.",
        "Met at the Lisbon trade fair; interested in the API.",
        "Called twice, no answer. Try again next week.",
        "Needs an invoice with the VAT number on it.",
        "Renewal due at the end of the quarter.",
        "Très intéressé par l'intégration WhatsApp.",
        "Rückruf erbeten, bitte nach 14 Uhr.",
        "Хочет демо для команды поддержки.",
        "希望下周安排演示。",
        "Escalated to the account manager.",
        "Sent the onboarding guide; waiting for feedback.",
    ]

    static let plans = ["free", "starter", "pro", "enterprise"]
    static let channels = ["web", "whatsapp", "telegram", "email", "facebook", "phone"]
    static let campaigns = ["spring-sale", "black-friday", "webinar-2025", "newsletter", "referral", "organic"]
    static let languages = ["en", "fr", "de", "es", "pt", "it", "ru", "ar", "he", "zh", "ja", "ko"]
    static let industries = ["retail", "healthcare", "education", "finance", "travel", "software"]
    static let emojis = ["🌟", "🚀", "😀", "🎉", "🌸", "👍🏽", "🇮🇹"]
}
