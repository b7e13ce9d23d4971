import Foundation

/// Turns names and ids into the `[a-z0-9-]` slugs that FRBR URIs and TLC hrefs use.
enum Slug {
    /// `"European Child Sexual Abuse Legislation Advocacy Group"` →
    /// `"european-child-sexual-abuse-legislation-advocacy-group"`. Letters outside ASCII
    /// are kept only when they decompose to an ASCII letter (`é` → `e`); everything else
    /// separates words. Never empty: an empty result becomes `x`.
    static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(text) }
        var result = ""
        var pendingDash = false
        let decomposed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
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

    /// ``make(_:)`` for ASCII text, byte by byte into the result's own storage.
    private static func makeASCII(_ text: String) -> String {
        var text = text
        let slug = text.withUTF8 { source in
            String(unsafeUninitializedCapacity: source.count) { buffer in
                var count = 0
                var pendingDash = false
                for byte in source {
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                        if pendingDash, count > 0 {
                            buffer[count] = 0x2D
                            count += 1
                        }
                        pendingDash = false
                        buffer[count] = lower
                        count += 1
                    } else {
                        pendingDash = true
                    }
                }
                return count
            }
        }
        return slug.isEmpty ? "x" : slug
    }
}
