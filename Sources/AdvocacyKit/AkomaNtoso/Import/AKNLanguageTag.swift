/// Maps the ISO 639-2 codes of `FRBRlanguage` back to BCP 47 primary language tags:
/// `eng` → `en`, `fra` and `fre` → `fr`. The reverse of ``LanguageCode``, built from it so the
/// two never disagree; a code it does not know is kept as it is (`gsw` stays `gsw`).
enum AKNLanguageTag {
    /// The BCP 47 tag for an ISO 639-2 code (terminology or bibliographic); a two-letter
    /// code is already a tag and is returned in lower case.
    static func tag(forAlpha3 code: String) -> String {
        let lower = code.lowercased()
        if let tag = terminology[lower] ?? bibliographic[lower] { return tag }
        return lower.isEmpty ? "und" : lower
    }

    /// `LanguageCode`'s table, reversed.
    private static let terminology: [String: String] = {
        var table: [String: String] = [:]
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { Character(Unicode.Scalar($0)) }
        for first in letters {
            for second in letters {
                let tag = String([first, second])
                let code = LanguageCode.alpha3(forTag: tag)
                if code != "und", table[code] == nil { table[code] = tag }
            }
        }
        return table
    }()

    /// ISO 639-2/B codes that differ from the terminology codes.
    private static let bibliographic: [String: String] = [
        "alb": "sq", "arm": "hy", "baq": "eu", "chi": "zh", "cze": "cs", "dut": "nl", "fre": "fr",
        "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "may": "ms", "per": "fa",
        "rum": "ro", "slo": "sk", "wel": "cy",
    ]
}
