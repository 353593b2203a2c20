// How many labels a chart may ask to place (issue 18.3): placement cost grows faster than
// linearly with crowding (20,000 labels took 12 s, 10⁶ never finished), and a figure with
// thousands of labels is unreadable anyway.

/// The cap on labels per label layer.
public enum LabelPlacementLimit {
    /// At most this many labels are placed in one layer; beyond it none are, with one warning.
    public static let maximumLabels = 5_000

    /// The warning for a layer of `labelCount` labels above ``maximumLabels``, nil otherwise.
    public static func refusal(labelCount: Int) -> String? {
        guard labelCount > maximumLabels else { return nil }
        return "\(labelCount) labels asked for, more than the \(maximumLabels) one figure can place (and a reader can read): no labels drawn; label a subset (with --highlight only the highlighted points are labelled) or fewer points"
    }
}
