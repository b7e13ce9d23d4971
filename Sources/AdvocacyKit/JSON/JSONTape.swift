/// A JSON text parsed into one flat array of entries, for the fast decoding path of
/// ``Dossier/init(json:)``.
///
/// The tape is deliberately stricter than JSON: it refuses anything whose meaning it would
/// have to guess or that Foundation's `JSONDecoder` might read differently (numbers with a
/// fraction or an exponent, duplicate keys, keys with escapes or non-ASCII characters, lone
/// surrogates, nesting deeper than ``maximumDepth``, a byte order mark). A refused text is not
/// an error: the caller decodes it with `JSONDecoder`, which reads it or explains what is
/// wrong, with the path. So the tape only ever speeds up texts it reads exactly as
/// `JSONDecoder` does.
///
/// Parsing is one pass over the bytes, linear in their number. Reading (``read(_:)``) goes
/// through ``Value``s that point into the tape's buffers without owning them, so that handing
/// values from field to field costs no reference counting.
struct JSONTape {
    /// What an entry holds.
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    /// One value. Object members are a key entry (a string) followed by the value's entries.
    ///
    /// Offsets and counts are stored in 32 bits (the tape refuses texts of 2 GiB or more), so
    /// that an entry takes 20 bytes and the tape about twice the size of its text.
    struct Entry {
        var kind: Kind
        /// For a string, whether it holds escapes.
        var isEscaped: Bool
        private var storedStart: Int32
        private var storedEnd: Int32
        private var storedCount: Int32 = 0
        private var storedNext: Int32 = 0

        init(kind: Kind, isEscaped: Bool = false, start: Int = 0, end: Int = 0) {
            self.kind = kind
            self.isEscaped = isEscaped
            storedStart = Int32(truncatingIfNeeded: start)
            storedEnd = Int32(truncatingIfNeeded: end)
        }

        /// The first byte of a string (after its quote) or a number.
        var start: Int { Int(storedStart) }
        /// The byte after a string's last (before its quote) or a number's.
        var end: Int { Int(storedEnd) }
        /// Members of an object, elements of an array.
        var count: Int {
            get { Int(storedCount) }
            set { storedCount = Int32(truncatingIfNeeded: newValue) }
        }
        /// The index just after this value and everything inside it.
        var next: Int {
            get { Int(storedNext) }
            set { storedNext = Int32(truncatingIfNeeded: newValue) }
        }
    }

    /// What the values of a tape being read point to: its buffers, and the id → kind index of
    /// the dossier being decoded, for ``Party`` and ``Subject``.
    struct Context {
        let bytes: UnsafeBufferPointer<UInt8>
        let entries: UnsafeBufferPointer<Entry>
        var references: [String: DossierReferenceKind]?
    }

    /// A value on the tape, valid only during the ``read(_:)`` whose root it was reached from.
    struct Value {
        private let context: UnsafeMutablePointer<Context>
        /// The value's entry's index.
        let index: Int

        fileprivate init(context: UnsafeMutablePointer<Context>, index: Int) {
            self.context = context
            self.index = index
        }

        /// The value's entry.
        var entry: Entry { context.pointee.entries[index] }
        /// The value whose entry is at `index` on the same tape.
        func at(_ index: Int) -> Value { Value(context: context, index: index) }
        /// The tape's text.
        var bytes: UnsafeBufferPointer<UInt8> { context.pointee.bytes }
        /// The tape's entries, the values that hold `index` among them.
        var entries: UnsafeBufferPointer<Entry> { context.pointee.entries }

        /// The id → kind index of the dossier being read, once its decoding has made it.
        var references: [String: DossierReferenceKind]? {
            get { context.pointee.references }
            nonmutating set { context.pointee.references = newValue }
        }
    }

    /// Why the fast path gave up; the caller then decodes with `JSONDecoder`.
    struct Refusal: Error {}

    /// The bytes a string holds as they are: ASCII except controls, `"` and `\`.
    fileprivate static let plainStringBytes: [Bool] = (0..<256).map { byte in
        byte >= 0x20 && byte < 0x80 && byte != Int(UInt8(ascii: "\"")) && byte != Int(UInt8(ascii: "\\"))
    }

    /// The deepest nesting the tape reads.
    static let maximumDepth = 64

    let bytes: [UInt8]
    let entries: [Entry]

    /// Parses `bytes`, or throws ``Refusal``.
    init(_ bytes: [UInt8]) throws(Refusal) {
        // Every offset, count and index then fits an entry's 32 bits.
        guard bytes.count < Int(Int32.max) else { throw Refusal() }
        self.bytes = bytes
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Refusal) in
                var entries: [Entry] = []
                entries.reserveCapacity(buffer.count / 12)  // a dossier has about one value per 12 bytes
                var parser = Parser(bytes: buffer)
                try parser.parse(into: &entries)
                return entries
            }
        }
        entries = try parsed.get()
    }

    /// What `body` reads from the root value; the values it is given must not outlive it.
    func read<Read>(_ body: (Value) throws(Refusal) -> Read) throws(Refusal) -> Read {
        let read = bytes.withUnsafeBufferPointer { bytes in
            entries.withUnsafeBufferPointer { entries in
                var context = Context(bytes: bytes, entries: entries)
                return withUnsafeMutablePointer(to: &context) { context in
                    Result { () throws(Refusal) in try body(Value(context: context, index: 0)) }
                }
            }
        }
        return try read.get()
    }
}

extension JSONTape {
    /// The recursive-descent parser, without recursion: open containers are on a stack.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        private let plain = JSONTape.plainStringBytes

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func parse(into entries: inout [Entry]) throws(Refusal) {
            var open: [Int] = []  // indices of the containers being filled
            skipWhitespace()
            try value(into: &entries, open: &open)
            while let container = open.last {
                skipWhitespace()
                guard position < bytes.count else { throw Refusal() }
                let isObject = entries[container].kind == .object
                let byte = bytes[position]
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    try close(container, in: &entries)
                    open.removeLast()
                    continue
                }
                if entries[container].count > 0 {
                    guard byte == UInt8(ascii: ",") else { throw Refusal() }
                    position += 1
                    skipWhitespace()
                }
                entries[container].count += 1
                if isObject {
                    try key(into: &entries)
                    skipWhitespace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw Refusal() }
                    position += 1
                    skipWhitespace()
                }
                try value(into: &entries, open: &open)
            }
            skipWhitespace()
            guard position == bytes.count else { throw Refusal() }
        }

        /// Sets the container's `next` and, for an object, refuses duplicate keys: pair by pair
        /// for a few members, through sorted keys for many, so that the cost stays n log n.
        private func close(_ container: Int, in entries: inout [Entry]) throws(Refusal) {
            entries[container].next = entries.count
            guard entries[container].kind == .object, entries[container].count > 1 else { return }
            func key(_ member: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[entries[member].start..<entries[member].end] }
            /// Lengths first: most keys of an object differ in theirs.
            func equalKeys(_ a: Int, _ b: Int) -> Bool {
                entries[a].end - entries[a].start == entries[b].end - entries[b].start && key(a).elementsEqual(key(b))
            }
            guard entries[container].count > 16 else {
                var member = container + 1
                while member < entries.count {
                    var earlier = container + 1
                    while earlier < member {
                        if equalKeys(earlier, member) { throw Refusal() }
                        earlier = entries[earlier + 1].next
                    }
                    member = entries[member + 1].next
                }
                return
            }
            var members: [Int] = []
            members.reserveCapacity(entries[container].count)
            var member = container + 1
            while member < entries.count {
                members.append(member)
                member = entries[member + 1].next
            }
            members.sort { key($0).lexicographicallyPrecedes(key($1)) }
            for index in members.indices.dropFirst() where equalKeys(members[index - 1], members[index]) {
                throw Refusal()
            }
        }

        /// Reads one value; a container is left open on the stack.
        private mutating func value(into entries: inout [Entry], open: inout [Int]) throws(Refusal) {
            guard position < bytes.count else { throw Refusal() }
            let index = entries.count
            switch bytes[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard open.count < JSONTape.maximumDepth else { throw Refusal() }
                entries.append(Entry(kind: bytes[position] == UInt8(ascii: "{") ? .object : .array))
                position += 1
                open.append(index)
                return
            case UInt8(ascii: "\""):
                entries.append(try string().entry)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                entries.append(try integer())
            case UInt8(ascii: "t"):
                try literal("true")
                entries.append(Entry(kind: .true))
            case UInt8(ascii: "f"):
                try literal("false")
                entries.append(Entry(kind: .false))
            case UInt8(ascii: "n"):
                try literal("null")
                entries.append(Entry(kind: .null))
            default:
                throw Refusal()
            }
            entries[index].next = index + 1
        }

        /// A key: a string without escapes and with ASCII characters only, so that comparing
        /// bytes is comparing strings.
        private mutating func key(into entries: inout [Entry]) throws(Refusal) {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw Refusal() }
            var (key, isASCII) = try string()
            guard !key.isEscaped, isASCII else { throw Refusal() }
            key.next = entries.count + 1
            entries.append(key)
        }

        /// A string, and whether it is all ASCII; escapes are checked here and decoded by
        /// ``JSONTape/Value/string()``.
        private mutating func string() throws(Refusal) -> (entry: Entry, isASCII: Bool) {
            position += 1  // the opening quote
            let start = position
            var isEscaped = false
            var isASCII = true
            while true {
                // Skip the bytes that need no attention in one tight loop (most strings are
                // short, too short for a vector scan to pay).
                while position < bytes.count, plain[Int(bytes[position])] {
                    position += 1
                }
                guard position < bytes.count else { throw Refusal() }
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    position += 1
                    // Foundation refuses ill-formed UTF-8 anywhere; so does the tape.
                    if !isASCII, String(validating: bytes[start..<position - 1], as: UTF8.self) == nil {
                        throw Refusal()
                    }
                    return (Entry(kind: .string, isEscaped: isEscaped, start: start, end: position - 1), isASCII)
                case UInt8(ascii: "\\"):
                    isEscaped = true
                    try escape()
                case 0x80...:
                    isASCII = false
                    position += 1
                default:
                    throw Refusal()  // a control character
                }
            }
        }

        /// Checks one escape sequence; `\u` surrogates must come in pairs.
        private mutating func escape() throws(Refusal) {
            position += 1
            guard position < bytes.count else { throw Refusal() }
            switch bytes[position] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                position += 1
            case UInt8(ascii: "u"):
                let unit = try hexUnit(at: position + 1)
                position += 5
                if (0xD800...0xDBFF).contains(unit) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u"),
                        (0xDC00...0xDFFF).contains(try hexUnit(at: position + 2))
                    else { throw Refusal() }
                    position += 6
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw Refusal()
                }
            default:
                throw Refusal()
            }
        }

        private func hexUnit(at offset: Int) throws(Refusal) -> UInt16 {
            guard offset + 4 <= bytes.count else { throw Refusal() }
            return try JSONTape.hexUnit(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 4]))
        }

        /// An integer: `-?(0|[1-9][0-9]*)`; a fraction or an exponent is refused.
        private mutating func integer() throws(Refusal) -> Entry {
            let start = position
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digits = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            let count = position - digits
            guard count > 0, count == 1 || bytes[digits] != UInt8(ascii: "0") else { throw Refusal() }
            if position < bytes.count,
                [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])
            {
                throw Refusal()
            }
            return Entry(kind: .number, start: start, end: position)
        }

        private mutating func literal(_ word: StaticString) throws(Refusal) {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { throw Refusal() }
            let matches = word.withUTF8Buffer { bytes[position..<position + count].elementsEqual($0) }
            guard matches else { throw Refusal() }
            position += count
        }

        private mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }
    }

    /// Four hex digits as a UTF-16 code unit.
    fileprivate static func hexUnit(_ digits: some Sequence<UInt8>) throws(Refusal) -> UInt16 {
        var unit: UInt16 = 0
        for digit in digits {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = digit - UInt8(ascii: "A") + 10
            default: throw Refusal()
            }
            unit = unit << 4 | UInt16(value)
        }
        return unit
    }
}

extension JSONTape.Value {
    /// The string, escapes decoded.
    func string() throws(JSONTape.Refusal) -> String {
        let entry = self.entry
        guard entry.kind == .string else { throw JSONTape.Refusal() }
        let bytes = self.bytes
        guard entry.isEscaped else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.end]), as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(entry.end - entry.start)
        var position = entry.start
        while position < entry.end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                position += 1
                continue
            }
            let code = bytes[position + 1]
            position += 2
            switch code {
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(try JSONTape.hexUnit(bytes[position..<position + 4]))
                position += 4
                if (0xD800...0xDBFF).contains(scalar) {  // the parser checked the pair
                    let low = UInt32(try JSONTape.hexUnit(bytes[position + 2..<position + 6]))
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                    position += 6
                }
                guard let decoded = Unicode.Scalar(scalar) else { throw JSONTape.Refusal() }
                UTF8.encode(decoded) { result.append($0) }
            default: result.append(code)  // " \ /
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The integer.
    func integer() throws(JSONTape.Refusal) -> Int {
        let entry = self.entry
        guard entry.kind == .number else { throw JSONTape.Refusal() }
        let bytes = self.bytes
        var position = entry.start
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value = 0
        while position < entry.end {
            let digit = Int(bytes[position] - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { throw JSONTape.Refusal() }
            value = next
            position += 1
        }
        return value
    }

    /// The value of this object's member `key`, if it has one.
    func member(_ key: String) -> JSONTape.Value? { memberAndPosition(key)?.value }

    /// The value of this object's member `key` and the member's position among them (0 for
    /// the first), if it has one.
    func memberAndPosition(_ key: String) -> (value: JSONTape.Value, position: Int)? {
        let object = entry
        guard object.kind == .object else { return nil }
        let bytes = self.bytes
        let entries = self.entries
        var key = key
        return key.withUTF8 { key in
            var member = index + 1
            var position = 0
            while member < object.next {
                let entry = entries[member]
                if entry.end - entry.start == key.count, bytes[entry.start..<entry.end].elementsEqual(key) {
                    return (at(member + 1), position)
                }
                member = entries[member + 1].next
                position += 1
            }
            return nil
        }
    }
}
