/// One problem a validation rule found: which rule, how serious, what to fix and where.
///
/// ``description`` prints it the way compilers do, so editors and CI logs can link to it:
///
/// ```text
/// release.xml:11:3: error: Element 'bogus': This element is not expected. [akn-schema-valid]
/// dossier.json: error: opinions[0].date: the opinion is dated before its proposal; fix one of the dates [opinion-follows-proposal]
/// ```
public struct ValidationDiagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is; errors order after warnings.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Suspicious, but the data may be right.
        case warning
        /// The data is wrong or unusable and must be fixed.
        case error

        /// Orders `warning` before `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// The stable kebab-case id of the rule that found the problem, e.g. `references-resolve`.
    public var ruleID: String
    /// Whether it is a warning or an error.
    public var severity: Severity
    /// One sentence: what is wrong and what to fix.
    public var message: String
    /// The file (or other label) the problem is in, when known.
    public var file: String?
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The 1-based column of the problem, when known.
    public var column: Int?
    /// The JSON path of the problem in the dossier, e.g. `proposals[0].date`.
    public var path: String?

    /// Creates a diagnostic.
    public init(
        ruleID: String, severity: Severity, message: String, file: String? = nil, line: Int? = nil,
        column: Int? = nil, path: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    /// The diagnostic in compiler style: `file:line:col: error: message [rule-id]`, with the
    /// JSON path before the message when there is one (`file: error: path: message [rule-id]`).
    ///
    /// Unknown parts are left out, never made up: no line, no column, or no file at all.
    public var description: String {
        var text = ""
        if let file {
            text = file
            if let line, line > 0 {
                text += ":\(line)"
                if let column, column > 0 { text += ":\(column)" }
            }
            text += ": "
        }
        text += "\(severity.rawValue): "
        if let path, !path.isEmpty { text += "\(path): " }
        return text + "\(message) [\(ruleID)]"
    }
}

extension ValidationDiagnostic {
    /// The deterministic order of diagnostics: by file, line (diagnostics with a line first),
    /// column, JSON path (numbers in paths compared as numbers), rule id, then message.
    static func precedes(_ a: ValidationDiagnostic, _ b: ValidationDiagnostic) -> Bool {
        if a.file != b.file { return NaturalOrder.less(a.file ?? "", b.file ?? "") }
        if a.line != b.line { return (a.line ?? Int.max) < (b.line ?? Int.max) }
        if a.column != b.column { return (a.column ?? 0) < (b.column ?? 0) }
        if a.path != b.path { return NaturalOrder.less(a.path ?? "", b.path ?? "") }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.message != b.message { return a.message < b.message }
        return a.severity < b.severity
    }
}

/// Compares strings with runs of digits taken as numbers, so `opinions[2]` sorts before
/// `opinions[10]` and `data.jsonl:9` before `data.jsonl:10`.
enum NaturalOrder {
    /// A string split into its chunks once, for sorting many strings: keys compare as
    /// ``NaturalOrder/less(_:_:)`` compares their strings, without splitting them again on
    /// every comparison.
    struct Key: Sendable {
        /// The string.
        let string: String
        fileprivate let chunks: [Chunk]

        /// The key of `string`.
        init(_ string: String) {
            self.string = string
            chunks = NaturalOrder.chunks(string)
        }

        /// Whether `a`'s string sorts before `b`'s.
        static func less(_ a: Key, _ b: Key) -> Bool {
            for (p, q) in zip(a.chunks, b.chunks) where p != q {
                switch (p, q) {
                case (.number(let m), .number(let n)): return m < n
                case (.text(let s), .text(let t)): return s < t
                case (.number, .text): return true
                case (.text, .number): return false
                }
            }
            if a.chunks.count != b.chunks.count { return a.chunks.count < b.chunks.count }
            return a.string < b.string
        }
    }

    /// Whether `a` sorts before `b`.
    static func less(_ a: String, _ b: String) -> Bool {
        Key.less(Key(a), Key(b))
    }

    /// `strings` in natural order: the order, ties included, of `strings.sorted(by: less)`,
    /// with each string split into chunks once.
    static func sorted(_ strings: [String]) -> [String] {
        strings.map(Key.init).sorted(by: Key.less).map(\.string)
    }

    fileprivate enum Chunk: Equatable, Sendable {
        case text(String)
        case number(Int)
    }

    fileprivate static func chunks(_ string: String) -> [Chunk] {
        if let chunks = asciiChunks(string) { return chunks }
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits, current.count < 18, let n = Int(current) {
                result.append(.number(n))
            } else {
                result.append(.text(current))
            }
            current = ""
        }
        for character in string {
            let digit = character.isASCII && character.isNumber
            if digit != inDigits { flush() }
            inDigits = digit
            current.append(character)
        }
        flush()
        return result
    }

    /// The chunks of an ASCII string (nearly every file name and JSON path), read on its bytes:
    /// the same chunks as the general path, which asks each `Character` whether it is a number,
    /// or `nil` for other strings.
    private static func asciiChunks(_ string: String) -> [Chunk]? {
        guard TextCharacters.isASCII(string) else { return nil }
        return string.utf8.withContiguousStorageIfAvailable { bytes in
            func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
            var result: [Chunk] = []
            var start = 0
            while start < bytes.count {
                let digits = isDigit(bytes[start])
                var end = start + 1
                while end < bytes.count, isDigit(bytes[end]) == digits { end += 1 }
                if digits, end - start < 18 {
                    result.append(.number(bytes[start..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }))
                } else {
                    result.append(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
                }
                start = end
            }
            return result
        }
    }
}
