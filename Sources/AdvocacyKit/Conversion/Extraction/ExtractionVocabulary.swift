/// The English cue words the recognisers look for. These are rules of the language, not
/// knowledge of the world (organisations and committees are data: see ``Gazetteer``).
enum ExtractionVocabulary {
    /// Head words that make a capitalised phrase an organisation ("… Foundation").
    static let organisationWords: Set<String> = [
        "agency", "alliance", "association", "authority", "board", "bureau", "campaign", "center", "centre",
        "chamber", "coalition", "collective", "commission", "committee", "commons", "company", "confederation",
        "congress", "consortium", "corporation", "council", "court", "department", "federation", "forum",
        "foundation", "fund", "group", "guild", "initiative", "institute", "institution", "league", "ministry",
        "movement", "network", "office", "organisation", "organization", "parliament", "partnership", "party",
        "platform", "secretariat", "senate", "service", "society", "syndicate", "trust", "union",
        "university", "watch", "inc", "ltd", "gmbh", "llc", "plc", "ag", "sa", "lab", "labs", "club",
        "observatory", "assembly", "tribunal", "ombudsman", "parliamentary", "hommes",
    ]

    /// Head words of a coalition's name.
    static let coalitionWords: Set<String> = [
        "alliance", "coalition", "network", "platform", "campaign", "group", "consortium", "partnership",
    ]

    /// Words that end the name of a law or a legislative proposal.
    static let lawWords: Set<String> = ["act", "directive", "regulation", "bill", "proposal", "law", "package"]

    /// Law words that name a proposal even when the text mentions it once.
    static let proposalWords: Set<String> = ["bill", "proposal"]

    /// Lower-case words allowed inside a capitalised name ("Committee on the Internal Market").
    static let nameConnectors: Set<String> = ["of", "for", "on", "the", "and", "de", "des", "du", "la", "le", "del", "der", "für", "&"]

    /// Capitalised words that are not names when they start a sentence or stand alone.
    static let commonCapitalised: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "we", "our", "they", "their", "he", "she",
        "his", "her", "in", "on", "at", "by", "for", "with", "from", "to", "of", "and", "but", "or", "as", "if",
        "while", "when", "where", "after", "before", "since", "today", "yesterday", "tomorrow", "also", "however",
        "meanwhile", "nevertheless", "therefore", "thus", "indeed", "sadly", "recently", "already", "like",
        "such", "some", "many", "most", "all", "every", "each", "both", "more", "less", "about", "please",
        "new", "another", "other", "one", "two", "three", "you", "your", "i", "my", "there", "here", "what",
        "which", "who", "why", "how", "not", "no", "yes", "so", "then", "now", "even", "only", "just", "turns",
        "used", "without", "within", "because", "although", "though", "yet", "spread", "read", "find", "see",
        "join", "follow", "contact", "note", "notes", "editor", "editors", "background", "update", "posted",
        "published", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mr", "mrs", "ms", "dr", "prof", "senator", "minister", "president",
        "commissioner", "rapporteur", "mep", "meps",
    ]

    /// Acronyms that are common words rather than organisations.
    static let genericAcronyms: Set<String> = [
        "AI", "ML", "IP", "IT", "ICT", "US", "USA", "UK", "UN", "NGO", "NGOS", "IGO", "IGOS", "CEO", "CTO", "FAQ",
        "PDF", "HTML", "URL", "API", "R&D", "GDP", "SME", "SMES", "VAT", "TV", "PR", "CE", "OK", "ID", "IDS",
        "FOSS", "FLOSS", "OSS", "DNA", "COVID", "GDPR", "DMA", "DSA", "AIA", "CSA", "CSAM", "NSW", "QLD", "EEA",
        "RSS", "FOI", "DAISY", "COD", "CNS", "APP", "NB", "PS", "AM", "PM", "TBC", "TBD", "ASAP", "LGBT",
        "LGBTQ", "LGBTIQ", "DIY", "HQ", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
    ]

    /// Verbs that introduce an ask addressed to someone: "urge X to …", "call on X to …".
    static let askVerbs: Set<String> = [
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "encourage", "encourages",
        "encouraged", "encouraging", "request", "requests", "requested", "requesting", "implore",
        "implores", "invite", "invites", "demand", "demands", "press", "presses", "appeal", "appeals",
    ]

    /// Modal expressions of obligation: "X must …", "X should …", "X need(s) to …".
    static let modalWords: Set<String> = ["must", "should", "shall"]

    /// Speech verbs of attributions: "said X", "X comments:".
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "stated", "states", "added", "adds", "comments", "commented", "notes", "noted",
        "concludes", "concluded", "explains", "explained", "argues", "argued", "warns", "warned", "continues",
        "continued", "declares", "declared", "remarks", "remarked", "told", "tells", "stresses", "stressed",
        "emphasises", "emphasized", "emphasised", "underlines", "underlined", "insists", "insisted",
    ]

    /// Verbs of opposition and support in stances ("denounces X").
    static let opposeVerbs: Set<String> = [
        "denounce", "denounces", "denounced", "oppose", "opposes", "opposed", "reject", "rejects", "rejected",
        "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "condemn", "condemns",
        "condemned", "slams", "slammed",
    ]
    /// Verbs of support in stances ("welcomes X").
    static let supportVerbs: Set<String> = [
        "welcome", "welcomes", "welcomed", "support", "supports", "supported", "endorse", "endorses",
        "endorsed", "applaud", "applauds", "applauded", "back", "backs", "backed",
    ]

    /// Pronouns and determiners that cannot be the addressee of a demand.
    static let nonActorSubjects: Set<String> = [
        "we", "i", "you", "it", "this", "that", "what", "which", "who", "they", "he", "she", "these", "those",
        "one", "nobody", "everyone", "everybody", "something", "nothing", "anything",
    ]
}
