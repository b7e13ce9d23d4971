/// The jurisdiction a text is about and the gazetteer's matches read in its light; the output
/// of ``JurisdictionStage``.
struct JurisdictionLayer: Sendable {
    /// The jurisdiction the text is about (`eu`, `us`, `gb`, …), or `nil` when the text gives no sign.
    var jurisdiction: String?
    /// The signs counted for each jurisdiction: forms that name bodies of only that
    /// jurisdiction, and country names, demonyms and capitals.
    var votes: [String: Int]
    /// The gazetteer's matches of each paragraph, forms shared by several jurisdictions
    /// resolved to ``jurisdiction``.
    var gazetteerMatches: [[GazetteerMatch]]
}
