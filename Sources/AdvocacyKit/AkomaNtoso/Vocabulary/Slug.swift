import Foundation

/// Turns names and ids into the `[a-z0-9-]` slugs that FRBR URIs and TLC hrefs use.
enum Slug {
    /// `"European Child Sexual Abuse Legislation Advocacy Group"` →
    /// `"european-child-sexual-abuse-legislation-advocacy-group"`. Letters outside ASCII
    /// are kept only when they decompose to an ASCII letter (`é` → `e`); everything else
    /// separates words. Never empty: an empty result becomes `x`.
    static func make(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            if lower.isASCII, lower.properties.isAlphabetic || ("0"..."9").contains(lower) {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(lower)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "x" : result
    }
}
