import TiledeskLeads

/// Which row of the form has the keyboard: a text field, the tags, or the attributes tree.
public enum FormFocus: Sendable, Hashable {
    case field(LeadField)
    case tags
    case attributes

    /// Every row in the order Tab visits them.
    public static let order: [FormFocus] = LeadField.allCases.map { .field($0) } + [.tags, .attributes]
}
