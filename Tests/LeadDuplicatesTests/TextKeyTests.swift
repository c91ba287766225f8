import Testing
@testable import LeadDuplicates

/// Emails and names that a person would call the same compare equal; ones that differ do not.
@Suite struct TextKeyTests {
    @Test func emailsIgnoreCaseAndSurroundingSpaces() {
        let same: [[String]] = [
            ["mario.rossi@gmail.com", "Mario.Rossi@Gmail.COM", "  mario.rossi@gmail.com ", "\tMARIO.ROSSI@GMAIL.COM\n"],
            ["zoe+crm@orange.fr", "Zoe+CRM@Orange.FR"],
            ["ivan@mail.ru", " IVAN@MAIL.RU"],
        ]
        for group in same {
            #expect(Set(group.map(TextKey.email)).count == 1, "\(group)")
        }
        #expect(TextKey.email("mario.rossi@gmail.com") != TextKey.email("mario.rosi@gmail.com"))
        #expect(TextKey.email("mario.rossi@gmail.com") != TextKey.email("mario.rossi@gmail.it"))
        #expect(TextKey.email("   ") == nil && TextKey.email(nil) == nil)
    }

    @Test func namesIgnoreCaseAccentsAndWordOrderInEveryScript() {
        let same: [[String]] = [
            ["Jérôme Lefèvre", "jerome lefevre", "LEFÈVRE Jérôme", "Lefevre, Jerome"],
            ["Siobhán Ó Briain", "Siobhan O Briain", "Ó BRIAIN SIOBHÁN"],
            ["Łukasz Wiśniewski", "Lukasz Wisniewski", "WIŚNIEWSKI ŁUKASZ"],
            ["Jürgen Weiß", "Jurgen Weiss", "JÜRGEN WEISS"],
            ["Çağlar Yılmaz", "Caglar Yilmaz", "YILMAZ ÇAĞLAR"],
            ["Иван Петров", "ИВАН ПЕТРОВ", "Петров Иван"],
            ["Γιώργος Παπαδόπουλος", "Γιωργος Παπαδοπουλος", "ΠΑΠΑΔΌΠΟΥΛΟΣ ΓΙΏΡΓΟΣ"],
            ["أحمد حسن", "احمد حسن", "حسن أحمد"],
            ["佐藤 翔太", "翔太 佐藤"],
            ["Nguyễn Minh", "Nguyen Minh", "MINH NGUYỄN"],
            ["Jean-Pierre O'Neil", "Jean Pierre ONeil", "o'neil jean-pierre"],
            ["Ｍａｒｉｏ Ｒｏｓｓｉ", "Mario Rossi"],
        ]
        for group in same {
            let keys = Set(group.map(TextKey.name))
            #expect(keys.count == 1 && keys.first! != nil, "\(group) gave \(keys)")
        }
        let different: [(String, String)] = [
            ("Mario Rossi", "Maria Rossi"), ("Иван Петров", "Иван Петрова"), ("佐藤 翔太", "佐藤 健"),
            ("Anna Lee", "Ann Alee"), ("Jürgen Weiß", "Jürgen Weis"),
        ]
        for (a, b) in different {
            #expect(TextKey.name(a) != TextKey.name(b), "\(a) / \(b)")
        }
        #expect(TextKey.name("") == nil && TextKey.name(" 🙂 ") == nil && TextKey.name(nil) == nil)
    }

    @Test func placesKeepTheirWordOrder() {
        #expect(TextKey.place("São Paulo") == TextKey.place("SAO PAULO"))
        #expect(TextKey.place("Köln") == TextKey.place("koln"))
        #expect(TextKey.place("Acme Italia") != TextKey.place("Italia Acme"))
    }
}
