/// Country names and demonyms that decide the jurisdiction of a text that names no EU body.
enum CountryNames {
    /// The lower-case ISO 3166-1 alpha-2 code a capitalised word names, if any.
    static func code(for word: String) -> String? { table[word] }

    private static let table: [String: String] = [
        "Australia": "au", "Australian": "au", "Australians": "au", "Canberra": "au",
        "Canada": "ca", "Canadian": "ca", "Ottawa": "ca",
        "America": "us", "American": "us", "Americans": "us", "Congress": "us", "Washington": "us",
        "Britain": "gb", "British": "gb", "Westminster": "gb", "England": "gb", "Scotland": "gb", "Wales": "gb",
        "Ireland": "ie", "Irish": "ie", "Dublin": "ie",
        "Germany": "de", "German": "de", "Bundestag": "de", "Berlin": "de",
        "France": "fr", "French": "fr", "Paris": "fr",
        "Italy": "it", "Italian": "it", "Rome": "it", "Spain": "es", "Spanish": "es", "Madrid": "es",
        "Netherlands": "nl", "Dutch": "nl", "Belgium": "be", "Belgian": "be", "Poland": "pl", "Polish": "pl",
        "Sweden": "se", "Swedish": "se", "Denmark": "dk", "Danish": "dk", "Finland": "fi", "Finnish": "fi",
        "Austria": "at", "Austrian": "at", "Portugal": "pt", "Portuguese": "pt", "Greece": "gr", "Greek": "gr",
        "Switzerland": "ch", "Swiss": "ch", "Norway": "no", "Norwegian": "no",
        "India": "in", "Indian": "in", "Japan": "jp", "Japanese": "jp", "Brazil": "br", "Brazilian": "br",
        "Kenya": "ke", "Kenyan": "ke", "Nigeria": "ng", "Nigerian": "ng", "Thailand": "th",
        "Zealand": "nz",
    ]
}
