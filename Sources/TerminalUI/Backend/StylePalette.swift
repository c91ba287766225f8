import CNcursesw

/// Turns semantic `Style`s into curses attributes and colour pairs, once, at session start.
/// Colours are the terminal's own palette entries over its default background
/// (`use_default_colors`, colour -1), so the program looks like the user's terminal theme.
/// With `NO_COLOR` set, or fewer than 8 colours, every role is expressed with attributes alone,
/// and the selection is reverse video either way so it shows on any terminal.
///
/// Single-thread rule: built and used on the event loop's thread only, like every curses call.
struct StylePalette {
    let usesColor: Bool
    private var pairs: [Style.Role: Int16] = [:]
    /// A theme coloured the selection: its colours show it instead of reverse video.
    private var themedSelection = false

    /// Decides on colour and registers the colour pairs. Call after `initscr`.
    /// `theme` recolours roles; it is used only where colours are.
    init(environment: [String: String], theme: Theme = Theme()) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        guard !noColor, has_colors(), start_color() == OK, leads_colors() >= 8 else {
            usesColor = false
            return
        }
        usesColor = true
        _ = use_default_colors()
        var table: [(Style.Role, Int16, Int16)] = [
            (.header, Int16(COLOR_CYAN), -1),
            (.statusError, Int16(COLOR_WHITE), Int16(COLOR_RED)),
            (.accent, Int16(COLOR_YELLOW), -1),
            (.marked, Int16(COLOR_GREEN), -1),
            (.dirty, Int16(COLOR_YELLOW), -1),
            (.error, Int16(COLOR_RED), -1),
            (.border, Int16(COLOR_BLUE), -1),
            (.key, Int16(COLOR_CYAN), -1),
            (.title, Int16(COLOR_GREEN), -1),
        ]
        for (role, colors) in theme.colors.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            table.removeAll { $0.0 == role }
            table.append((role, colors.foreground ?? -1, colors.background ?? -1))
        }
        themedSelection = theme.colors[.selected] != nil
        for (index, entry) in table.enumerated() where index + 1 < Int(leads_color_pairs()) {
            let pair = Int16(index + 1)
            if init_pair(pair, entry.1, entry.2) == OK { pairs[entry.0] = pair }
        }
    }

    /// The attributes and colour pair for a style.
    func attributes(for style: Style) -> (attrs: attr_t, pair: Int16) {
        var attrs = base(style.role)
        if style.bold { attrs |= leads_a_bold() }
        if style.reverse { attrs |= leads_a_reverse() }
        if style.underline { attrs |= leads_a_underline() }
        return (attrs, usesColor ? pairs[style.role] ?? 0 : 0)
    }

    private func base(_ role: Style.Role) -> attr_t {
        let bold = leads_a_bold(), reverse = leads_a_reverse(), underline = leads_a_underline(), dim = leads_a_dim()
        switch role {
        case .normal, .border: return leads_a_normal()
        case .selected: return usesColor && themedSelection && pairs[.selected] != nil ? bold : reverse
        case .status: return reverse
        case .statusError: return usesColor ? bold : reverse | bold
        case .header: return usesColor ? bold : bold | underline
        case .title, .key: return bold
        case .dim, .placeholder: return dim
        case .accent: return usesColor ? leads_a_normal() : bold
        case .marked, .dirty: return usesColor ? leads_a_normal() : bold
        case .error: return bold
        case .focused: return bold | underline
        }
    }
}
