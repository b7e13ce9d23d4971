import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of the input checks and of the dispatch to the format readers.
@Suite("InputReader")
struct InputReaderTests {
    /// The error `body` throws, or `nil` when it succeeds.
    static func error(_ body: () throws(ConversionError) -> ConversionInput) -> ConversionError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyInput() {
        let error = Self.error { () throws(ConversionError) in try InputReader.read(Data()) }
        #expect(error?.code == .empty)
        #expect(error?.line == nil)
    }

    @Test(arguments: [" ", "\n\n\r\n\t ", "\u{FEFF}", "\u{FEFF} \n", "\u{C}\n"])
    func whitespaceOnlyInput(text: String) {
        let error = Self.error { () throws(ConversionError) in try InputReader.read(Data(text.utf8)) }
        #expect(error?.code == .empty)
    }

    /// A PNG signature and header: a NUL byte within the first bytes.
    @Test func pngIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = Self.error { () throws(ConversionError) in try InputReader.read(Data(png), fileName: "logo.txt") }
        #expect(error?.code == .binary)
    }

    /// Pseudo-random bytes (a fixed linear congruential sequence) that contain NULs.
    @Test func randomBytesAreBinary() {
        var state: UInt32 = 12_345
        let bytes = (0..<4_096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        #expect(bytes.contains(0))
        let error = Self.error { () throws(ConversionError) in try InputReader.read(Data(bytes)) }
        #expect(error?.code == .binary)
    }

    /// Many control bytes but no NUL: more than 10% of the probe is binary; a few are text.
    @Test func controlBytes() throws {
        let noisy = Data(String(repeating: "ab\u{1}\u{2}\u{1B}", count: 100).utf8)
        #expect(Self.error { () throws(ConversionError) in try InputReader.read(noisy) }?.code == .binary)
        // Form feeds, tabs and an occasional escape are fine.
        let text = "Title\u{C}\n\nBody\twith a tab and one \u{1B} escape in a long enough paragraph of text.\n"
        let input = try InputReader.read(Data(text.utf8))
        #expect(input.source.text == text)
    }

    /// The first bad byte is located by line and byte column (1-based).
    @Test func invalidUTF8Location() throws {
        var bytes = Array("Title\n\nGood line\nsecond é line ".utf8)
        bytes.append(0xE9)  // Latin-1 é: a lead byte without continuation
        bytes += Array(" more\n".utf8)
        let error = try #require(Self.error { () throws(ConversionError) in try InputReader.read(Data(bytes)) })
        #expect(error.code == .invalidUTF8)
        #expect(error.line == 4)
        #expect(error.column == 16)  // "second é line " is 15 bytes (é is two)
        #expect(error.description.hasPrefix("4:16: "))
        #expect(error.message.contains("UTF-8"))
    }

    /// Overlong forms, surrogates and truncated sequences are invalid; the validator agrees
    /// with the standard library on many byte patterns.
    @Test func utf8Validator() {
        let cases: [([UInt8], Int?)] = [
            ([0x41, 0xC0, 0x80], 1), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
            ([0xE2, 0x82], 0), ([0x41, 0x42, 0xF0, 0x9F, 0x98, 0x80], nil), ([0xFF], 0),
            (Array("0123456789abcdef€".utf8) + [0x80], 19),
        ]
        for (bytes, expected) in cases {
            let offset = bytes.withUnsafeBufferPointer { InputReader.firstInvalidUTF8Offset($0) }
            #expect(offset == expected, "\(bytes)")
        }
        var state: UInt32 = 7
        for _ in 0..<2_000 {
            let bytes = (0..<12).map { _ -> UInt8 in
                state = state &* 1_103_515_245 &+ 12_345
                let byte = UInt8(truncatingIfNeeded: state >> 16)
                return byte < 0x60 ? byte & 0x7F : byte | 0x80
            }
            let mine = bytes.withUnsafeBufferPointer { InputReader.firstInvalidUTF8Offset($0) } == nil
            let standard = String(bytes: bytes, encoding: .utf8) != nil
            #expect(mine == standard, "\(bytes)")
        }
    }

    @Test("UTF-16 with a byte order mark, either way round, reads as the same text in UTF-8")
    func utf16WithByteOrderMark() throws {
        let text = "Ferry news\n\nThe Harbour Trust – “urges” the council to vote.\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let expected = try InputReader.read(Data(text.utf8), format: .plainText)
        #expect(try InputReader.read(Data(little), format: .plainText) == expected)
        #expect(try InputReader.read(Data(big), format: .plainText) == expected)
    }

    @Test("UTF-16 that is not valid (an unpaired surrogate), or without a byte order mark, is refused by name")
    func invalidUTF16() {
        let unpaired = Self.error { () throws(ConversionError) in
            try InputReader.read(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]))
        }
        #expect(unpaired?.code == .invalidUTF8)
        #expect(unpaired?.message.contains("not valid UTF-16") == true)
        // Without a byte order mark UTF-16 text is NUL bytes: refused before decoding is tried.
        let bare = Self.error { () throws(ConversionError) in try InputReader.read(Data([0x41, 0x00, 0x42, 0x00])) }
        #expect(bare?.code == .binary)
        #expect(bare?.message.contains("UTF-16") == true)
    }

    @Test("lone carriage returns end lines as line feeds do; CRLF stays as it is")
    func carriageReturns() throws {
        let classic = try InputReader.read(Data("Ferry news\r\rThe Harbour Trust urges a vote.\r".utf8), format: .plainText)
        #expect(classic.source.paragraphs.map(\.text) == ["Ferry news", "The Harbour Trust urges a vote."])
        let windows = try InputReader.read(Data("Ferry news\r\n\r\nThe Harbour Trust urges a vote.\r\n".utf8), format: .plainText)
        #expect(windows.source.paragraphs.map(\.text) == ["Ferry news", "The Harbour Trust urges a vote."])
        #expect(windows.source.text == "Ferry news\r\n\r\nThe Harbour Trust urges a vote.\r\n")
    }

    /// The size check comes before any scan: a 65 MiB buffer of NULs is `tooLarge`, not `binary`
    /// (nor `empty`, which would need a scan for non-whitespace).
    @Test func tooLargeComesFirst() {
        let data = Data(count: 65 << 20)
        let error = Self.error { () throws(ConversionError) in try InputReader.read(data) }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("8 MiB") == true)
    }

    /// A UTF-8 byte order mark is dropped; everything else is kept byte for byte.
    @Test func byteOrderMark() throws {
        let text = "Title\r\n\r\nPosted on Mar 7, 2023\r\n\r\nBody.\r\n"
        let input = try InputReader.read(Data(("\u{FEFF}" + text).utf8))
        #expect(input.format == .plainText)
        #expect(input.source.text == text)
        #expect(input.source.paragraphs.map(\.role) == [.title, .dateLine, .body])
    }

    /// The format is detected from the name, then the content, unless the caller gives it.
    @Test func dispatch() throws {
        let markdown = "# Title\n\nSome *body* text.\n"
        #expect(try InputReader.read(Data(markdown.utf8)).format == .markdown)
        #expect(try InputReader.read(Data(markdown.utf8), fileName: "x.txt").format == .plainText)
        #expect(try InputReader.read(Data(markdown.utf8), format: .plainText, fileName: "x.md").format == .plainText)
        let html = "<!DOCTYPE html><html><body><h1>Title</h1><p>Body text.</p></body></html>"
        let input = try InputReader.read(Data(html.utf8))
        #expect(input.format == .html)
        #expect(input.source.text == "Title\n\nBody text.\n")
    }

    /// HTML and Markdown without running text are `noText`; plain text of one paragraph is accepted.
    @Test func noText() throws {
        let html = "<html><body><nav><p>Home</p></nav><h1>Only a title</h1></body></html>"
        #expect(Self.error { () throws(ConversionError) in try InputReader.read(Data(html.utf8), fileName: "a.html") }?.code == .noText)
        let markdown = "---\ntitle: Only front matter\n---\n"
        #expect(Self.error { () throws(ConversionError) in try InputReader.read(Data(markdown.utf8), fileName: "a.md") }?.code == .noText)
        let plain = try InputReader.read(Data("Just one line".utf8), fileName: "a.txt")
        #expect(plain.source.paragraphs.map(\.text) == ["Just one line"])
    }

    /// An HTML page in a declared single-byte charset is decoded by libxml2; a page that is not
    /// UTF-8 and declares nothing is refused.
    @Test func declaredCharset() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>x</title></head><body><h1>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</h1><p>Cr".utf8) + [0xE8, 0x6D, 0x65, 0x20, 0x80, 0x20, 0x96, 0x20] + Array("ok.</p></body></html>".utf8)
        let input = try InputReader.read(Data(bytes), fileName: "page.html")
        #expect(input.source.paragraphs.map(\.text) == ["Café", "Crème € – ok."])

        let undeclared = Array("<html><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let error = Self.error { () throws(ConversionError) in try InputReader.read(Data(undeclared), fileName: "page.html") }
        #expect(error?.code == .invalidUTF8)
        #expect(error?.line == 1)
        #expect(error?.column == 19)

        let unknown = Array("<meta charset=\"x-klingon\"><p>Caf".utf8) + [0xE9]
        let unsupported = Self.error { () throws(ConversionError) in try InputReader.read(Data(unknown), fileName: "page.html") }
        #expect(unsupported?.code == .invalidUTF8)
        #expect(unsupported?.message.contains("x-klingon") == true)
    }

    /// A page that is valid UTF-8 is read as UTF-8 even when it claims another charset.
    @Test func mislabelledUTF8Page() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><h1>Café</h1><p>Crème brûlée – ok.</p></body></html>"
        let input = try InputReader.read(Data(html.utf8), fileName: "page.html")
        #expect(input.source.paragraphs.map(\.text) == ["Café", "Crème brûlée – ok."])
    }

    @Test func declaredCharsetSniffing() {
        #expect(InputReader.declaredCharset(Array("<meta charset=UTF-8>".utf8)) == "utf-8")
        #expect(InputReader.declaredCharset(Array("<META HTTP-EQUIV='content-type' CONTENT='text/html; Charset = iso-8859-1'>".utf8)) == "iso-8859-1")
        #expect(InputReader.declaredCharset(Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>".utf8)) == "windows-1252")
        #expect(InputReader.declaredCharset(Array("<p>no charset here</p>".utf8)) == nil)
    }

    @Test func errorDescription() {
        #expect(ConversionError(.empty, message: "Nothing.").description == "Nothing.")
        #expect(ConversionError(.invalidUTF8, message: "Bad.", line: 3, column: 7).description == "3:7: Bad.")
        #expect(ConversionError(.invalidUTF8, message: "Bad.", line: 3).description == "3: Bad.")
    }
}
