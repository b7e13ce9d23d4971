/// Maps BCP 47 language tags to the ISO 639-2 (terminology) codes that Akoma Ntoso's
/// FRBR expressions use: `en` → `eng`, `fr-BE` → `fra`.
enum LanguageCode {
    /// The alpha-3 code for a BCP 47 tag; `und` when the language is unknown.
    static func alpha3(forTag tag: String) -> String {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first
            .map { $0.lowercased() } ?? ""
        if primary.count == 3, primary.allSatisfy({ $0 >= "a" && $0 <= "z" }) { return primary }
        return alpha2ToAlpha3[primary] ?? "und"
    }

    /// Whether ``alpha3(forTag:)`` knows the tag's language.
    static func isKnown(_ tag: String) -> Bool { alpha3(forTag: tag) != "und" }

    private static let alpha2ToAlpha3: [String: String] = [
        "ar": "ara", "bg": "bul", "ca": "cat", "cs": "ces", "cy": "cym", "da": "dan",
        "de": "deu", "el": "ell", "en": "eng", "es": "spa", "et": "est", "eu": "eus",
        "fa": "fas", "fi": "fin", "fr": "fra", "ga": "gle", "gl": "glg", "he": "heb",
        "hi": "hin", "hr": "hrv", "hu": "hun", "hy": "hye", "id": "ind", "is": "isl",
        "it": "ita", "ja": "jpn", "ka": "kat", "ko": "kor", "lb": "ltz", "lt": "lit",
        "lv": "lav", "mk": "mkd", "ms": "msa", "mt": "mlt", "nb": "nob", "nl": "nld",
        "nn": "nno", "no": "nor", "pl": "pol", "pt": "por", "ro": "ron", "ru": "rus",
        "sk": "slk", "sl": "slv", "sq": "sqi", "sr": "srp", "sv": "swe", "sw": "swa",
        "th": "tha", "tr": "tur", "uk": "ukr", "ur": "urd", "vi": "vie", "zh": "zho",
        "zu": "zul",
    ]
}
