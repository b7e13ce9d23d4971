internal import CLibXML2
import Foundation

/// Writes a UTF-8 XML document event by event through libxml2's `xmlTextWriter`, into memory.
///
/// The writer owns the libxml2 writer and its buffer and frees both exactly once, when it ends.
/// Nothing is built in between: each call goes straight to libxml2, so writing a document
/// costs no more than its events.
///
/// Output: `<?xml version="1.0" encoding="UTF-8"?>`, a newline, the root element and a final
/// newline.
/// - An element that gets no content is written self-closing, `<name/>`.
/// - Pretty-printing never changes content: an element opened with `indentsContent` (its
///   content must be elements only) gets a newline plus `indentation` spaces per level before
///   each child and before its end tag, unless it lies inside one opened without it (mixed
///   content is written exactly as given, at any depth).
/// - Text is escaped here, minimally (`&amp; &lt; &gt;` and CR as `&#13;`), and written raw, so
///   quotation marks in text stay readable; libxml2 escapes `& < > "` plus tab, CR and LF in
///   attribute values. Parsing the output gives back exactly the same values.
/// - With `checksCharacters`, a text or attribute value holding a character XML 1.0 forbids
///   (see ``XMLCharacters``) raises an ``XMLError``; a caller that cleans the values itself
///   turns the check off. Names are not checked: they must be XML names (the callers write
///   names they chose, or check them first, as ``XMLSerializer`` does).
struct XMLStreamWriter: ~Copyable {
    /// One open element.
    private struct Frame {
        /// Its qualified name, for messages.
        var name: String
        /// Whether a break goes before each child and the end tag.
        var indents: Bool
        /// Whether anything was written inside it yet.
        var hasContent = false
    }

    /// The buffer the writer fills; freed in `deinit`, after the writer.
    private let buffer: xmlBufferPtr
    /// The libxml2 writer; freed in `deinit`.
    private let writer: xmlTextWriterPtr
    /// Spaces per level.
    private let indentation: Int
    /// Whether text and attribute values are checked for characters XML 1.0 forbids.
    private let checksCharacters: Bool
    /// The open elements, the root first.
    private var frames: [Frame] = []
    /// `"\n"` and the spaces of the deepest break written yet: a break is a prefix of it.
    private var breakBytes: [UInt8] = []

    /// Starts a document.
    ///
    /// - Parameters:
    ///   - indentation: Spaces per nesting level in element-only content (negative counts as 0).
    ///   - checksCharacters: Whether text and attribute values are checked for characters XML
    ///     1.0 forbids; pass `false` only when the caller has made sure they hold none.
    ///   - capacity: The bytes the document is expected to take, allocated at once (the buffer
    ///     grows past it as needed); 0 lets libxml2 choose and grow.
    /// - Throws: ``XMLError`` when libxml2 cannot allocate the writer.
    init(indentation: Int = 2, checksCharacters: Bool = true, capacity: Int = 0) throws(XMLError) {
        LibXMLInitialisation.ensure()
        let created = capacity > 0 ? xmlBufferCreateSize(capacity) : xmlBufferCreate()
        guard let buffer = created else { throw Self.outOfMemory("xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Self.outOfMemory("xmlNewTextWriterMemory")
        }
        do {
            try Self.check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
        } catch {
            xmlFreeTextWriter(writer)
            xmlBufferFree(buffer)
            throw error
        }
        self.buffer = buffer
        self.writer = writer
        self.indentation = max(0, indentation)
        self.checksCharacters = checksCharacters
    }

    deinit {
        xmlFreeTextWriter(writer)  // before the buffer it writes into
        xmlBufferFree(buffer)
    }

    /// The names of the open elements, the root first (for messages).
    var openElements: [String] { frames.map(\.name) }

    /// Writes the start tag of `name`; its attributes follow, then its content.
    ///
    /// - Parameter indentsContent: Whether the element's content is elements only, so that it
    ///   may be indented (it is not when the element lies in mixed content).
    mutating func startElement(_ name: String, indentsContent: Bool) throws(XMLError) {
        var indents = indentsContent
        if let parent = frames.indices.last {
            frames[parent].hasContent = true
            if frames[parent].indents {
                try writeBreak(level: frames.count)
            } else {
                indents = false
            }
        }
        let writer = self.writer
        let result = withXMLString(name) { xmlTextWriterStartElement(writer, $0) }
        try Self.check(result, "the start tag of element '\(name)'")
        frames.append(Frame(name: name, indents: indents))
    }

    /// Writes a namespace declaration on the element just started: `xmlns="uri"` when `prefix`
    /// is `nil`, else `xmlns:prefix="uri"`.
    mutating func namespace(prefix: String?, uri: String) throws(XMLError) {
        try attribute(prefix.map { "xmlns:" + $0 } ?? "xmlns", uri)
    }

    /// Writes an attribute of the element just started; libxml2 escapes the value.
    ///
    /// A value libxml2 would write unchanged goes in raw (see ``writePlainAttribute(_:_:)``).
    mutating func attribute(_ name: String, _ value: String) throws(XMLError) {
        guard try !writePlainAttribute(name, value) else { return }
        try escapedAttribute(name, value)
    }

    /// Writes an attribute of the element just started through libxml2's escaping, for a value
    /// ``writePlainAttribute(_:_:)`` did not take.
    mutating func escapedAttribute(_ name: String, _ value: String) throws(XMLError) {
        try checkCharacters(value, in: "attribute '\(name)' of element '\(frames.last?.name ?? "")'")
        let writer = self.writer
        let result = withXMLString(name) { cName in
            withXMLString(value) { cValue in xmlTextWriterWriteAttribute(writer, cName, cValue) }
        }
        try Self.check(result, "attribute '\(name)' of element '\(frames.last?.name ?? "")'")
    }

    /// Writes an attribute of the element just started when libxml2 would write its value
    /// unchanged (printable ASCII without `" & < >`, as nearly every id, IRI and name is), and
    /// returns whether it did; it writes nothing otherwise.
    ///
    /// Such a value holds no character XML 1.0 forbids, so it needs no other check, and it goes
    /// in raw, between libxml2's start and end of the attribute, which skips libxml2's
    /// escaping pass: the same bytes, for less work.
    mutating func writePlainAttribute(_ name: String, _ value: String) throws(XMLError) -> Bool {
        let writer = self.writer
        let result = withXMLString(name) { cName in
            value.withContiguousUTF8 { bytes -> Int32? in
                guard let base = bytes.baseAddress, Self.isWrittenUnchanged(bytes) else { return nil }
                guard xmlTextWriterStartAttribute(writer, cName) >= 0,
                    xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)) >= 0
                else { return -1 }
                return xmlTextWriterEndAttribute(writer)
            }
        }
        guard let result else { return false }
        try Self.check(result, "attribute '\(name)' of element '\(frames.last?.name ?? "")'")
        return true
    }

    /// Whether libxml2 writes an attribute value as it is: it escapes `" & < >`, tab, CR and
    /// LF, and turns non-ASCII characters into character references in a document without a
    /// declared encoding. Non-ASCII is left to libxml2 here, whatever the document declares:
    /// a value goes in raw only as at most `Int32.max` bytes of printable ASCII (and DEL)
    /// without those four.
    private static func isWrittenUnchanged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count <= Int32.max && attributeEscaped.firstIndex(in: bytes) == bytes.count
    }

    /// Writes text inside the open element.
    mutating func text(_ text: String) throws(XMLError) {
        var text = text
        try text.withUTF8Bytes { bytes throws(XMLError) in try self.text(utf8: bytes) }
    }

    /// Writes text, given as valid UTF-8, inside the open element: escaped minimally (`&amp;
    /// &lt; &gt;`, CR as `&#13;`, since a parser would turn a raw CR into LF), run by run.
    mutating func text(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(XMLError) {
        guard let (base, element) = try beginText(bytes) else { return }
        if checksCharacters, let scalar = XMLCharacters.firstDisallowed(inUTF8: bytes) {
            throw Self.forbidden(scalar, in: "text of element '\(element)'")
        }
        var start = 0
        var index = Self.escaped.firstIndex(in: bytes)
        while index < bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            default: entity = "&#13;"
            }
            try writeRaw(base + start, count: index - start, in: element)
            try writeRaw(entity.utf8Start, count: entity.utf8CodeUnitCount, in: element)
            start = index + 1
            index = Self.escaped.firstIndex(in: bytes, from: start)
        }
        try writeRaw(base + start, count: bytes.count - start, in: element)
    }

    /// Whether `bytes` (valid UTF-8) can be written as text exactly as they are: they hold no
    /// byte that text escapes and no character XML 1.0 forbids (nor tab or LF, which a scan
    /// this quick does not tell from those).
    static func isVerbatimText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        notVerbatim.firstIndex(in: bytes) == bytes.count
    }

    /// Writes text for which ``isVerbatimText(_:)`` holds (checked in debug builds), as it is:
    /// a caller that checks a whole paragraph once writes its pieces without scanning them again.
    mutating func verbatimText(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(XMLError) {
        assert(Self.isVerbatimText(bytes), "verbatim text holds a byte to escape or check")
        guard let (base, element) = try beginText(bytes) else { return }
        try writeRaw(base, count: bytes.count, in: element)
    }

    /// Marks the open element as having content before text is written into it, and returns
    /// the text's first byte and the element's name; `nil` when there is no text or no element.
    private mutating func beginText(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(XMLError) -> (UnsafePointer<UInt8>, element: String)? {
        guard let base = bytes.baseAddress, !bytes.isEmpty, let last = frames.indices.last else { return nil }
        let element = frames[last].name
        guard !frames[last].indents else {
            throw .single(
                "Text was written into element '\(element)', whose content was declared elements only; this is an internal error, please report it.",
                message: "Text in element-only content of '\(element)'")
        }
        frames[last].hasContent = true
        guard bytes.count <= Int32.max else {
            throw .single(
                "A text of \(bytes.count) bytes is more than libxml2's writer takes at once; split the document.",
                message: "Text too long in element '\(element)'")
        }
        return (base, element)
    }

    /// Writes the end tag of the open element (or `/>` when it got no content).
    mutating func endElement() throws(XMLError) {
        guard let frame = frames.popLast() else { return }
        if frame.indents, frame.hasContent {
            try writeBreak(level: frames.count)
        }
        try Self.check(xmlTextWriterEndElement(writer), "the end tag of element '\(frame.name)'")
    }

    /// Closes every open element, ends the document and returns its bytes (copied once, out
    /// of libxml2's buffer).
    consuming func finish() throws(XMLError) -> Data {
        while !frames.isEmpty { try endElement() }
        try Self.check(xmlTextWriterEndDocument(writer), "the end of the document")
        try Self.check(xmlTextWriterFlush(writer), "the end of the document")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else {
            throw .single(
                "libxml2's writer produced no output; this is an internal error, please report it.",
                message: "xmlTextWriter wrote nothing")
        }
        return Data(bytes: content, count: count)
    }

    // MARK: - Helpers

    /// The bytes text escapes: `&`, `<`, `>` and CR.
    private static let escaped = ByteScan(0x26, 0x3C, 0x3E, 0x0D)
    /// The bytes that keep libxml2 from writing an attribute value unchanged: `" & < >`, the C0
    /// controls (tab, CR and LF among them) and everything from 0x80 on (non-ASCII is left to
    /// libxml2).
    private static let attributeEscaped = ByteScan(below: 0x20, nonASCII: true, 0x22, 0x26, 0x3C, 0x3E)
    /// The bytes that keep text from being written verbatim: those text escapes, and those that
    /// may start a character XML 1.0 forbids (the C0 controls, and 0xEF, which leads U+FFFE and
    /// U+FFFF).
    private static let notVerbatim = ByteScan(below: 0x20, 0x26, 0x3C, 0x3E, 0xEF)

    private func writeRaw(_ bytes: UnsafePointer<UInt8>, count: Int, in element: String) throws(XMLError) {
        guard count > 0 else { return }
        try Self.check(xmlTextWriterWriteRawLen(writer, bytes, Int32(count)), "text in element '\(element)'")
    }

    /// Writes a newline and the indentation of `level` as raw text.
    private mutating func writeBreak(level: Int) throws(XMLError) {
        let length = 1 + level * indentation
        if breakBytes.count < length {
            breakBytes = [UInt8](copies: 0x20, count: 2 * length)
            breakBytes[0] = 0x0A
        }
        let element = frames.last?.name ?? ""
        let writer = self.writer
        let result = breakBytes.withUnsafeBufferPointer { bytes in
            xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(length))
        }
        try Self.check(result, "indentation in element '\(element)'")
    }

    /// Throws when `value` holds a character XML 1.0 does not allow (unless the caller checked).
    private func checkCharacters(_ value: String, in place: @autoclosure () -> String) throws(XMLError) {
        guard checksCharacters, let scalar = XMLCharacters.firstDisallowed(in: value) else { return }
        throw Self.forbidden(scalar, in: place())
    }

    private static func forbidden(_ scalar: Unicode.Scalar, in place: String) -> XMLError {
        let code = XMLCharacters.notation(for: scalar)
        return .single(
            "The \(place) contains \(code), which XML 1.0 does not allow; remove or replace the character before serialising.",
            message: "Character \(code) is not allowed in XML 1.0 (in \(place))")
    }

    /// Throws when libxml2 reported a failure (a negative result) while writing `what`.
    private static func check(_ result: Int32, _ what: @autoclosure () -> String) throws(XMLError) {
        guard result >= 0 else {
            let what = what()
            throw .single(
                "libxml2's writer failed while writing \(what); this is an internal error or lack of memory, please report it.",
                message: "xmlTextWriter returned \(result) while writing \(what)")
        }
    }

    /// The error for a libxml2 allocation that returned `NULL`.
    private static func outOfMemory(_ function: String) -> XMLError {
        .single(
            "libxml2 could not allocate memory for the writer; retry with more memory available.",
            message: "\(function) returned NULL")
    }
}

/// Lends `string` to `body` as a NUL-terminated `xmlChar` pointer (no copy for native strings).
private func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
    string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}
