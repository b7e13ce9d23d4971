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

    /// "BANGKOK" → "Bangkok"; names already in mixed case are kept.
    static func titleCased(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ !TextCharacters.isLetter($0) || TextCharacters.isUpper($0) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var startOfWord = true
        for scalar in text.unicodeScalars {
            if TextCharacters.isLetter(scalar) {
                result.append(startOfWord ? scalar : TextCharacters.fold(scalar))
                startOfWord = false
            } else {
                result.append(scalar)
                startOfWord = true
            }
        }
        return String(result)
    }
}
