import Foundation

/// Turns the bytes of a press release (plain text, HTML or Markdown) into a ``ConversionInput``.
///
/// The checks run in this order, each cheap enough to reject bad input early:
/// 1. no bytes at all: ``ConversionError/Code/empty``;
/// 2. more than ``maximumSize`` bytes: ``ConversionError/Code/tooLarge``, before anything else
///    looks at the bytes, so a huge input fails at once;
/// 3. only whitespace (after an optional byte order mark): ``ConversionError/Code/empty``;
/// 4. a NUL byte, or more than 10% control bytes other than tab, line feed, carriage return
///    and form feed, in the first 8 KiB: ``ConversionError/Code/binary``;
/// 5. invalid UTF-8 anywhere: ``ConversionError/Code/invalidUTF8`` with the line and column
///    (in bytes) of the first bad byte; an HTML page that declares another charset
///    (`<meta charset="windows-1252">`) is decoded by libxml2 instead.
///
/// A leading UTF-8 byte order mark is dropped. The format-specific readers then build the
/// paragraphs; an HTML or Markdown document in which no running text is found fails with
/// ``ConversionError/Code/noText``, while plain text of a single paragraph is accepted.
public enum InputReader {
    /// The largest input accepted, in bytes (8 MiB): a hundred times a long press release, small
    /// enough that conversion time stays bounded; larger input is refused before it is read.
    public static let maximumSize = 8 << 20

    /// How many bytes at the start are checked for signs of a binary file.
    static let binaryProbeSize = 8 << 10

    /// Reads `data` as a press release of the given format.
    ///
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - format: The format, or `nil` to detect it from `fileName` and the content
    ///     (``InputFormat/detect(_:fileName:)``).
    ///   - fileName: The file name, used to detect the format and in messages, or `nil`.
    /// - Throws: ``ConversionError`` when the input is empty, too large, binary, not UTF-8,
    ///   unparseable, or (HTML and Markdown) has no running text.
    public static func read(_ data: Data, format: InputFormat? = nil, fileName: String? = nil) throws(ConversionError)
        -> ConversionInput
    {
        guard !data.isEmpty else {
            throw ConversionError(.empty, message: "The input is empty; pass a file that contains the text of a press release.")
        }
        guard data.count <= maximumSize else {
            throw ConversionError(
                .tooLarge,
                message:
                    "The input is \(data.count) bytes long, more than the \(maximumSize >> 20) MiB accepted; pass the press release alone, not an archive or a whole site."
            )
        }
        let result: Result<ConversionInput, ConversionError> = data.withUnsafeBytes { raw in
            Result { () throws(ConversionError) in
                try read(buffer: raw, format: format, fileName: fileName)
            }
        }
        return try result.get()
    }

    /// Reads the bytes in `raw` (already known to be non-empty and not too large).
    private static func read(buffer raw: UnsafeRawBufferPointer, format: InputFormat?, fileName: String?)
        throws(ConversionError) -> ConversionInput
    {
        var bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        // UTF-16 with a byte order mark (as Windows tools save "Unicode" text) is read as the
        // same text in UTF-8.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let utf8 = try utf8(fromUTF16: bytes)
            let result: Result<ConversionInput, ConversionError> = utf8.withUnsafeBytes { converted in
                Result { () throws(ConversionError) in try read(buffer: converted, format: format, fileName: fileName) }
            }
            return try result.get()
        }
        guard bytes.contains(where: { !isWhitespace($0) }) else {
            throw ConversionError(
                .empty, message: "The input contains only whitespace; pass a file that contains the text of a press release.")
        }
        try checkNotBinary(bytes)
        let format = format ?? InputFormat.detect(bytes, fileName: fileName)

        if let bad = firstInvalidUTF8Offset(bytes) {
            if format == .html, let charset = declaredCharset(bytes.prefix(4096)), !isUTF8Name(charset) {
                guard HTMLReader.supportsEncoding(charset) else {
                    throw ConversionError(
                        .invalidUTF8,
                        message:
                            "The page declares the character encoding '\(charset)', which is not supported; convert the page to UTF-8."
                    )
                }
                return try HTMLArticleReader.read(bytes, encoding: charset, source: fileName)
            }
            let (line, column) = location(of: bad, in: bytes)
            throw ConversionError(
                .invalidUTF8,
                message: bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
                    ? "The input is UTF-16, not UTF-8; convert it to UTF-8 (for example with iconv) and try again."
                    : "The input is not valid UTF-8 (the first bad byte is 0x\(String(bytes[bad], radix: 16, uppercase: true))); convert it to UTF-8 (for example with iconv) and try again.",
                line: line, column: column)
        }

        switch format {
        case .html:
            return try HTMLArticleReader.read(bytes, encoding: "UTF-8", source: fileName)
        case .markdown:
            return try MarkdownReader.read(textWithLineFeeds(bytes))
        case .plainText:
            guard let fixed = withLineFeeds(bytes) else { return PlainTextReader.read(utf8: bytes) }
            return fixed.withUnsafeBufferPointer { PlainTextReader.read(utf8: $0) }
        }
    }

    /// The text, with each carriage return that no line feed follows (the line ends of old
    /// Mac files and some exports) made a line feed, so that their lines and paragraphs are
    /// seen; CRLF stays as it is.
    private static func textWithLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let fixed = withLineFeeds(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: fixed, as: UTF8.self)
    }

    /// The bytes with the line ends of ``textWithLineFeeds(_:)``, or `nil` when they need no change.
    private static func withLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard hasLoneReturn(bytes) else { return nil }
        var copy = Array(bytes)
        for index in copy.indices where copy[index] == 0x0D && (index + 1 == copy.count || copy[index + 1] != 0x0A) {
            copy[index] = 0x0A
        }
        return copy
    }

    /// Whether a carriage return stands without a line feed after it.
    private static func hasLoneReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let carriageReturn = ByteScan(0x0D)
        var index = carriageReturn.firstIndex(in: bytes)
        while index < bytes.count {
            if index + 1 == bytes.count || bytes[index + 1] != 0x0A { return true }
            index = carriageReturn.firstIndex(in: bytes, from: index + 1)
        }
        return false
    }

    /// The UTF-8 form of UTF-16 text that starts with its byte order mark.
    private static func utf8(fromUTF16 bytes: UnsafeBufferPointer<UInt8>) throws(ConversionError) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count * 3 / 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { utf8.append($0) }
        guard !failed, bytes.count % 2 == 0 else {
            throw ConversionError(
                .invalidUTF8,
                message:
                    "The input starts as UTF-16 but is not valid UTF-16 (an unpaired surrogate or an odd number of bytes); save it again as UTF-8."
            )
        }
        return utf8
    }

    // MARK: - Checks

    /// Whether `byte` is ASCII whitespace (space, tab, line feed, vertical tab, form feed, return).
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Throws ``ConversionError/Code/binary`` when the first 8 KiB look like a binary file.
    private static func checkNotBinary(_ bytes: UnsafeBufferPointer<UInt8>) throws(ConversionError) {
        let probe = UnsafeBufferPointer(rebasing: bytes.prefix(binaryProbeSize))
        var controls = 0
        let control = ByteScan(below: 0x20)
        var index = control.firstIndex(in: probe)
        while index < probe.count {
            let byte = probe[index]
            index = control.firstIndex(in: probe, from: index + 1)
            switch byte {
            case 0:
                throw ConversionError(
                    .binary,
                    message:
                        "The input contains NUL bytes, so it is a binary file (or UTF-16 text), not a press release; pass the text, HTML or Markdown file instead."
                )
            case 0x09, 0x0A, 0x0C, 0x0D:
                continue
            default:
                controls += 1
            }
        }
        if controls * 10 > probe.count {
            throw ConversionError(
                .binary,
                message:
                    "The input is mostly control characters, so it is a binary file, not a press release; pass the text, HTML or Markdown file instead."
            )
        }
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
    ///
    /// Overlong forms, surrogates (U+D800–U+DFFF) and values above U+10FFFF are invalid, as in
    /// the Unicode standard. ASCII runs are skipped eight bytes at a time.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // Fast path: eight ASCII bytes at once.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return nil }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = base[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<max(2, length) where base[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and byte column of the byte at `offset`.
    private static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    // MARK: - Declared charset

    /// Whether `name` is a name of UTF-8.
    private static func isUTF8Name(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == "utf-8" || lowered == "utf8"
    }

    /// The charset an HTML page declares in its first bytes (`<meta charset=…>`,
    /// `content="text/html; charset=…"` or an XML declaration's `encoding="…"`), or `nil`.
    static func declaredCharset(_ prefix: some Collection<UInt8>) -> String? {
        let lowered = prefix.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for key in [Array("charset".utf8), Array("encoding".utf8)] {
            var start = 0
            while let found = find(key, in: lowered, from: start) {
                start = found + key.count
                var index = start
                while index < lowered.count, lowered[index] == 0x20 { index += 1 }
                guard index < lowered.count, lowered[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < lowered.count, lowered[index] == 0x20 || lowered[index] == 0x22 || lowered[index] == 0x27 {
                    index += 1
                }
                var end = index
                while end < lowered.count, case let byte = lowered[end],
                    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
                        || byte == 0x2E || byte == 0x3A
                {
                    end += 1
                }
                if end > index {
                    return String(decoding: lowered[index..<end], as: UTF8.self)
                }
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of `scalar`; the readers build text as bytes, which is much
    /// faster than appending scalars to a `String` one at a time.
    @inline(__always)
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(UInt8(0xC0 | value >> 6))
            append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x1_0000:
            append(UInt8(0xE0 | value >> 12))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        default:
            append(UInt8(0xF0 | value >> 18))
            append(UInt8(0x80 | value >> 12 & 0x3F))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        }
    }
}
