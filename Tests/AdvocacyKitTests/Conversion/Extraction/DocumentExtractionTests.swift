import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Extraction: document facts, invariants and bad input")
struct DocumentExtractionTests {
    @Test("title, date line, dateline place and issuer")
    func documentFacts() throws {
        let dossier = try Converted.dossier("""
            River Trust sues the Ministry

            Published on 4 June 2024

            LYON — The River Trust filed a complaint today.
            """)
        #expect(dossier.document.title == "River Trust sues the Ministry")
        #expect(dossier.document.published == "2024-06-04")
        #expect(dossier.text(dossier.document.publishedMentions.first) == "4 June 2024")
        #expect(dossier.document.dateline?.name == "Lyon")
        #expect(dossier.document.issuers.map(dossier.displayName(of:)) == ["River Trust"])
    }

    @Test("a dateline with a date: 'Brussels, 3 May 2021.'")
    func datelineWithDate() throws {
        let dossier = try Converted.dossier("Ban the cages\n\nBrussels, 3 May 2021. Animal groups gathered in front of the Council.")
        #expect(dossier.document.dateline?.name == "Brussels")
        #expect(dossier.document.published == "2021-05-03")
    }

    @Test("relative and partial dates never become the publication date")
    func noGuessedDates() throws {
        let dossier = try Converted.dossier("Vote today\n\nOn Tuesday, March 12, the plenary voted. Back in 2016 it was different.")
        #expect(dossier.document.published == nil)
    }

    @Test("conversion is deterministic")
    func deterministic() throws {
        let text = "Group urges action\n\nThe Green Group urges MEPs to act. “Now,” said Ana Lima, its chair."
        #expect(try Converted.text(text) == Converted.text(text))
    }

    @Test("the AKN of every conversion keeps each paragraph's text byte for byte", arguments: [
        "Title only line\n\nOne paragraph & more <text> with \"quotes\" and ‘marks’.",
        "Ügyfél szövetség\n\nA Fogyasztóvédelmi Egyesület felszólítja a Bizottságot.\n",
        "  Spaces  \n\n\tTabs\tand\u{00A0}NBSP \n\n\nCRLF\r\nline\r\n",
        "كتلة\n\nدعت المنظمة البرلمان الأوروبي إلى التحرك.",
    ])
    func textInvariant(text: String) throws {
        _ = try Converted.dossier(text)
    }

    @Test("empty, binary and invalid UTF-8 input give clear errors")
    func badInput() {
        let converter = Converted.converter
        #expect(throws: ConversionError.self) { try converter.convert(data: Data()) }
        #expect(throws: ConversionError.self) { try converter.convert(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])) }
        #expect(throws: ConversionError.self) { try converter.convert(data: Data([0x48, 0x69, 0xC3, 0x28, 0x0A])) }
    }

    @Test("an input far larger than any press release is refused before it is read")
    func hugeInput() {
        let huge = Data(repeating: 0x61, count: InputReader.maximumSize + 1)
        #expect(throws: ConversionError.self) { try Converted.converter.convert(data: huge) }
    }
}
