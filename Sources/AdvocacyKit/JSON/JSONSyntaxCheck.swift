import Foundation

/// A strict reading of a JSON text (RFC 8259) that finds only its first problem, and where.
///
/// Foundation's `JSONDecoder` says no more than "The given data was not valid JSON", which a
/// user cannot act on in a long file; and it accepts an object that gives a key twice,
/// silently keeping the last value. This check names the problem with its line and column:
/// a syntax error (an unexpected character, a trailing comma, an unterminated string, a
/// control character in a string), a key given twice in one object, a number out of range,
/// or nesting deeper than ``maximumDepth``. It keeps one set of keys per open object and no
/// other state, so it costs one pass and memory in proportion to the keys of the open
/// objects. It is run only when the fast path has refused a text.
enum JSONSyntaxCheck {
    /// The first problem of a text: what it is and where it starts.
    struct Problem: Error, Hashable, Sendable {
        /// The line, from 1.
        var line: Int
        /// The column in characters (Unicode scalars) from 1.
        var column: Int
        /// One sentence: what is wrong and what to do.
        var message: String
    }

    /// The deepest nesting of objects and lists accepted, as Foundation's decoder accepts.
    static let maximumDepth = 512

    /// The first problem of `bytes`, or `nil` when they are one well-formed JSON value with
    /// no key twice in an object.
    static func firstProblem(in bytes: some Collection<UInt8>) -> Problem? {
        let contiguous = bytes.withContiguousStorageIfAvailable { check($0) }
        return contiguous ?? Array(bytes).withUnsafeBufferPointer { check($0) }
    }

    private struct Failure: Error {
        let offset: Int
        let message: String
    }

    private struct Frame {
        let isObject: Bool
        var keys: Set<ArraySlice<UInt8>> = []
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var scanner = Scanner(bytes: bytes)
        do throws(Failure) {
            try scanner.run()
            return nil
        } catch {
            return locate(error, in: bytes)
        }
    }

    /// The problem of `failure`, located.
    private static func locate(_ failure: Failure, in bytes: UnsafeBufferPointer<UInt8>) -> Problem {
        let (line, column) = TextPosition.of(failure.offset, in: bytes)
        return Problem(line: line, column: column, message: failure.message)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var stack: [Frame] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // A UTF-8 byte order mark is read over, as Foundation does.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        private func fail(_ message: String, at offset: Int? = nil) -> Failure {
            Failure(offset: offset ?? position, message: message)
        }

        private mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        /// What the character at the current position is, for a message.
        private var found: String {
            guard let byte = current else { return "the end of the text" }
            if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return String(format: "byte 0x%02X", byte)
        }

        mutating func run() throws(Failure) {
            skipWhitespace()
            guard current != nil else { throw fail("the text is empty; JSON needs a value, such as an object { … }") }
            var expectsKey = false
            while true {
                skipWhitespace()
                if expectsKey {
                    try key()
                    expectsKey = false
                }
                let opened = try value()
                if let opened {
                    expectsKey = opened
                    continue
                }
                // After a value: close what it ends, or go on after a comma.
                while true {
                    skipWhitespace()
                    guard let top = stack.last else {
                        guard current == nil else { throw fail("unexpected \(found) after the end of the JSON value; remove it") }
                        return
                    }
                    let close = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    guard let byte = current else {
                        throw fail("the text ends inside \(top.isObject ? "an object" : "a list"); close it with '\(Character(Unicode.Scalar(close)))'")
                    }
                    if byte == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                        if current == close {
                            throw fail("a ',' before '\(Character(Unicode.Scalar(close)))' is not allowed in JSON; remove it", at: position - 1)
                        }
                        expectsKey = top.isObject
                        break
                    }
                    guard byte == close else {
                        throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))' \(top.isObject ? "after a member" : "after an element"), found \(found)")
                    }
                    position += 1
                    stack.removeLast()
                }
            }
        }

        /// An object's key and its colon; a key given twice in the object is a problem.
        private mutating func key() throws(Failure) {
            guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes, found \(found)") }
            let start = position
            try string()
            let key = bytes[(start + 1)..<(position - 1)]
            if !stack[stack.count - 1].keys.insert(ArraySlice(key)).inserted {
                let name = String(decoding: key, as: UTF8.self)
                throw fail("the key \"\(name)\" appears twice in this object; keep one of them", at: start)
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key, found \(found)") }
            position += 1
            skipWhitespace()
        }

        /// One value; returns whether it opened a non-empty object (`true`) or list (`false`),
        /// or `nil` when it is complete.
        private mutating func value() throws(Failure) -> Bool? {
            guard let byte = current else { throw fail("the text ends where a value should be") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                guard stack.count < JSONSyntaxCheck.maximumDepth else {
                    throw fail("objects and lists are nested deeper than \(JSONSyntaxCheck.maximumDepth) levels here; flatten the data")
                }
                position += 1
                skipWhitespace()
                if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    return nil
                }
                stack.append(Frame(isObject: isObject))
                return isObject
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default:
                throw fail("expected a value (an object, a list, a string in double quotes, a number, true, false or null), found \(found)")
            }
            return nil
        }

        private mutating func string() throws(Failure) {
            let start = position
            position += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return
                case UInt8(ascii: "\\"):
                    position += 1
                    guard let escaped = current else { break }
                    if escaped == UInt8(ascii: "u") {
                        let digits = bytes[min(position + 1, bytes.count)..<min(position + 5, bytes.count)]
                        guard digits.count == 4, digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) })
                        else { throw fail("'\\u' must be followed by four hexadecimal digits", at: position - 1) }
                        position += 5
                    } else {
                        guard "\"\\/bfnrt".utf8.contains(escaped) else {
                            throw fail("'\\\(Character(Unicode.Scalar(escaped)))' is not a JSON escape; write '\\\\' for a backslash", at: position - 1)
                        }
                        position += 1
                    }
                case 0x00..<0x20:
                    throw fail("a control character (U+\(String(format: "%04X", byte))) inside a string; write it as \\u\(String(format: "%04X", byte))")
                case 0x80...:
                    guard let length = utf8SequenceLength() else {
                        throw fail("bytes that are not UTF-8 inside a string; save the file as UTF-8")
                    }
                    position += length
                default:
                    position += 1
                }
            }
            throw fail("a string that is never closed; add the closing '\"'", at: start)
        }

        /// The length of the well-formed UTF-8 sequence at the current position (RFC 3629:
        /// no overlong forms, no surrogates, nothing above U+10FFFF), or `nil`.
        private func utf8SequenceLength() -> Int? {
            let lead = bytes[position]
            let (length, second): (Int, ClosedRange<UInt8>)
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return nil
            }
            guard position + length <= bytes.count, second.contains(bytes[position + 1]) else { return nil }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[position + offset]) { return nil }
            return length
        }

        private mutating func number() throws(Failure) {
            let start = position
            if current == UInt8(ascii: "-") { position += 1 }
            func digits() -> Int {
                let first = position
                while let byte = current, byte >= 0x30, byte <= 0x39 { position += 1 }
                return position - first
            }
            let integerStart = position
            let integerDigits = digits()
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
                throw fail("a malformed number; JSON numbers have no leading zeros, '+' or bare '.'", at: start)
            }
            if current == UInt8(ascii: ".") {
                position += 1
                guard digits() > 0 else { throw fail("a number needs digits after its '.'", at: start) }
            }
            if let byte = current, byte | 0x20 == UInt8(ascii: "e") {
                position += 1
                if let sign = current, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
                guard digits() > 0 else { throw fail("a number needs digits after its exponent", at: start) }
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if let value = Double(text), !value.isFinite {
                throw fail("the number \(text) is out of range", at: start)
            }
        }

        private mutating func literal(_ word: StaticString) throws(Failure) {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes[position..<min(position + expected.count, bytes.count)].elementsEqual(expected) else {
                throw fail("expected a value, found \(found); strings are written in double quotes")
            }
            position += expected.count
        }
    }
}
