/// How the conversion writes names it found: the forms of a name as a dossier shows them.
enum NameForms {
    /// "parliament" → "Parliament".
    static func capitalisedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "the Commission" → "Commission".
    static func withoutArticle(_ form: String) -> String {
        for article in ["the ", "The "] where form.hasPrefix(article) {
            return String(form.dropFirst(article.count))
        }
        return form
    }

    /// "steering group" → "Steering Group".
    static func capitalisedWords(_ name: String) -> String {
        name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// "BANGKOK" → "Bangkok", "WASHINGTON, DC" → "Washington, DC"; names already in mixed case are kept.
    static func titleCased(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ !TextCharacters.isLetter($0) || TextCharacters.isUpper($0) }) else {
            return text
        }
        // Words of one or two letters are abbreviations ("DC", "D.C.", "NY") and stay as written.
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            for (offset, scalar) in word.enumerated() {
                result.append(offset == 0 || word.count <= 2 ? scalar : TextCharacters.fold(scalar))
            }
            word = []
        }
        for scalar in text.unicodeScalars {
            if TextCharacters.isLetter(scalar) {
                word.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result)
    }
}
