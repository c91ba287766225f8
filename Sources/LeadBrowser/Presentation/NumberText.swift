/// Numbers for people: `98,311` reads at a glance where `98311` does not. Written by hand so the
/// output does not depend on the process locale (tests are exact, screens are stable).
public enum NumberText {
    /// The number with a comma between groups of three digits.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
