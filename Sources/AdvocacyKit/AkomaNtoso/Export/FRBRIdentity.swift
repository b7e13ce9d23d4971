/// The FRBR identity of an exported document, following the Akoma Ntoso naming convention:
///
/// ```text
/// Work          /akn/eu/doc/pressRelease/ecpat/2023-03-07/a6688db363f34d57
/// Expression    …/eng@2023-03-07
/// Manifestation …/eng@2023-03-07/!main.xml
/// ```
struct FRBRIdentity: Hashable, Sendable {
    /// The country slot: the targeted jurisdiction, `[a-z]{2}(-[a-z0-9]+)?`.
    let country: String
    /// The root element: `doc` or `statement`.
    let documentType: String
    /// The document's `@name` and FRBR subtype, e.g. `pressRelease`.
    let subtype: String
    /// The issuer's slug, omitted when the document names no issuer.
    let actor: String?
    /// The work date at its own precision (`2023-03-07`, `2023-03`, `2023`).
    let date: PartialDate
    /// The FRBR number: the document id.
    let number: String
    /// The ISO 639-2 language code.
    let language: String

    /// The Work IRI.
    let work: String
    /// The Expression IRI (the version date is the work date).
    let expression: String
    /// The Manifestation IRI of the XML file.
    let manifestation: String

    init(
        country: String, documentType: String, subtype: String, actor: String?, date: PartialDate, number: String,
        language: String
    ) {
        self.country = country
        self.documentType = documentType
        self.subtype = subtype
        self.actor = actor
        self.date = date
        self.number = number
        self.language = language
        work = ["/akn", country, documentType, subtype, actor, date.description, number]
            .compactMap { $0 }.joined(separator: "/")
        expression = "\(work)/\(language)@\(date.description)"
        manifestation = "\(expression)/!main.xml"
    }

    /// Whether `number` can be the number component of an FRBR URI as it is: ASCII letters,
    /// digits, `-`, `_` and `.`, not starting with `.`, at most 128 characters (so that no id
    /// can reach into another path, `../../x`, or add a query or fragment to the URI).
    static func isValidNumber(_ number: String) -> Bool {
        guard !number.isEmpty, number.utf8.count <= 128, number.first != "." else { return false }
        return number.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default: false
            }
        }
    }

    /// Whether `country` fits the naming convention (cobalt rejects anything else).
    static func isValidCountry(_ country: String) -> Bool {
        let parts = country.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 2,
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
